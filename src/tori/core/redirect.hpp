// SPDX-License-Identifier: AGPL-3.0-or-later
// Redirect rules: an old address of the site → a new one (301). Normalising the addresses,
// validating a rule, and planning a save against the existing rules (loops refused, chains
// collapsed).
//
//   NormalisedAddress old = normalise_old_address("/2019/05/Vanha%20juttu/");  // "/2019/05/Vanha
//   juttu" RedirectPlan plan = plan_redirect(old.value, target.value, rules);  // rules: old →
//   target if (plan.problem == RedirectProblem::kLoop) …
//
// Normal form of an old address (the key a request is looked up by):
// - a local path starting with one '/', percent-decoded once (so "%C3%A4", "%c3%a4" and "ä" are
//   one address), valid UTF-8, no NUL, backslash or control character; empty and "." segments
//   dropped, ".." removes the segment before it (climbing above the root is refused), a
//   trailing slash dropped except for "/" — the same rules as http::normalise_target, so the
//   key equals a request's path;
// - then '?' and the query exactly as given (parameter order and '+' kept), except that the
//   hex digits of its %-escapes are upper-cased and bytes a query may not hold raw (space,
//   controls, non-ASCII, '"', '<', '>', '\', '^', '`', '{', '|', '}') are %-escaped; an empty
//   query ("/a?") is dropped; a fragment ("#…") is dropped (browsers never send it).
// A local target is normalised the same way; an absolute http(s) target is kept as given.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tori::core {

inline constexpr std::size_t kMaxRedirectPathLength = 1000;    // bytes of the normal form
inline constexpr std::size_t kMaxRedirectTargetLength = 2000;  // bytes
inline constexpr std::size_t kMaxRedirectNoteLength = 500;     // code points
inline constexpr int kMaxRedirectHops = 20;                    // a longer chain counts as a loop

enum class RedirectProblem {
  kNone,
  kEmpty,         // nothing given
  kNotPath,       // not a local path ("http://…", "vanha", "//host/…", a control character)
  kBadEncoding,   // a malformed %-escape or invalid UTF-8 after decoding
  kTooLong,       // over kMaxRedirectPathLength / kMaxRedirectTargetLength
  kBadTarget,     // neither a local path nor an absolute http(s) URL with a host
  kNoteTooLong,   // the note is over kMaxRedirectNoteLength or holds control characters
  kSameAsSource,  // the target is the old address itself
  kLoop,          // following the rules from the target comes back to the old address
};

// A short English text for logs and the command line ("the old address is not a local path").
[[nodiscard]] std::string_view redirect_problem_text(RedirectProblem problem);
// The problem's stable name ("loop"), for message keys and tests.
[[nodiscard]] std::string_view redirect_problem_name(RedirectProblem problem);

struct NormalisedAddress {
  std::string value;  // the normal form; empty when problem is set
  RedirectProblem problem = RedirectProblem::kNone;
};

// The normal form of an old address (see above); leading and trailing spaces are ignored.
[[nodiscard]] NormalisedAddress normalise_old_address(std::string_view raw);
// The normal form of a target: a local path as above, or an absolute http:// or https:// URL
// with a host and no spaces or control characters, kept as given.
[[nodiscard]] NormalisedAddress normalise_redirect_target(std::string_view raw);
// The key of a request: its normalised, decoded path and its raw query, the query treated as
// in normalise_old_address (no checks: the path is already normalised by the server).
[[nodiscard]] std::string redirect_key(std::string_view path, std::string_view query);
// Whether a normalised target is a local path (else an absolute URL).
[[nodiscard]] bool is_local_target(std::string_view target);

// A rule as typed or imported.
struct RedirectInput {
  std::string old_path;
  std::string target;
  std::string note;
};

// Which field a problem belongs to.
enum class RedirectField { kOldPath, kTarget, kNote };

struct RedirectError {
  RedirectField field = RedirectField::kOldPath;
  RedirectProblem problem = RedirectProblem::kNone;
  friend bool operator==(const RedirectError&, const RedirectError&) = default;
};

// A rule checked on its own: normalised addresses, or the errors (every field's first problem).
struct CheckedRedirect {
  RedirectInput rule;  // old_path and target in normal form, note trimmed
  std::vector<RedirectError> errors;
};
[[nodiscard]] CheckedRedirect check_redirect_input(const RedirectInput& input);

// The rules as a map old address → target (both in normal form).
using RedirectRules = std::map<std::string, std::string, std::less<>>;

// What saving old → target means for the existing rules. Chains are collapsed: when the target
// is itself an old address, the new rule points at the end of its chain; the rules that point
// at the new old address are repointed to that end too. So no stored target is another rule's
// old address, and a visitor gets one 301, never a chain.
struct RedirectPlan {
  RedirectProblem problem = RedirectProblem::kNone;  // kSameAsSource or kLoop, or none
  std::string target;                  // where the new rule points (the end of the chain)
  std::vector<std::string> repointed;  // old addresses whose rules now point at `target`
};

// Plans old → target against `rules` (which must hold at least the chain from `target` and
// the rules that point at `old_path`; a rule for `old_path` itself is replaced). Both in normal
// form. Pure: nothing is changed.
[[nodiscard]] RedirectPlan plan_redirect(std::string_view old_path, std::string_view target,
                                         const RedirectRules& rules);

}  // namespace tori::core
