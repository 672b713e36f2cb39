// SPDX-License-Identifier: AGPL-3.0-or-later
// Password and name checks for the account forms.
#include "tori/web/account/account_text.hpp"

#include "tori/auth/password.hpp"
#include "tori/core/email.hpp"
#include "tori/text/escape.hpp"

namespace tori::web {
namespace {

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace

core::ContentLanguage content_language(text::Language language) {
  switch (language) {
    case text::Language::kSv:
      return core::ContentLanguage::kSv;
    case text::Language::kEn:
      return core::ContentLanguage::kEn;
    default:
      return core::ContentLanguage::kFi;
  }
}

text::Language page_language(core::ContentLanguage language) {
  switch (language) {
    case core::ContentLanguage::kSv:
      return text::Language::kSv;
    case core::ContentLanguage::kEn:
      return text::Language::kEn;
    default:
      return text::Language::kFi;
  }
}

std::optional<std::string> password_problem(std::string_view password, std::string_view again,
                                            std::string_view email) {
  if (code_points(password) < kShortestPassword) return "account.error.password_short";
  if (password.size() > auth::kLongestPassword) return "account.error.password_long";
  if (!text::is_valid_utf8(password)) return "account.error.password_short";
  if (password != again) return "account.error.password_again";
  if (core::email_key(password) == core::email_key(email)) return "account.error.password_email";
  return std::nullopt;
}

std::optional<std::string> name_problem(std::string_view name) {
  if (name.size() > kLongestName) return "account.error.name_long";
  if (!text::is_valid_utf8(name)) return "account.error.name_invalid";
  for (char c : name) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "account.error.name_invalid";
  }
  return std::nullopt;
}

}  // namespace tori::web
