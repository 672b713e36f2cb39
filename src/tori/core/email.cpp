// SPDX-License-Identifier: AGPL-3.0-or-later
// E-mail address checks, keys and masking.
#include "tori/core/email.hpp"

#include <algorithm>

namespace tori::core {
namespace {

bool is_forbidden(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte == 0x7f || c == ' ') return true;
  return std::string_view{"<>()[],;:\"\\"}.find(c) != std::string_view::npos;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

bool is_plausible_email(std::string_view email) {
  const auto at = email.find('@');
  if (at == 0 || at == std::string_view::npos || email.find('@', at + 1) != email.npos) {
    return false;
  }
  if (email.size() > 254 || std::any_of(email.begin(), email.end(), is_forbidden)) return false;
  const std::string_view domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  return dot != domain.npos && dot > 0 && domain.back() != '.' && domain.find("..") == domain.npos;
}

std::string trim_email(std::string_view email) {
  while (!email.empty() && is_space(email.front()))
    email.remove_prefix(1);
  while (!email.empty() && is_space(email.back()))
    email.remove_suffix(1);
  return std::string(email);
}

std::string email_key(std::string_view email) {
  std::string key = trim_email(email);
  std::transform(key.begin(), key.end(), key.begin(), [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return key;
}

std::string mask_email(std::string_view email) {
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0) return "***";
  return std::string(email.substr(0, 1)) + "***" + std::string(email.substr(at));
}

}  // namespace tori::core
