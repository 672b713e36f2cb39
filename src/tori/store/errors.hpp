// SPDX-License-Identifier: AGPL-3.0-or-later
// The exceptions a store throws when a request cannot go on (DESIGN §3); expected outcomes are
// return values, never these.
//
//   try {
//     auto store = tori::store::open_sqlite(data / "tori.sqlite", data_dir / "sql", {});
//   } catch (const tori::store::Unavailable& e) {
//     std::cerr << "tori: " << e.what() << '\n';  // one line naming the path and the reason
//   }
#pragma once

#include <stdexcept>

namespace tori::store {

// A database operation failed (a bug, a full disk, a lock held too long); caught once in
// http::Session, logged, answered with the 500 page.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database cannot be opened or created (unwritable folder, not a database, server down);
// the message is one line naming the path and the database's reason.
class Unavailable : public Error {
 public:
  using Error::Error;
};

// A migration file is misnamed, duplicated or unreadable, or it failed and was rolled back; the
// message names the file and the database's reason.
class MigrationError : public Error {
 public:
  using Error::Error;
};

}  // namespace tori::store
