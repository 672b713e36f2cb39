// SPDX-License-Identifier: AGPL-3.0-or-later
// What the newsletter's mail carries: the subscriber's manage link (derived from the site key,
// so every later mailing can rebuild it; the store keeps only its digest), the one-click
// unsubscribe headers of RFC 8058 that every newsletter mail gets from newsletter_headers, and
// the confirmation and welcome mails in the subscriber's language.
//
//   const std::string token = manage_token(key, subscriber);     // into /uutiskirje/tilaus/…
//   content.headers = newsletter_headers(services, subscriber);  // List-Unsubscribe, …-Post
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tori/auth/secret_key.hpp"
#include "tori/store/subscriber_store.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// How long a confirmation link is valid.
inline constexpr std::chrono::seconds kConfirmLinkLifetime{std::chrono::days(7)};

// The manage link's token of the subscription of `email` created at `created_at`.
[[nodiscard]] std::string manage_token(const auth::SecretKey& key, std::string_view email,
                                       store::UtcTime created_at);
[[nodiscard]] std::string manage_token(const auth::SecretKey& key,
                                       const store::Subscriber& subscriber);

// The pages' paths (Finnish; localised by the caller): "/uutiskirje/vahvista/{token}",
// "/uutiskirje/tilaus/{token}", "/uutiskirje/peru/{token}".
[[nodiscard]] std::string confirm_path(std::string_view token);
[[nodiscard]] std::string manage_path(std::string_view token);
[[nodiscard]] std::string unsubscribe_path(std::string_view token);

// The language of the subscriber's newsletter (Finnish when unknown).
[[nodiscard]] text::Language subscriber_language(const store::Subscriber& subscriber);

// The headers of every mail to a subscriber: List-Unsubscribe with the absolute one-click URL
// (base_url, the subscriber's language) and List-Unsubscribe-Post: List-Unsubscribe=One-Click.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> newsletter_headers(
    const Services& services, const store::Subscriber& subscriber);

// The confirmation mail with its link (`confirm_token`) and the manage link.
[[nodiscard]] store::OutgoingMail confirmation_mail(const Services& services,
                                                    const store::Subscriber& subscriber,
                                                    std::string_view confirm_token);
// The welcome mail after confirming: the manage link and newsletter_headers.
[[nodiscard]] store::OutgoingMail welcome_mail(const Services& services,
                                               const store::Subscriber& subscriber);

}  // namespace tori::web
