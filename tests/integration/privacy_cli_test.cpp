// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori privacy export|erase|purge` as the programme office runs them: the export of an address
// that has an account and is a practice's contact person (and a network's leader), its erasure,
// and what is left after.
#include <gtest/gtest.h>

#include "server_process.hpp"

namespace tori::testing {
namespace {

// A published practice whose contact person is Maija, written as she typed her address.
const std::string kPractice =
    R"({"external_id": "kl-001", "title": "Etätyön pelisäännöt", "summary": "Sovittiin yhdessä.",)"
    R"( "organisations": ["Kontiolahden kunta"], "themes": ["työhyvinvointi"],)"
    R"( "sections": {"background": "Tausta."},)"
    R"( "contact": {"name": "Maija Meikäläinen", "title": "Kehittämispäällikkö",)"
    R"( "email": "Maija.Meikalainen@Example.fi", "phone": "+358 40 123 4567"},)"
    R"( "published_at": "2024-02-16T09:00:00+02:00"})"
    "\n";

CommandResult privacy(const TempDir& data, std::vector<std::string> args) {
  args.insert(args.begin(), "privacy");
  args.insert(args.end(), {"--data", data.path().string()});
  return run_tori(args);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Maija: an account (`tori user add`) and the contact person of practice kl-001.
void add_maija(TempDir& data) {
  data.write("practices.jsonl", kPractice);
  const auto imported = run_tori(
      {"import", "practices", (data / "practices.jsonl").string(), "--data", data.path().string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  const auto added = run_tori({"user", "add", "--email", "maija.meikalainen@example.fi", "--role",
                               "editor", "--name", "Maija", "--data", data.path().string()});
  ASSERT_EQ(added.exit_code, 0) << added.err;
}

TEST(PrivacyCli, ExportEraseAndExportAgain) {
  TempDir data;
  add_maija(data);
  const auto before = privacy(data, {"export", "--email", "MAIJA.meikalainen@example.fi"});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  EXPECT_TRUE(has(before.out, R"("email":"MAIJA.meikalainen@example.fi")")) << before.out;
  EXPECT_TRUE(
      has(before.out, R"("account":{"email":"maija.meikalainen@example.fi","name":"Maija")"))
      << before.out;
  EXPECT_TRUE(has(before.out, R"("roles":["editor"])")) << before.out;
  EXPECT_TRUE(has(before.out, R"("practice_contacts":[{"practice":"etatyon-pelisaannot")"))
      << before.out;
  EXPECT_TRUE(has(before.out, R"("name":"Maija Meikäläinen","title":"Kehittämispäällikkö")"))
      << before.out;
  EXPECT_TRUE(
      has(before.out, R"("email":"Maija.Meikalainen@Example.fi","phone":"+358 40 123 4567")"))
      << before.out;
  EXPECT_TRUE(has(before.out, R"("queued_mail":0)")) << before.out;

  const auto refused = privacy(data, {"erase", "--email", "maija.meikalainen@example.fi"});
  EXPECT_EQ(refused.exit_code, 2);  // not on a terminal and no --yes
  EXPECT_TRUE(has(refused.err, "--yes")) << refused.err;

  const auto erased = privacy(data, {"erase", "--email", "maija.meikalainen@example.fi", "--yes"});
  ASSERT_EQ(erased.exit_code, 0) << erased.err;
  EXPECT_TRUE(has(erased.out, "erased: account removed, practice contacts blanked 1,"))
      << erased.out;

  const auto after = privacy(data, {"export", "--email", "maija.meikalainen@example.fi"});
  ASSERT_EQ(after.exit_code, 0) << after.err;
  EXPECT_TRUE(has(after.out, R"("account":null,"memberships":[],"practice_contacts":[],)"
                             R"("actions":[],"queued_mail":0,"registrations":[])"))
      << after.out;

  const auto exported = run_tori({"export", "practices", "--data", data.path().string()});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_TRUE(has(exported.out, R"("external_id": "kl-001")")) << exported.out;
  EXPECT_TRUE(has(exported.out, "Etätyön pelisäännöt")) << exported.out;
  EXPECT_FALSE(has(exported.out, R"("contact")")) << exported.out;
  EXPECT_FALSE(has(exported.out, "Meikäläinen")) << exported.out;
  EXPECT_FALSE(has(exported.out, "Example.fi")) << exported.out;
  EXPECT_FALSE(has(exported.out, "123 4567")) << exported.out;
}

// A development network Maija leads, her address as typed in the file.
const std::string kNetwork =
    R"({"slug": "turvallisesti-toissa", "name": "Turvallisesti töissä",)"
    R"( "period": {"from": "2025-01-01", "until": "2026-12-31"},)"
    R"( "leaders": [{"name": "Maija Meikäläinen", "title": "vetäjä", "organisation":)"
    R"( "Turvaverstas Oy", "email": "Maija.Meikalainen@Example.fi"},)"
    R"( {"name": "Timo Rinnekari", "email": "timo@example.fi"}]})"
    "\n";

TEST(PrivacyCli, ANetworkLeadersAddressIsExportedAndBlanked) {
  TempDir data;
  add_maija(data);
  data.write("networks.jsonl", kNetwork);
  const auto imported = run_tori(
      {"import", "networks", (data / "networks.jsonl").string(), "--data", data.path().string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  const auto before = privacy(data, {"export", "--email", "maija.meikalainen@example.fi"});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  EXPECT_TRUE(has(before.out, R"("networks":{"leaders":[{"network":"turvallisesti-toissa",)"
                              R"("network_name":"Turvallisesti töissä","name":"Maija Meikäläinen",)"
                              R"("title":"vetäjä","organisation":"Turvaverstas Oy",)"
                              R"("email":"Maija.Meikalainen@Example.fi"}],"forwards":[],)"
                              R"("posts":[],"supports":0})"))
      << before.out;

  const auto erased = privacy(data, {"erase", "--email", "maija.meikalainen@example.fi", "--yes"});
  ASSERT_EQ(erased.exit_code, 0) << erased.err;
  EXPECT_TRUE(has(erased.out,
                  ", network leader addresses blanked 1, network forward addresses"
                  " removed 0, network authors blanked 0,"))
      << erased.out;

  const auto after = privacy(data, {"export", "--email", "maija.meikalainen@example.fi"});
  ASSERT_EQ(after.exit_code, 0) << after.err;
  EXPECT_TRUE(has(after.out, R"("networks":{"leaders":[],"forwards":[],"posts":[],"supports":0})"))
      << after.out;
  const auto timo = privacy(data, {"export", "--email", "timo@example.fi"});
  EXPECT_TRUE(has(timo.out, R"("name":"Timo Rinnekari","title":"","organisation":"",)"
                            R"("email":"timo@example.fi")"))
      << timo.out;
}

TEST(PrivacyCli, BadAddressesAreUsageErrors) {
  TempDir data;
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"export", "--email", "ei osoite"},
        std::vector<std::string>{"erase", "--email", "maija@", "--yes"}}) {
    SCOPED_TRACE(args[0]);
    const auto bad = privacy(data, args);
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_TRUE(has(bad.err, "not an e-mail address")) << bad.err;
  }
  EXPECT_EQ(privacy(data, {"export"}).exit_code, 2);  // --email is required
}

TEST(PrivacyCli, PurgePrintsWhatItRemoved) {
  TempDir data;
  add_maija(data);
  const auto purged = privacy(data, {"purge"});
  ASSERT_EQ(purged.exit_code, 0) << purged.err;
  EXPECT_TRUE(has(purged.out, "purged: 0 unverified accounts, 0 one-time links")) << purged.out;
  EXPECT_TRUE(has(purged.out, "sessions")) << purged.out;
}

}  // namespace
}  // namespace tori::testing
