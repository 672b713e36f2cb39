// SPDX-License-Identifier: AGPL-3.0-or-later
// Newsletter subscribers: the states of a subscription with the table of what each action does
// in each state (double opt-in), the topics one may choose, and the checks of the form's input.
//
//   const SubscriberStep step = subscriber_step(SubscriberState::kAbsent,
//                                               SubscriberAction::kSubscribe);
//   // step.next == kPending, step.mail == SubscriberMail::kConfirmation
//   std::vector<FieldError> errors = validate_subscription(input);
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice.hpp"        // ContentLanguage
#include "tori/core/practice_input.hpp"  // FieldError

namespace tori::core {

// kAbsent is no row at all (a stranger, or an erased address); the others are stored.
enum class SubscriberState { kAbsent, kPending, kConfirmed, kUnsubscribed };
enum class SubscriberAction { kSubscribe, kConfirm, kUnsubscribe, kChangeTopics };

// The mail an action sends.
enum class SubscriberMail {
  kNone,
  kConfirmation,  // a new confirmation link (and the manage link)
  kWelcome,       // "you are subscribed", with List-Unsubscribe headers and the manage link
};

// What an action does in a state.
struct SubscriberStep {
  bool applies = false;  // false: refused, nothing changes (an unknown or dead link)
  SubscriberState next = SubscriberState::kAbsent;
  SubscriberMail mail = SubscriberMail::kNone;
  bool takes_input = false;      // the posted name, organisation, language and topics are stored
  bool records_consent = false;  // a new consent record (time, text version, IP hash)
  friend bool operator==(const SubscriberStep&, const SubscriberStep&) = default;
};

// The transition table (subscriber.cpp spells it out row by row). Subscribing again while
// pending sends a new link; while confirmed it changes nothing and sends nothing (a stranger
// must not change someone's topics, and the page answers the same either way); after
// unsubscribing it starts the double opt-in again. Confirming works only while pending;
// unsubscribing twice is harmless; topics change only while pending or confirmed.
[[nodiscard]] SubscriberStep subscriber_step(SubscriberState state, SubscriberAction action);

[[nodiscard]] std::string_view to_string(SubscriberState state);  // "pending", …; "" absent
[[nodiscard]] std::optional<SubscriberState> parse_subscriber_state(std::string_view text);

// The topics, in the order pages list them: practices, news, events, campaigns, networks.
inline constexpr std::array<std::string_view, 5> kNewsletterTopics = {"practices", "news", "events",
                                                                      "campaigns", "networks"};
[[nodiscard]] bool is_newsletter_topic(std::string_view topic);
// The known topics of `topics` in kNewsletterTopics' order, each once.
[[nodiscard]] std::vector<std::string> canonical_topics(const std::vector<std::string>& topics);

// The version of the consent text the form shows (data/i18n newsletter.consent in fi, sv, en);
// a new wording gets a new version, and each subscriber keeps the version agreed to.
inline constexpr std::string_view kNewsletterConsentVersion = "newsletter-consent-2026-12";

inline constexpr std::size_t kMaxSubscriberName = 200;          // code points
inline constexpr std::size_t kMaxSubscriberOrganisation = 200;  // code points

// What the subscribe form posts.
struct SubscriptionInput {
  std::string email;
  std::string name;          // optional
  std::string organisation;  // optional
  std::string language;      // "fi", "sv" or "en"
  std::vector<std::string> topics;
};

// Field errors with the fields "email" (plausible, at most 254 bytes), "name" and
// "organisation" (at most 200 code points, one line, no control characters: the name goes into
// the To header), "language" (fi, sv or en) and "topics" (at least one, each from the list).
[[nodiscard]] std::vector<FieldError> validate_subscription(const SubscriptionInput& input);

}  // namespace tori::core
