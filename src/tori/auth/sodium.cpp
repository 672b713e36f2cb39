// SPDX-License-Identifier: AGPL-3.0-or-later
// libsodium's initialisation.
#include "tori/auth/sodium.hpp"

#include <sodium.h>

#include <stdexcept>

namespace tori::auth {

void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;  // 1: done before, 0: now, -1: failed
  if (!ready) throw std::runtime_error("libsodium cannot be initialised");
}

std::string base64url(const unsigned char* bytes, std::size_t size) {
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::string text(sodium_base64_ENCODED_LEN(size, kVariant), '\0');
  sodium_bin2base64(text.data(), text.size(), bytes, size, kVariant);
  text.resize(text.find('\0'));
  return text;
}

}  // namespace tori::auth
