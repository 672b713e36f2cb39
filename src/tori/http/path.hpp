// SPDX-License-Identifier: AGPL-3.0-or-later
// Splits a request-target into path and query and normalises the path so that nothing that
// reaches a handler or the file system can climb out: decoded once, no NUL, no backslash.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tori::http {

struct Target {
  std::string path;   // decoded once, normalised: "/a/b"; "/" for the root
  std::string query;  // raw, without '?'
};

// The normalised target, or nothing when it must be refused with 400: not origin-form
// (no leading '/'), a malformed %-escape, a NUL or backslash (raw or decoded), invalid UTF-8
// after decoding, or a ".." that would climb above the root. Empty and "." segments are
// dropped, ".." removes the segment before it, and a trailing slash is dropped (except "/").
// A "%2F" decodes to '/' and then counts as a separator, like any other '/'.
[[nodiscard]] std::optional<Target> normalise_target(std::string_view target);

}  // namespace tori::http
