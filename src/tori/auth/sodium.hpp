// SPDX-License-Identifier: AGPL-3.0-or-later
// libsodium's one-time initialisation, done before the first use from any thread.
#pragma once

namespace tori::auth {

// Initialises libsodium once (thread-safe); throws std::runtime_error when it cannot.
void ensure_sodium();

}  // namespace tori::auth
