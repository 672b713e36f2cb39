// SPDX-License-Identifier: AGPL-3.0-or-later
// Redirect rules: normal forms of old addresses and targets, checks, and the save plan.
#include "tori/core/redirect.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "tori/core/field_checker.hpp"  // code_point_count, has_control_character
#include "tori/text/escape.hpp"         // is_valid_utf8

namespace tori::core {
namespace {

int redirect_hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

// The path decoded once; nothing when an escape is malformed.
std::optional<std::string> percent_decode_path(std::string_view path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] != '%') {
      out += path[i];
      continue;
    }
    if (i + 2 >= path.size()) return std::nullopt;
    const int high = redirect_hex_value(path[i + 1]);
    const int low = redirect_hex_value(path[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

// Segments joined after dropping empty and "." ones and applying ".."; nothing when ".." climbs
// above the root.
std::optional<std::string> join_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    const std::string_view segment = path.substr(start, slash - start);
    if (segment == "..") {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string out;
  for (std::string_view segment : segments)
    out += "/" + std::string(segment);
  return out.empty() ? "/" : out;
}

bool query_byte_needs_escape(unsigned char c) {
  return c <= 0x20 || c >= 0x7F ||
         std::string_view("\"<>\\^`{|}").find(static_cast<char>(c)) != std::string_view::npos;
}

std::string normalise_query(std::string_view query) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = 0; i < query.size(); ++i) {
    const auto c = static_cast<unsigned char>(query[i]);
    if (c == '%' && i + 2 < query.size() && redirect_hex_value(query[i + 1]) >= 0 &&
        redirect_hex_value(query[i + 2]) >= 0) {
      out += '%';
      out += kHex[redirect_hex_value(query[i + 1])];
      out += kHex[redirect_hex_value(query[i + 2])];
      i += 2;
    } else if (query_byte_needs_escape(c)) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool starts_with_scheme(std::string_view text) {
  const std::size_t colon = text.find(':');
  const std::size_t slash = text.find('/');
  return colon != std::string_view::npos && (slash == std::string_view::npos || colon < slash);
}

NormalisedAddress problem_of(RedirectProblem problem) {
  return {"", problem};
}

NormalisedAddress normalise_local(std::string_view raw, std::size_t max_length) {
  if (raw.empty()) return problem_of(RedirectProblem::kEmpty);
  if (raw.front() != '/' || raw.starts_with("//")) return problem_of(RedirectProblem::kNotPath);
  if (const std::size_t hash = raw.find('#'); hash != std::string_view::npos) {
    raw = raw.substr(0, hash);
  }
  const std::size_t question = raw.find('?');
  const std::string_view path = raw.substr(0, question);
  const std::string_view query =
      question == std::string_view::npos ? std::string_view{} : raw.substr(question + 1);
  std::optional<std::string> decoded = percent_decode_path(path);
  if (!decoded || !text::is_valid_utf8(*decoded)) return problem_of(RedirectProblem::kBadEncoding);
  if (decoded->find('\\') != std::string::npos || has_control_character(*decoded, Lines::kOne)) {
    return problem_of(RedirectProblem::kNotPath);
  }
  std::optional<std::string> joined = join_segments(*decoded);
  if (!joined) return problem_of(RedirectProblem::kNotPath);
  std::string value = redirect_key(*joined, query);
  if (value.size() > max_length) return problem_of(RedirectProblem::kTooLong);
  return {std::move(value), RedirectProblem::kNone};
}

bool is_absolute_http(std::string_view text) {
  for (std::string_view scheme : {"http://", "https://"}) {
    if (text.size() > scheme.size() && std::equal(scheme.begin(), scheme.end(), text.begin(),
                                                  [](char a, char b) { return a == (b | 0x20); })) {
      const std::string_view host = text.substr(scheme.size());
      return !host.empty() && host.front() != '/' && host.front() != '?' && host.front() != '#';
    }
  }
  return false;
}

}  // namespace

std::string_view redirect_problem_text(RedirectProblem problem) {
  switch (problem) {
    case RedirectProblem::kNone:
      return "";
    case RedirectProblem::kEmpty:
      return "the address is empty";
    case RedirectProblem::kNotPath:
      return "the address is not a local path starting with /";
    case RedirectProblem::kBadEncoding:
      return "the address has a malformed %-escape or bad UTF-8";
    case RedirectProblem::kTooLong:
      return "the address is too long";
    case RedirectProblem::kBadTarget:
      return "the target is neither a local path nor an http(s) address";
    case RedirectProblem::kNoteTooLong:
      return "the note is too long or has control characters";
    case RedirectProblem::kSameAsSource:
      return "the target is the old address itself";
    case RedirectProblem::kLoop:
      return "the target leads back to the old address (a loop)";
  }
  return "";
}

std::string_view redirect_problem_name(RedirectProblem problem) {
  switch (problem) {
    case RedirectProblem::kNone:
      return "none";
    case RedirectProblem::kEmpty:
      return "empty";
    case RedirectProblem::kNotPath:
      return "not_path";
    case RedirectProblem::kBadEncoding:
      return "bad_encoding";
    case RedirectProblem::kTooLong:
      return "too_long";
    case RedirectProblem::kBadTarget:
      return "bad_target";
    case RedirectProblem::kNoteTooLong:
      return "note_too_long";
    case RedirectProblem::kSameAsSource:
      return "same_as_source";
    case RedirectProblem::kLoop:
      return "loop";
  }
  return "none";
}

NormalisedAddress normalise_old_address(std::string_view raw) {
  raw = trim_spaces(raw);
  if (!raw.empty() && starts_with_scheme(raw)) return problem_of(RedirectProblem::kNotPath);
  return normalise_local(raw, kMaxRedirectPathLength);
}

NormalisedAddress normalise_redirect_target(std::string_view raw) {
  raw = trim_spaces(raw);
  if (raw.empty()) return problem_of(RedirectProblem::kEmpty);
  if (raw.front() == '/' && !raw.starts_with("//")) {
    NormalisedAddress local = normalise_local(raw, kMaxRedirectTargetLength);
    if (local.problem == RedirectProblem::kNotPath) local.problem = RedirectProblem::kBadTarget;
    return local;
  }
  if (!is_absolute_http(raw) || !text::is_valid_utf8(raw) ||
      has_control_character(raw, Lines::kOne) || raw.find(' ') != std::string_view::npos) {
    return problem_of(RedirectProblem::kBadTarget);
  }
  if (raw.size() > kMaxRedirectTargetLength) return problem_of(RedirectProblem::kTooLong);
  return {std::string(raw), RedirectProblem::kNone};
}

std::string redirect_key(std::string_view path, std::string_view query) {
  std::string key(path);
  if (const std::string normal = normalise_query(query); !normal.empty()) key += "?" + normal;
  return key;
}

bool is_local_target(std::string_view target) {
  return target.starts_with('/');
}

CheckedRedirect check_redirect_input(const RedirectInput& input) {
  CheckedRedirect checked;
  const NormalisedAddress old_path = normalise_old_address(input.old_path);
  const NormalisedAddress target = normalise_redirect_target(input.target);
  const std::string_view note = trim_spaces(input.note);
  if (old_path.problem != RedirectProblem::kNone) {
    checked.errors.push_back({RedirectField::kOldPath, old_path.problem});
  }
  if (target.problem != RedirectProblem::kNone) {
    checked.errors.push_back({RedirectField::kTarget, target.problem});
  } else if (old_path.problem == RedirectProblem::kNone && target.value == old_path.value) {
    checked.errors.push_back({RedirectField::kTarget, RedirectProblem::kSameAsSource});
  }
  if (!text::is_valid_utf8(note) || code_point_count(note) > kMaxRedirectNoteLength ||
      has_control_character(note, Lines::kOne)) {
    checked.errors.push_back({RedirectField::kNote, RedirectProblem::kNoteTooLong});
  }
  checked.rule = {old_path.value, target.value, std::string(note)};
  return checked;
}

RedirectPlan plan_redirect(std::string_view old_path, std::string_view target,
                           const RedirectRules& rules) {
  RedirectPlan plan;
  if (target == old_path) {
    plan.problem = RedirectProblem::kSameAsSource;
    return plan;
  }
  std::string end(target);
  std::set<std::string, std::less<>> seen{std::string(old_path)};
  for (int hops = 0;; ++hops) {
    auto next = rules.find(end);
    if (next == rules.end()) break;
    if (hops >= kMaxRedirectHops || !seen.insert(end).second) {
      plan.problem = RedirectProblem::kLoop;
      return plan;
    }
    end = next->second;
    if (end == old_path) {
      plan.problem = RedirectProblem::kLoop;
      return plan;
    }
  }
  plan.target = end;
  for (const auto& [old, to] : rules) {
    if (to == old_path && old != old_path) plan.repointed.push_back(old);
  }
  return plan;
}

}  // namespace tori::core
