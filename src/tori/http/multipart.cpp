// SPDX-License-Identifier: AGPL-3.0-or-later
// multipart/form-data: the Content-Type checks, the header and parameter parsing of each part.
//
//   parse_multipart("multipart/form-data; boundary=b",
//                   "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--")
//   // fields = {{"x", "1"}}
#include "tori/http/multipart.hpp"

#include <algorithm>
#include <utility>

#include "tori/http/header_text.hpp"
#include "tori/text/escape.hpp"

namespace tori::http {
namespace {

// Whether `text` equals `lower` (already lower-case) in any ASCII case.
bool iequals(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ascii_lower(text[i]) != lower[i]) return false;
  }
  return true;
}

std::string_view trim_left(std::string_view text) {
  while (!text.empty() && is_optional_space(text.front()))
    text.remove_prefix(1);
  return text;
}

// RFC 9110 tchar: the characters of a header or parameter name.
bool is_token_char(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::size_t token_length(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && is_token_char(text[n]))
    ++n;
  return n;
}

struct Parameter {
  std::string name;  // lower-case
  std::string value;
};

// Reads the quoted string that `text` starts with ('"') and drops it from `text`. A backslash
// escapes '"' and itself; before anything else it is kept (unescaped Windows paths).
std::optional<std::string> read_quoted(std::string_view& text) {
  std::string value;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      text.remove_prefix(i + 1);
      return value;
    }
    if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) ++i;
    value += text[i];
  }
  return std::nullopt;  // unterminated
}

// Reads one `name=value` (value quoted, or unquoted up to ';') and drops it from `text`.
std::optional<Parameter> read_parameter(std::string_view& text) {
  const std::size_t name_length = token_length(text);
  if (name_length == 0) return std::nullopt;
  Parameter parameter;
  for (char c : text.substr(0, name_length))
    parameter.name += ascii_lower(c);
  text = trim_left(text.substr(name_length));
  if (text.empty() || text.front() != '=') return std::nullopt;
  text = trim_left(text.substr(1));
  if (!text.empty() && text.front() == '"') {
    std::optional<std::string> value = read_quoted(text);
    if (!value) return std::nullopt;
    parameter.value = std::move(*value);
    return parameter;
  }
  const std::size_t end = text.find(';');
  const std::string_view value = trim_whitespace(text.substr(0, end));
  if (value.empty() || value.find('"') != std::string_view::npos) return std::nullopt;
  parameter.value = std::string(value);
  text = end == std::string_view::npos ? std::string_view{} : text.substr(end);
  return parameter;
}

// The `; name=value` parameters after a media type or disposition type, or nothing when
// malformed or when a name repeats (two boundaries or two filenames are ambiguous).
std::optional<std::vector<Parameter>> parse_parameters(std::string_view text) {
  std::vector<Parameter> parameters;
  for (text = trim_left(text); !text.empty(); text = trim_left(text)) {
    if (text.front() != ';') return std::nullopt;
    text = trim_left(text.substr(1));
    if (text.empty()) break;  // a trailing ';'
    std::optional<Parameter> parameter = read_parameter(text);
    if (!parameter) return std::nullopt;
    for (const Parameter& seen : parameters) {
      if (seen.name == parameter->name) return std::nullopt;
    }
    parameters.push_back(std::move(*parameter));
  }
  return parameters;
}

const std::string* find_parameter(const std::vector<Parameter>& parameters, std::string_view name) {
  for (const Parameter& parameter : parameters) {
    if (parameter.name == name) return &parameter.value;
  }
  return nullptr;
}

// Splits "type; params" into the trimmed type and the parameter text.
std::pair<std::string_view, std::string_view> split_type(std::string_view value) {
  const std::size_t semicolon = value.find(';');
  if (semicolon == std::string_view::npos) return {trim_whitespace(value), {}};
  return {trim_whitespace(value.substr(0, semicolon)), value.substr(semicolon)};
}

bool is_boundary_char(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

std::string latin1_to_utf8(std::string_view bytes) {
  std::string text;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      text += c;
    } else {
      text += static_cast<char>(0xC0 | (byte >> 6));
      text += static_cast<char>(0x80 | (byte & 0x3F));
    }
  }
  return text;
}

// An RFC 5987 ext-value (charset'language'%-encoded) as UTF-8, or nothing when the charset is
// neither UTF-8 nor ISO-8859-1, the encoding is malformed or the UTF-8 is invalid.
std::optional<std::string> decode_ext_value(std::string_view value) {
  const std::size_t first = value.find('\'');
  const std::size_t second = first == std::string_view::npos ? first : value.find('\'', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const std::string_view charset = value.substr(0, first);
  std::optional<std::string> decoded = text::percent_decode(value.substr(second + 1), false);
  if (!decoded) return std::nullopt;
  if (iequals(charset, "utf-8")) return text::is_valid_utf8(*decoded) ? decoded : std::nullopt;
  if (iequals(charset, "iso-8859-1")) return latin1_to_utf8(*decoded);
  return std::nullopt;
}

// The last path component of a filename as sent ("C:\a\b.jpg" -> "b.jpg"); "." and ".." -> "".
std::string base_name(std::string_view filename) {
  const std::size_t slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  if (filename == "." || filename == "..") return {};
  return std::string(filename);
}

struct PartHeaders {
  std::string name;
  std::optional<std::string> filename;  // present for a file part
  std::string content_type;
};

// Fills `headers` from a Content-Disposition value; false unless it is form-data with a
// non-empty UTF-8 name and, for a file, a UTF-8 filename.
bool read_disposition(std::string_view value, PartHeaders& headers) {
  const auto [type, rest] = split_type(value);
  std::optional<std::vector<Parameter>> parameters = parse_parameters(rest);
  if (!iequals(type, "form-data") || !parameters) return false;
  const std::string* name = find_parameter(*parameters, "name");
  if (!name || name->empty() || !text::is_valid_utf8(*name)) return false;
  headers.name = *name;
  const std::string* plain = find_parameter(*parameters, "filename");
  const std::string* extended = find_parameter(*parameters, "filename*");
  if (!plain && !extended) return true;
  std::optional<std::string> decoded = extended ? decode_ext_value(*extended) : std::nullopt;
  headers.filename = base_name(decoded ? *decoded : plain ? *plain : std::string());
  return text::is_valid_utf8(*headers.filename);
}

// The headers of one part from its header block (lines joined by CRLF, without the blank
// line), or nothing when a line is malformed or Content-Disposition is missing or repeated.
std::optional<PartHeaders> parse_part_headers(std::string_view block) {
  PartHeaders headers;
  bool has_disposition = false;
  bool has_type = false;
  while (!block.empty()) {
    const std::size_t end = block.find("\r\n");
    const std::string_view line = block.substr(0, end);
    block = end == std::string_view::npos ? std::string_view{} : block.substr(end + 2);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || token_length(line) != colon)
      return std::nullopt;  // also refuses obsolete line folding (a line starting with a space)
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = trim_whitespace(line.substr(colon + 1));
    if (iequals(name, "content-disposition")) {
      if (has_disposition || !read_disposition(value, headers)) return std::nullopt;
      has_disposition = true;
    } else if (iequals(name, "content-type")) {
      if (has_type) return std::nullopt;
      headers.content_type = std::string(value);
      has_type = true;
    }
  }
  if (!has_disposition) return std::nullopt;
  return headers;
}

// Adds one part to `result`; false when its headers or field value are refused.
bool add_part(std::string_view header_block, std::string_view content,
              const MultipartLimits& limits, MultipartBody& result) {
  std::optional<PartHeaders> headers = parse_part_headers(header_block);
  if (!headers) return false;
  if (headers->filename) {
    result.files.push_back({std::move(headers->name), std::move(*headers->filename),
                            std::move(headers->content_type), std::string(content)});
    return true;
  }
  if (content.size() > limits.max_field_bytes || !text::is_valid_utf8(content)) return false;
  result.fields.push_back({std::move(headers->name), std::string(content)});
  return true;
}

enum class DelimiterEnd {
  kPart,   // optional spaces or tabs, then CRLF: a part follows
  kClose,  // "--": the close delimiter, the rest is epilogue
  kBad,    // anything else
};

// Reads what follows a boundary at `at` and moves `at` past it.
DelimiterEnd read_delimiter_end(std::string_view body, std::size_t& at) {
  if (body.substr(at, 2) == "--") return DelimiterEnd::kClose;
  while (at < body.size() && is_optional_space(body[at]))
    ++at;
  if (body.substr(at, 2) != "\r\n") return DelimiterEnd::kBad;
  at += 2;
  return DelimiterEnd::kPart;
}

// Where the first boundary ends: the body may start with "--boundary", or a preamble ends
// with CRLF "--boundary". Nothing when there is no boundary.
std::optional<std::size_t> end_of_first_boundary(std::string_view body,
                                                 std::string_view delimiter) {
  if (body.starts_with(delimiter.substr(2))) return delimiter.size() - 2;
  const std::size_t found = body.find(delimiter);
  if (found == std::string_view::npos) return std::nullopt;
  return found + delimiter.size();
}

// One part as found in the body: its header block (without the blank line), its content and
// where the delimiter after it starts.
struct RawPart {
  std::string_view header_block;
  std::string_view content;
  std::size_t next;
};

// The part whose header block starts at `at`, or nothing when the block does not end within
// `max_header_bytes` or no delimiter follows (no closing delimiter).
std::optional<RawPart> find_part(std::string_view body, std::size_t at, std::string_view delimiter,
                                 std::size_t max_header_bytes) {
  const std::string_view window = body.substr(at, std::min(max_header_bytes, body.size()) + 4);
  const std::size_t blank = window.find("\r\n\r\n");
  if (blank == std::string_view::npos) return std::nullopt;
  // Searching from the blank line's CRLF: a part may end right after its headers (no body), and
  // its last header's CRLF is then followed at once by the delimiter's.
  const std::size_t next = body.find(delimiter, at + blank + 2);
  if (next == std::string_view::npos) return std::nullopt;
  const std::size_t content_start = std::min(next, at + blank + 4);
  return RawPart{window.substr(0, blank), body.substr(content_start, next - content_start), next};
}

}  // namespace

bool is_multipart_form_content_type(std::string_view content_type) {
  return iequals(split_type(content_type).first, "multipart/form-data");
}

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  std::optional<std::vector<Parameter>> parameters =
      parse_parameters(split_type(content_type).second);
  if (!parameters) return std::nullopt;
  const std::string* boundary = find_parameter(*parameters, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70 || boundary->back() == ' ')
    return std::nullopt;
  for (const char c : *boundary) {
    if (!is_boundary_char(c)) return std::nullopt;
  }
  return *boundary;
}

// One pass: each search starts where the previous one ended. The delimiter has its only CR at
// its start, so partial matches cannot overlap and std::string_view::find stays linear even on
// a body made of "\r\n--" fragments; header blocks are searched only up to the limit.
std::optional<MultipartBody> parse_multipart(std::string_view content_type, std::string_view body,
                                             const MultipartLimits& limits) {
  if (!is_multipart_form_content_type(content_type)) return std::nullopt;
  const std::optional<std::string> boundary = multipart_boundary(content_type);
  if (!boundary) return std::nullopt;
  const std::string delimiter = "\r\n--" + *boundary;
  std::optional<std::size_t> at = end_of_first_boundary(body, delimiter);
  if (!at) return std::nullopt;
  MultipartBody result;
  for (std::size_t parts = 0;; ++parts) {
    const DelimiterEnd end = read_delimiter_end(body, *at);
    if (end == DelimiterEnd::kClose) return result;
    if (end == DelimiterEnd::kBad || parts == limits.max_parts) return std::nullopt;
    const std::optional<RawPart> part = find_part(body, *at, delimiter, limits.max_header_bytes);
    if (!part || !add_part(part->header_block, part->content, limits, result)) return std::nullopt;
    *at = part->next + delimiter.size();
  }
}

}  // namespace tori::http
