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

}  // namespace tori::auth
