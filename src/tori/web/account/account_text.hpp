// SPDX-License-Identifier: AGPL-3.0-or-later
// Checks of what people type into the account forms, shared by sign-up, reset and my account.
//
//   if (auto problem = password_problem(password, again, email)) errors.add("password",
//   text(*problem));
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tori/core/practice.hpp"
#include "tori/text/i18n.hpp"

namespace tori::web {

// The page language as an account's language, and back.
[[nodiscard]] core::ContentLanguage content_language(text::Language language);
[[nodiscard]] text::Language page_language(core::ContentLanguage language);

inline constexpr std::size_t kShortestPassword = 10;
inline constexpr std::size_t kLongestName = 200;

// The catalogue key of what is wrong with a new password, or nothing: at least 10 characters
// (code points), at most 1024 bytes, the same twice, not the address itself.
[[nodiscard]] std::optional<std::string> password_problem(std::string_view password,
                                                          std::string_view again,
                                                          std::string_view email);

// The catalogue key of what is wrong with a name (optional; at most 200 bytes, no control
// characters), or nothing.
[[nodiscard]] std::optional<std::string> name_problem(std::string_view name);

}  // namespace tori::web
