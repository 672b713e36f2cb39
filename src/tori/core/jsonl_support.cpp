// SPDX-License-Identifier: AGPL-3.0-or-later
// The helpers shared by the JSON Lines exchange formats: field readers with reasons, the JSON
// parse of a line, and json.dumps-style string escaping.
#include "tori/core/jsonl_support.hpp"

#include <cstdio>

namespace tori::core::jsonl {

std::string must_be(std::string_view field, std::string_view what) {
  return "field '" + std::string(field) + "' must be " + std::string(what);
}

std::string read_string(const json::value& value, std::string_view field, std::string& out) {
  if (!value.is_string()) return must_be(field, "a string");
  out = std::string(value.get_string());
  return {};
}

std::string read_bool(const json::value& value, std::string_view field, bool& out) {
  if (!value.is_bool()) return must_be(field, "true or false");
  out = value.get_bool();
  return {};
}

std::string read_int(const json::value& value, std::string_view field, int min, int max, int& out) {
  const std::string range = std::to_string(min) + "–" + std::to_string(max);
  if (!value.is_int64()) return must_be(field, value.is_uint64() ? range : "a whole number");
  if (value.get_int64() < min || value.get_int64() > max) return must_be(field, range);
  out = static_cast<int>(value.get_int64());
  return {};
}

std::string read_string_or_null(const json::value& value, std::string_view field,
                                std::string& out) {
  if (value.is_null()) {
    out.clear();
    return {};
  }
  if (!value.is_string()) return must_be(field, "a string or null");
  out = std::string(value.get_string());
  return {};
}

std::string read_object(const json::value& value, const std::string& field, std::string_view shape,
                        const FieldReader& read_field) {
  const json::object* object = value.if_object();
  if (object == nullptr) return must_be(field, shape);
  for (const json::key_value_pair& entry : *object) {
    const std::string name = field + "." + std::string(entry.key());
    const auto error = read_field(entry.key(), entry.value(), name);
    if (!error) return "unknown field '" + name + "'";
    if (!error->empty()) return *error;
  }
  return {};
}

std::string read_strings(const json::value& value, std::string_view field,
                         std::vector<std::string>& out) {
  const json::array* items = value.if_array();
  if (items == nullptr) return must_be(field, "a list of strings");
  out.clear();
  for (const json::value& item : *items) {
    if (!item.is_string()) return must_be(field, "a list of strings");
    out.emplace_back(item.get_string());
  }
  return {};
}

std::variant<json::value, std::string> parse_json(std::string_view line) {
  json::parser parser;  // default options: standard JSON only, UTF-8 checked
  boost::system::error_code error;
  const std::size_t consumed = parser.write(line.data(), line.size(), error);
  if (error) {
    return "not valid JSON: " + error.message() + " (at column " + std::to_string(consumed + 1) +
           ")";
  }
  return parser.release();
}

void append_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    switch (byte) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\b':
        out += "\\b";
        continue;
      case '\f':
        out += "\\f";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '\t':
        out += "\\t";
        continue;
      default:
        break;
    }
    if (byte < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
      out += escaped;
    } else if (text.substr(i, 3) == "\u2028" || text.substr(i, 3) == "\u2029") {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += text[i];
    }
  }
  out += '"';
}

std::string& ObjectWriter::key(std::string_view name) {
  if (!first_) out_ += ", ";
  first_ = false;
  append_string(out_, name);
  out_ += ": ";
  return out_;
}

void ObjectWriter::string_or_null(std::string_view name, std::string_view value) {
  if (value.empty()) {
    null(name);
  } else {
    string(name, value);
  }
}

}  // namespace tori::core::jsonl
