// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter subscribers: the transition table, the topics and the input checks.
#include "tori/core/subscriber.hpp"

#include <algorithm>

#include "tori/core/email.hpp"
#include "tori/core/enum_names.hpp"
#include "tori/core/field_checker.hpp"

namespace tori::core {
namespace {

using State = SubscriberState;
using Action = SubscriberAction;
using Mail = SubscriberMail;

constexpr std::array<std::string_view, 4> kSubscriberStateNames = {"", "pending", "confirmed",
                                                                   "unsubscribed"};

struct SubscriberRow {
  State state;
  Action action;
  SubscriberStep step;
};

// Every state × action: applies, next state, mail, takes the input, records consent.
constexpr std::array<SubscriberRow, 16> kSubscriberTable = {{
    {State::kAbsent, Action::kSubscribe, {true, State::kPending, Mail::kConfirmation, true, true}},
    {State::kAbsent, Action::kConfirm, {false, State::kAbsent, Mail::kNone, false, false}},
    {State::kAbsent, Action::kUnsubscribe, {false, State::kAbsent, Mail::kNone, false, false}},
    {State::kAbsent, Action::kChangeTopics, {false, State::kAbsent, Mail::kNone, false, false}},
    {State::kPending, Action::kSubscribe, {true, State::kPending, Mail::kConfirmation, true, true}},
    {State::kPending, Action::kConfirm, {true, State::kConfirmed, Mail::kWelcome, false, false}},
    {State::kPending,
     Action::kUnsubscribe,
     {true, State::kUnsubscribed, Mail::kNone, false, false}},
    {State::kPending, Action::kChangeTopics, {true, State::kPending, Mail::kNone, true, false}},
    {State::kConfirmed, Action::kSubscribe, {true, State::kConfirmed, Mail::kNone, false, false}},
    {State::kConfirmed, Action::kConfirm, {true, State::kConfirmed, Mail::kNone, false, false}},
    {State::kConfirmed,
     Action::kUnsubscribe,
     {true, State::kUnsubscribed, Mail::kNone, false, false}},
    {State::kConfirmed, Action::kChangeTopics, {true, State::kConfirmed, Mail::kNone, true, false}},
    {State::kUnsubscribed,
     Action::kSubscribe,
     {true, State::kPending, Mail::kConfirmation, true, true}},
    {State::kUnsubscribed,
     Action::kConfirm,
     {false, State::kUnsubscribed, Mail::kNone, false, false}},
    {State::kUnsubscribed,
     Action::kUnsubscribe,
     {true, State::kUnsubscribed, Mail::kNone, false, false}},
    {State::kUnsubscribed,
     Action::kChangeTopics,
     {false, State::kUnsubscribed, Mail::kNone, false, false}},
}};

}  // namespace

SubscriberStep subscriber_step(SubscriberState state, SubscriberAction action) {
  for (const SubscriberRow& row : kSubscriberTable) {
    if (row.state == state && row.action == action) return row.step;
  }
  return {false, state, Mail::kNone, false, false};
}

std::string_view to_string(SubscriberState state) {
  return enum_name(kSubscriberStateNames, state);
}

std::optional<SubscriberState> parse_subscriber_state(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return parse_enum_name<SubscriberState>(kSubscriberStateNames, text);
}

bool is_newsletter_topic(std::string_view topic) {
  return std::ranges::find(kNewsletterTopics, topic) != kNewsletterTopics.end();
}

std::vector<std::string> canonical_topics(const std::vector<std::string>& topics) {
  std::vector<std::string> known;
  for (std::string_view topic : kNewsletterTopics) {
    if (std::ranges::find(topics, topic) != topics.end()) known.emplace_back(topic);
  }
  return known;
}

std::vector<FieldError> validate_subscription(const SubscriptionInput& input) {
  FieldChecker check;
  const std::string email = trim_email(input.email);
  if (email.empty()) {
    check.add("email", "email is required");
  } else if (!is_plausible_email(email)) {
    check.add("email", "email is not a plausible address");
  }
  check.text("name", input.name, {false, kMaxSubscriberName, Lines::kOne});
  check.text("organisation", input.organisation, {false, kMaxSubscriberOrganisation, Lines::kOne});
  if (!parse_content_language(input.language)) check.add("language", "language is fi, sv or en");
  if (input.topics.empty()) {
    check.add("topics", "choose at least one topic");
  } else if (!std::ranges::all_of(input.topics, is_newsletter_topic)) {
    check.add("topics", "unknown topic");
  }
  return check.take();
}

}  // namespace tori::core
