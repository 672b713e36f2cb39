// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the ApplicationStore on both backends: the seeded service types, an application stored
// with its mail and once per form, the editors' moves, scheduling as an event, the published
// summary with its practices, deadlines changed, and erasure by address.
#include "tori/store/application_store.hpp"

#include <gtest/gtest.h>

#include <set>

#include "tori/store/privacy_store.hpp"
#include "tori/store/test_backends.hpp"

namespace tori::store {
namespace {

using namespace std::chrono_literals;
using core::ApplicationStatus;
using test_support::kNow;

class ApplicationStoreTest : public test_support::BackendTest {
 protected:
  static ApplicationRequest request(const std::string& email, const std::string& digest = "") {
    ApplicationRequest request;
    request.type_code = "tyopaja";
    request.input = {"Maija Meikäläinen",
                     email,
                     "040 123",
                     "Puumalan kunta",
                     120,
                     "Kokouskäytännöt\nja palaverit",
                     {3, 4},
                     {{"osallistujat", {"Koko henkilöstö, 40"}}}};
    request.submission_digest = digest;
    request.language = core::ContentLanguage::kSv;
    return request;
  }
  static ApplicationMail mail() {
    return [](const Application& a) -> std::optional<OutgoingMail> {
      return OutgoingMail{a.input.email, "received " + a.input.email};
    };
  }
  std::vector<std::string> queued() {
    std::vector<std::string> messages;
    for (const QueuedMail& mail : store_->outbox().claim_due(kNow + 1000h, 1000, 0s))
      messages.push_back(mail.message);
    return messages;
  }
  ApplicationStore& applications() { return store_->applications(); }
};
INSTANTIATE_BACKENDS(ApplicationStoreTest);

TEST_P(ApplicationStoreTest, TheFourServicesAreSeededWithDeadlinesAndQuestions) {
  const auto types = applications().types();
  ASSERT_EQ(types.size(), 4U);
  EXPECT_EQ(types[0].code, "tyopaja");
  EXPECT_EQ(types[1].code, "sparraus");
  EXPECT_EQ(types[2].code, "tyopaikkakaynti");
  EXPECT_EQ(types[3].code, "koulutus");
  ASSERT_TRUE(types[0].deadline);
  EXPECT_EQ(types[0].deadline->date, "2027-03-31");
  EXPECT_EQ(format_utc(UtcTime{types[0].deadline->at}), "2027-03-31T21:00:00.000Z");
  EXPECT_EQ(types[0].names[1], "Verkstaden Kreativa utvecklare");
  ASSERT_EQ(types[0].questions.size(), 2U);
  EXPECT_EQ(types[0].questions[0].id, "osallistujat");
  EXPECT_TRUE(types[0].questions[0].required);
  EXPECT_FALSE(applications().type("ei-ole"));
}

TEST_P(ApplicationStoreTest, StoredOncePerFormWithItsMail) {
  const ApplyResult first = applications().apply(request("maija@kunta.fi", "d1"), mail(), kNow);
  ASSERT_EQ(first.outcome, ApplyOutcome::kReceived);
  const Application& stored = *first.application;
  EXPECT_EQ(stored.status, ApplicationStatus::kReceived);
  EXPECT_EQ(stored.input, request("maija@kunta.fi").input);
  EXPECT_EQ(stored.language, core::ContentLanguage::kSv);
  EXPECT_EQ(stored.received_at, kNow);
  const ApplyResult again = applications().apply(request("maija@kunta.fi", "d1"), mail(), kNow);
  EXPECT_EQ(again.outcome, ApplyOutcome::kResubmitted);
  EXPECT_EQ(again.application->id, stored.id);
  EXPECT_EQ(applications().apply(request("maija@kunta.fi", "d2"), mail(), kNow).outcome,
            ApplyOutcome::kReceived)
      << "another form of the same person is another application";
  EXPECT_EQ(applications().list(std::nullopt).size(), 2U);
  EXPECT_EQ(queued(),
            (std::vector<std::string>{"received maija@kunta.fi", "received maija@kunta.fi"}));
  ApplicationRequest unknown = request("x@kunta.fi");
  unknown.type_code = "ei-ole";
  EXPECT_EQ(applications().apply(unknown, mail(), kNow).outcome, ApplyOutcome::kNoSuchType);
}

TEST_P(ApplicationStoreTest, EditorsMovesScheduleAndSummary) {
  const std::int64_t id = applications().apply(request("a@kunta.fi"), {}, kNow).application->id;
  EXPECT_FALSE(applications().link_event(id, 1, kNow)) << "only accepted ones are scheduled";
  EXPECT_FALSE(applications().set_status(id, ApplicationStatus::kDone, kNow));
  EXPECT_TRUE(applications().set_status(id, ApplicationStatus::kAccepted, kNow + 1h));
  EXPECT_EQ(applications().list(ApplicationStatus::kAccepted).size(), 1U);
  EXPECT_TRUE(applications().list(ApplicationStatus::kReceived).empty());
  core::EventInput event;
  event.external_id = "hakemus-" + std::to_string(id);
  event.kind = core::EventKind::kWorkshop;
  event.title = "Työpaja: Puumalan kunta";
  event.starts_at = core::TimePoint{std::chrono::sys_days{std::chrono::year{2026} / 4 / 2}};
  event.ends_at = event.starts_at + 3h;
  const auto saved = store_->events().save(event, kNow);
  EXPECT_FALSE(applications().publish_summary(id, "x", {}, kNow)) << "not held yet";
  EXPECT_TRUE(applications().link_event(id, saved.id, kNow + 2h));
  EXPECT_EQ(applications().find(id)->status, ApplicationStatus::kScheduled);
  EXPECT_EQ(applications().find(id)->event_id, saved.id);
  EXPECT_TRUE(applications().published().empty());
  const std::int64_t before = store_->change_log().last_position();
  EXPECT_TRUE(applications().publish_summary(id, "Hyvä päivä.", {"teko-b", "teko-a"}, kNow + 3h));
  const auto published = applications().published();
  ASSERT_EQ(published.size(), 1U);
  EXPECT_EQ(published[0].status, ApplicationStatus::kDone);
  EXPECT_EQ(published[0].summary, "Hyvä päivä.");
  EXPECT_EQ(published[0].practice_slugs, (std::vector<std::string>{"teko-b", "teko-a"}));
  EXPECT_EQ(store_->change_log().read_after(before, 10).back().object_type, "application");
}

TEST_P(ApplicationStoreTest, DeadlinesChangeAndErasureRemovesThePersonsApplications) {
  EXPECT_TRUE(applications().set_deadline("sparraus", std::string{"2027-01-15"}, kNow));
  EXPECT_EQ(applications().type("sparraus")->deadline->date, "2027-01-15");
  EXPECT_TRUE(applications().set_deadline("sparraus", std::nullopt, kNow));
  EXPECT_FALSE(applications().type("sparraus")->deadline);
  EXPECT_FALSE(applications().set_deadline("ei-ole", std::nullopt, kNow));
  (void)applications().apply(request("Maija@Kunta.fi"), {}, kNow);
  (void)applications().apply(request("muu@kunta.fi"), {}, kNow);
  EXPECT_EQ(applications().by_email("maija@kunta.fi").size(), 1U);
  EXPECT_EQ(applications().erase_by_email(" maija@KUNTA.fi", kNow), 1);
  EXPECT_TRUE(applications().by_email("maija@kunta.fi").empty());
  EXPECT_EQ(applications().list(std::nullopt).size(), 1U);
  EXPECT_EQ(applications().erase_by_email("", kNow), 0);
}

TEST_P(ApplicationStoreTest, PrivacyExportAndErasureIncludeApplications) {
  (void)applications().apply(request("maija@kunta.fi"), {}, kNow);
  (void)applications().apply(request("muu@kunta.fi"), {}, kNow);
  const PersonalData data = store_->privacy().find_by_email("MAIJA@kunta.fi");
  ASSERT_EQ(data.applications.size(), 1U);
  EXPECT_EQ(data.applications[0].input.organisation, "Puumalan kunta");
  const ErasureReport erased = store_->privacy().erase_by_email("maija@kunta.fi", kNow);
  EXPECT_EQ(erased.applications_removed, 1);
  EXPECT_TRUE(store_->privacy().find_by_email("maija@kunta.fi").applications.empty());
  EXPECT_EQ(applications().by_email("muu@kunta.fi").size(), 1U);
}

}  // namespace
}  // namespace tori::store
