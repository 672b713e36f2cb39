// SPDX-License-Identifier: AGPL-3.0-or-later
// The mail the account pages send (verify the address, reset the password, "you already have an
// account", set a password): texts from the catalogue in the recipient's language, a plain text
// part and an HTML part with the same words, built as a MIME message for the outbox.
//
//   auto mail = account_mail(services, Language::kFi, "verify", "maija@example.fi", "Maija",
//                            {{"link", url}});
//   store.accounts().create(account, grant, {mail}, now);
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "tori/core/account.hpp"
#include "tori/mail/message.hpp"
#include "tori/store/account_store.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Catalogue keys "mail.<kind>.subject" and the paragraphs "mail.<kind>.1", ".2", … (the
// argument {link} is the one address in them), then "mail.signature". The HTML part escapes
// every paragraph and makes the link a link.
[[nodiscard]] mail::MailContent mail_content(const Services& services, text::Language language,
                                             std::string_view kind, const std::string& to_email,
                                             const std::string& to_name,
                                             const text::MessageArguments& arguments);
// mail_content built as a message for the outbox.
[[nodiscard]] store::OutgoingMail account_mail(const Services& services, text::Language language,
                                               std::string_view kind, const std::string& to_email,
                                               const std::string& to_name,
                                               const text::MessageArguments& arguments);

// Mails `account` a one-time link `path_prefix` + token ("/vahvista/") in its language, storing
// the token's digest (valid for `lifetime`) with the mail in one transaction; nothing when the
// address has had its share of mail this hour.
void send_token_link(const Services& services, const core::Account& account,
                     store::TokenPurpose purpose, std::string_view path_prefix,
                     std::chrono::seconds lifetime, std::string_view mail_kind);

// Whether one more account mail may go to `email` now (DESIGN §7: no form floods an inbox).
[[nodiscard]] bool may_mail(const Services& services, const std::string& email);

// Wakes the delivery worker after mail was queued (no-op when none runs).
void mail_queued(const Services& services);

}  // namespace tori::web
