// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests of the newsletter subscription's transition table (every state × action, written out
// here independently of subscriber.cpp), the topics and the input checks.
#include "tori/core/subscriber.hpp"

#include <gtest/gtest.h>

namespace tori::core {
namespace {

using State = SubscriberState;
using Action = SubscriberAction;
using Mail = SubscriberMail;

struct StepCase {
  State state;
  Action action;
  bool applies;
  State next;
  Mail mail;
  bool takes_input;
  bool records_consent;
};

// clang-format off
const StepCase kStepCases[] = {
  // state               action                 applies next                 mail                input  consent
  {State::kAbsent,       Action::kSubscribe,    true,  State::kPending,      Mail::kConfirmation, true,  true},
  {State::kAbsent,       Action::kConfirm,      false, State::kAbsent,       Mail::kNone,         false, false},
  {State::kAbsent,       Action::kUnsubscribe,  false, State::kAbsent,       Mail::kNone,         false, false},
  {State::kAbsent,       Action::kChangeTopics, false, State::kAbsent,       Mail::kNone,         false, false},
  {State::kPending,      Action::kSubscribe,    true,  State::kPending,      Mail::kConfirmation, true,  true},
  {State::kPending,      Action::kConfirm,      true,  State::kConfirmed,    Mail::kWelcome,      false, false},
  {State::kPending,      Action::kUnsubscribe,  true,  State::kUnsubscribed, Mail::kNone,         false, false},
  {State::kPending,      Action::kChangeTopics, true,  State::kPending,      Mail::kNone,         true,  false},
  {State::kConfirmed,    Action::kSubscribe,    true,  State::kConfirmed,    Mail::kNone,         false, false},
  {State::kConfirmed,    Action::kConfirm,      true,  State::kConfirmed,    Mail::kNone,         false, false},
  {State::kConfirmed,    Action::kUnsubscribe,  true,  State::kUnsubscribed, Mail::kNone,         false, false},
  {State::kConfirmed,    Action::kChangeTopics, true,  State::kConfirmed,    Mail::kNone,         true,  false},
  {State::kUnsubscribed, Action::kSubscribe,    true,  State::kPending,      Mail::kConfirmation, true,  true},
  {State::kUnsubscribed, Action::kConfirm,      false, State::kUnsubscribed, Mail::kNone,         false, false},
  {State::kUnsubscribed, Action::kUnsubscribe,  true,  State::kUnsubscribed, Mail::kNone,         false, false},
  {State::kUnsubscribed, Action::kChangeTopics, false, State::kUnsubscribed, Mail::kNone,         false, false},
};
// clang-format on

TEST(SubscriberStep, EveryStateAndActionDoesWhatTheTableSays) {
  EXPECT_EQ(std::size(kStepCases), 16U) << "4 states × 4 actions";
  for (const StepCase& c : kStepCases) {
    SCOPED_TRACE(std::string{"state "} + std::string{to_string(c.state)} + " action " +
                 std::to_string(static_cast<int>(c.action)));
    const SubscriberStep step = subscriber_step(c.state, c.action);
    EXPECT_EQ(step.applies, c.applies);
    EXPECT_EQ(step.next, c.next);
    EXPECT_EQ(step.mail, c.mail);
    EXPECT_EQ(step.takes_input, c.takes_input);
    EXPECT_EQ(step.records_consent, c.records_consent);
  }
}

TEST(SubscriberStep, OnlyAPendingSubscriptionIsConfirmedAndOnlyThenWelcomed) {
  for (const State state :
       {State::kAbsent, State::kPending, State::kConfirmed, State::kUnsubscribed}) {
    for (const Action action :
         {Action::kSubscribe, Action::kConfirm, Action::kUnsubscribe, Action::kChangeTopics}) {
      const SubscriberStep step = subscriber_step(state, action);
      EXPECT_EQ(step.mail == Mail::kWelcome,
                state == State::kPending && action == Action::kConfirm);
      if (step.next == State::kConfirmed) {
        EXPECT_TRUE(state == State::kPending || state == State::kConfirmed) << "double opt-in";
      }
    }
  }
}

TEST(SubscriberState, NamesGoBothWays) {
  for (const State state : {State::kPending, State::kConfirmed, State::kUnsubscribed}) {
    EXPECT_EQ(parse_subscriber_state(to_string(state)), state);
  }
  EXPECT_EQ(to_string(State::kAbsent), "");
  EXPECT_FALSE(parse_subscriber_state(""));
  EXPECT_FALSE(parse_subscriber_state("Confirmed"));
}

TEST(NewsletterTopics, CanonicalOrderDropsUnknownsAndTwins) {
  EXPECT_EQ(canonical_topics({"networks", "news", "bogus", "news"}),
            (std::vector<std::string>{"news", "networks"}));
  EXPECT_TRUE(is_newsletter_topic("practices"));
  EXPECT_FALSE(is_newsletter_topic("Practices"));
}

SubscriptionInput good_input() {
  return {"Maija.M@Kunta.fi ", "Maija Meikäläinen", "Puumalan kunta", "fi", {"news", "events"}};
}

TEST(ValidateSubscription, AcceptsGoodInputAndEmptyOptionalFields) {
  EXPECT_TRUE(validate_subscription(good_input()).empty());
  SubscriptionInput bare = good_input();
  bare.name.clear();
  bare.organisation.clear();
  bare.language = "sv";
  EXPECT_TRUE(validate_subscription(bare).empty());
}

TEST(ValidateSubscription, NamesTheFieldOfEachFault) {
  struct Bad {
    void (*spoil)(SubscriptionInput&);
    std::string field;
  };
  const Bad cases[] = {
      {[](SubscriptionInput& i) { i.email = ""; }, "email"},
      {[](SubscriptionInput& i) { i.email = "ei-osoite"; }, "email"},
      {[](SubscriptionInput& i) { i.email = "a@b.fi\r\nBcc: x@y.fi"; }, "email"},
      {[](SubscriptionInput& i) { i.name = std::string(201, 'a'); }, "name"},
      {[](SubscriptionInput& i) { i.name = "Maija\r\nBcc: x@y.fi"; }, "name"},
      {[](SubscriptionInput& i) { i.organisation = std::string(201, 'o'); }, "organisation"},
      {[](SubscriptionInput& i) { i.organisation = "\xff"; }, "organisation"},
      {[](SubscriptionInput& i) { i.language = "de"; }, "language"},
      {[](SubscriptionInput& i) { i.language = ""; }, "language"},
      {[](SubscriptionInput& i) { i.topics.clear(); }, "topics"},
      {[](SubscriptionInput& i) { i.topics.push_back("sports"); }, "topics"},
  };
  for (const Bad& bad : cases) {
    SubscriptionInput input = good_input();
    bad.spoil(input);
    const auto errors = validate_subscription(input);
    ASSERT_EQ(errors.size(), 1U) << bad.field;
    EXPECT_EQ(errors[0].field, bad.field);
  }
  SubscriptionInput longest = good_input();
  longest.name = std::string(200, 'a');
  EXPECT_TRUE(validate_subscription(longest).empty());
}

}  // namespace
}  // namespace tori::core
