// SPDX-License-Identifier: AGPL-3.0-or-later
// 200 people from 200 loopback addresses open an event's registration form and send it at the
// same moment, through the real server, for 50 seats: exactly 50 confirmed and 150 in line, no
// address twice, one mail each (the 50 confirmations with the .ics) — on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <latch>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "raw_client.hpp"
#include "server_process.hpp"
#include "tori/store/postgres/pg_test_server.hpp"

namespace tori::testing {
namespace {

using store::postgres::PgTestServer;

constexpr int kPeople = 200;
constexpr int kSeats = 50;
constexpr std::string_view kForm = "/tapahtumat/aluetilaisuus-ryntays/ilmoittaudu";

const std::string kEvent =
    R"({"external_id": "rush", "kind": "regional_event", "title": "Aluetilaisuus ryntäys", )"
    R"("starts_at": "2030-05-14T09:00:00+03:00", "ends_at": "2030-05-14T15:00:00+03:00", )"
    R"("place": {"name": "Tampere-talo", "address": "Yliopistonkatu 55", "municipality": )"
    R"("Tampere"}, "capacity": 50})"
    "\n";

// One visitor: their own loopback address, and the form as their browser holds it.
struct Person {
  std::string address;  // 127.1.0.N
  std::string email;
  std::string cookie;  // "tori_form=…"
  std::string csrf;
  std::string form_key;
  int answer = 0;  // the POST's status
};

std::string hidden_value(const std::string& html, const std::string& name) {
  const std::string needle = "name=\"" + name + "\" value=\"";
  const auto at = html.find(needle);
  if (at == std::string::npos) return "";
  const auto start = at + needle.size();
  return html.substr(start, html.find('"', start) - start);
}

std::optional<HttpResponse> exchange(unsigned short port, const std::string& source,
                                     const std::string& request) {
  RawClient client(port, source);
  if (!client.send(request)) return std::nullopt;
  return client.read_response(std::chrono::seconds(60));
}

bool open_form(unsigned short port, Person& person) {
  const auto page = exchange(
      port, person.address,
      "GET " + std::string{kForm} + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  if (!page || page->status != 200) return false;
  for (const std::string& cookie : page->set_cookies) {
    if (cookie.starts_with("tori_form=")) person.cookie = cookie.substr(0, cookie.find(';'));
  }
  person.csrf = hidden_value(page->body, "csrf");
  person.form_key = hidden_value(page->body, "form_key");
  return !person.cookie.empty() && !person.csrf.empty() && !person.form_key.empty();
}

void send_form(unsigned short port, Person& person) {
  const std::string at = person.email.substr(0, person.email.find('@'));
  const std::string body = "csrf=" + person.csrf + "&form_key=" + person.form_key +
                           "&name=K%C3%A4vij%C3%A4+" + at + "&email=" + at +
                           "%40kunta.fi&organisation=Kunta&title=&website=";
  const auto answer = exchange(
      port, person.address,
      "POST " + std::string{kForm} + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + person.cookie +
          "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
          std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
  person.answer = answer ? answer->status : -1;
}

// The statuses of `tori export registrations` by address.
std::map<std::string, std::string> exported(const std::vector<std::string>& database_args,
                                            const std::filesystem::path& data) {
  std::vector<std::string> args{"export", "registrations", "--event", "aluetilaisuus-ryntays",
                                "--data", data.string()};
  args.insert(args.end(), database_args.begin(), database_args.end());
  const CommandResult result = run_tori(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::map<std::string, std::string> statuses;
  std::istringstream lines(result.out);
  std::string line;
  std::getline(lines, line);  // the header
  while (std::getline(lines, line)) {
    std::vector<std::string> cells;
    std::istringstream row(line);
    for (std::string cell; std::getline(row, cell, ',');)
      cells.push_back(cell);
    if (cells.size() > 4) statuses[cells[0]] += cells[4];  // twice would show as two statuses
  }
  return statuses;
}

// The .eml files the server wrote, once there are `expected` (or after a minute).
std::vector<std::string> delivered(const std::filesystem::path& folder, std::size_t expected) {
  std::vector<std::string> messages;
  for (int wait = 0; wait < 600; ++wait) {
    messages.clear();
    if (std::filesystem::exists(folder)) {
      for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".eml") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        messages.push_back(std::string(std::istreambuf_iterator<char>(in), {}));
      }
    }
    if (messages.size() >= expected) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return messages;
}

class RegistrationRush : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      TORI_SKIP_WITHOUT_POSTGRES();
      PgTestServer& server = PgTestServer::shared();
      database_args_ = {"--database", server.create_database(server.unique_database_name())};
    }
    folder_.write("events.jsonl", kEvent);
    std::vector<std::string> args{"import", "events", (folder_ / "events.jsonl").string(), "--data",
                                  data_.string()};
    args.insert(args.end(), database_args_.begin(), database_args_.end());
    const CommandResult imported = run_tori(args);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    server_ = std::make_unique<ServerProcess>(
        ServerProcess::Options{.data = data_, .extra_args = database_args_});
  }
  TempDir folder_;
  std::filesystem::path data_ = folder_ / "data";
  std::vector<std::string> database_args_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_P(RegistrationRush, TwoHundredAtOnceForFiftySeats) {
  std::vector<Person> people(kPeople);
  for (int i = 0; i < kPeople; ++i) {
    people[i].address = "127.1.0." + std::to_string(i + 1);
    people[i].email = "kavija-" + std::to_string(i) + "@kunta.fi";
  }
  std::latch ready(kPeople);
  std::vector<std::thread> threads;
  std::atomic<int> forms_opened = 0;
  for (Person& person : people) {
    threads.emplace_back([&, port = server_->port()] {
      if (open_form(port, person)) ++forms_opened;
      ready.arrive_and_wait();  // everyone sends at once
      if (!person.csrf.empty()) send_form(port, person);
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  ASSERT_EQ(forms_opened, kPeople) << server_->log();
  for (const Person& person : people)
    EXPECT_EQ(person.answer, 303) << person.address;

  const auto statuses = exported(database_args_, data_);
  EXPECT_EQ(statuses.size(), static_cast<std::size_t>(kPeople)) << "every address once";
  int confirmed = 0, waiting = 0;
  for (const auto& [email, status] : statuses) {
    confirmed += status == "confirmed";
    waiting += status == "waiting";
  }
  EXPECT_EQ(confirmed, kSeats);
  EXPECT_EQ(waiting, kPeople - kSeats);

  const auto messages = delivered(data_ / "mail", kPeople);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  EXPECT_EQ(delivered(data_ / "mail", kPeople).size(), messages.size()) << "no mail twice";
  std::set<std::string> recipients;
  int calendars = 0;
  const std::regex to_line(R"(<(kavija-\d+@kunta\.fi)>)");  // the To header's address
  for (const std::string& message : messages) {
    std::smatch match;
    if (std::regex_search(message, match, to_line)) recipients.insert(match[1]);
    calendars += message.find("Content-Type: text/calendar") != std::string::npos;
  }
  EXPECT_EQ(messages.size(), static_cast<std::size_t>(kPeople));
  EXPECT_EQ(recipients.size(), static_cast<std::size_t>(kPeople)) << "one mail each";
  EXPECT_EQ(calendars, kSeats) << "the confirmations carry the event";
}

INSTANTIATE_TEST_SUITE_P(Backends, RegistrationRush, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace tori::testing
