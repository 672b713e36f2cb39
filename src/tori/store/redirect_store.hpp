// SPDX-License-Identifier: AGPL-3.0-or-later
// Redirects from the site's old addresses and the counts of addresses that found nothing
// (data/sql/0023_redirects.sql). Rules are kept flat: saving collapses chains (core/redirect.hpp)
// and refuses loops against the stored rules, in the saving transaction.
//
//   RedirectSaveOutcome saved = store.redirects().save({"/2019/05/juttu/", "/uutiset/juttu", ""},
//                                                       editor_id, utc_now());
//   if (!saved.errors.empty()) … // saved.errors[0].problem == core::RedirectProblem::kLoop
//   std::optional<std::string> target = store.redirects().find(core::redirect_key(path, query));
//   store.redirects().count_not_found("/vanha", utc_now(), {});
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/redirect.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct Redirect {
  std::int64_t id = 0;
  std::string old_path;  // normal form
  std::string target;    // normal form
  std::string note;
  std::optional<std::int64_t> created_by, updated_by;  // nothing: the command line
  UtcTime created_at{}, updated_at{};
};

// What a save did. When `errors` is not empty nothing was saved.
struct RedirectSaveOutcome {
  std::vector<core::RedirectError> errors;
  std::int64_t id = 0;
  bool replaced = false;      // a rule for the old address existed and now points elsewhere
  std::string old_path;       // normal form
  std::string target;         // where the rule points (the end of the chain)
  std::size_t repointed = 0;  // rules that pointed at old_path and now point at target
  [[nodiscard]] bool saved() const { return errors.empty(); }
};

// One refused line of an import: its 1-based index in the list given, and why.
struct RedirectImportError {
  std::size_t index = 0;
  core::RedirectError error;
};

struct RedirectImportOutcome {
  std::vector<RedirectImportError> errors;  // not empty: nothing was saved
  std::size_t created = 0, replaced = 0;
};

struct NotFoundHit {
  std::string path;  // normal form, as core::redirect_key makes it
  std::int64_t hits = 0;
  UtcTime first_seen{}, last_seen{};
};

// Limits that keep junk from filling the not-found table.
struct NotFoundLimits {
  std::size_t max_path_length = 300;  // longer paths are not counted (bytes)
  std::size_t max_rows = 5000;        // when full, only paths already counted are counted
};

class RedirectStore {
 public:
  virtual ~RedirectStore() = default;
  // Checks and saves one rule (replacing the old address's rule), collapsing chains and
  // refusing a loop against the stored rules, all in one transaction. The not-found count of
  // the old address is cleared. `by`: the account, nothing for the command line.
  virtual RedirectSaveOutcome save(const core::RedirectInput& input, std::optional<std::int64_t> by,
                                   UtcTime now) = 0;
  // Saves the rules in order in one transaction, each as save() would; when any is refused,
  // nothing is saved and every refused one is reported (checked against the rules before it).
  virtual RedirectImportOutcome import(const std::vector<core::RedirectInput>& rules,
                                       std::optional<std::int64_t> by, UtcTime now) = 0;
  // The target for a request's key (core::redirect_key), if a rule has it.
  [[nodiscard]] virtual std::optional<std::string> find(std::string_view key) = 0;
  [[nodiscard]] virtual std::optional<Redirect> get(std::int64_t id) = 0;
  // Every rule, by old address.
  [[nodiscard]] virtual std::vector<Redirect> list() = 0;
  // Deletes a rule; false when there was none.
  virtual bool remove(std::int64_t id) = 0;

  // Counts one not-found request of `path` (normal form) within `limits`; whether it counted.
  virtual bool count_not_found(std::string_view path, UtcTime now, NotFoundLimits limits) = 0;
  // The most counted paths first (then the latest seen), at most `limit`.
  [[nodiscard]] virtual std::vector<NotFoundHit> not_found(std::size_t limit) = 0;
  // Forgets a path's count; false when it was not counted.
  virtual bool dismiss_not_found(std::string_view path) = 0;
};

}  // namespace tori::store
