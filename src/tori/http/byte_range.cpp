// SPDX-License-Identifier: AGPL-3.0-or-later
// parse_range, answer_range, asked_range and mark_range: single byte ranges of a response.
#include "tori/http/byte_range.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>

namespace tori::http {
namespace {

// A whole decimal number of the text, nothing for anything else (signs, spaces, overflow).
std::optional<std::uint64_t> range_number(std::string_view text) {
  std::uint64_t value = 0;
  if (text.empty()) return std::nullopt;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

RangeRequest parse_range(std::string_view header, std::uint64_t size) {
  constexpr std::string_view kUnit = "bytes=";
  if (!header.starts_with(kUnit)) return {};
  const std::string_view spec = header.substr(kUnit.size());
  const std::size_t dash = spec.find('-');
  if (dash == std::string_view::npos || spec.find(',') != std::string_view::npos) return {};
  const std::string_view first_text = spec.substr(0, dash);
  const std::string_view last_text = spec.substr(dash + 1);
  if (first_text.empty()) {  // a suffix: the last N bytes
    const auto count = range_number(last_text);
    if (!count) return {};
    if (*count == 0 || size == 0) return {RangeKind::kUnsatisfiable, {}};
    const std::uint64_t take = std::min(*count, size);
    return {RangeKind::kPart, {size - take, size - 1}};
  }
  const auto first = range_number(first_text);
  if (!first) return {};
  std::uint64_t last = UINT64_MAX;  // "500-": to the end
  if (!last_text.empty()) {
    const auto given = range_number(last_text);
    if (!given || *given < *first) return {};
    last = *given;
  }
  if (*first >= size) return {RangeKind::kUnsatisfiable, {}};
  return {RangeKind::kPart, {*first, std::min(last, size - 1)}};
}

RangeRequest asked_range(const Request& request, Response& response, std::uint64_t size) {
  if (response.status != 200) return {};
  response.headers.set("Accept-Ranges", "bytes");
  const auto header = request.headers.get("Range");
  if (!header) return {};
  // If-Range with a validator other than the response's ETag: the whole file (RFC 9110 13.1.5).
  if (const auto if_range = request.headers.get("If-Range")) {
    const auto etag = response.headers.get("ETag");
    if (!etag || *etag != *if_range) return {};
  }
  return parse_range(*header, size);
}

void mark_range(Response& response, const RangeRequest& asked, std::uint64_t size) {
  if (asked.kind == RangeKind::kWhole) return;
  if (asked.kind == RangeKind::kUnsatisfiable) {
    response.status = 416;
    response.body.clear();
    response.file.reset();
    response.headers.set("Content-Range", "bytes */" + std::to_string(size));
    return;
  }
  response.status = 206;
  response.headers.set("Content-Range", "bytes " + std::to_string(asked.range.first) + "-" +
                                            std::to_string(asked.range.last) + "/" +
                                            std::to_string(size));
}

void answer_range(const Request& request, Response& response) {
  const std::uint64_t size = response.body.size();
  const RangeRequest asked = asked_range(request, response, size);
  if (asked.kind == RangeKind::kPart)
    response.body =
        response.body.substr(asked.range.first, asked.range.last - asked.range.first + 1);
  mark_range(response, asked, size);
}

}  // namespace tori::http
