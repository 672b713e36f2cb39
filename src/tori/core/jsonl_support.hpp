// SPDX-License-Identifier: AGPL-3.0-or-later
// Helpers shared by the JSON Lines exchange formats (practices, events): reading a line with
// Boost.JSON into reasons a person can act on, and a json.dumps-style writer. Internal to
// tori_core: only its .cpp files include this (Boost.JSON is a private dependency).
//
//   auto parsed = jsonl::parse_json(line);               // json::value, or the reason
//   std::string error = jsonl::read_string(value, "title", input.title);  // "" when fine
//   std::string line;
//   { jsonl::ObjectWriter writer(line); writer.string("title", title); }  // {"title": "…"}
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <boost/json.hpp>

namespace tori::core::jsonl {

namespace json = boost::json;

// ---- reading ----
// Each read_* takes a field's value, fills `out` and returns the reason the value is wrong, or
// an empty string. The reason names the field as given (e.g. "questions[1].type").

// "field 'x' must be <what>".
[[nodiscard]] std::string must_be(std::string_view field, std::string_view what);

[[nodiscard]] std::string read_string(const json::value& value, std::string_view field,
                                      std::string& out);
[[nodiscard]] std::string read_bool(const json::value& value, std::string_view field, bool& out);
// A whole number in [min, max] ("field 'x' must be min–max" otherwise; 20.0 is not whole).
[[nodiscard]] std::string read_int(const json::value& value, std::string_view field, int min,
                                   int max, int& out);
// A string, or null for "".
[[nodiscard]] std::string read_string_or_null(const json::value& value, std::string_view field,
                                              std::string& out);

// Reads the object `field` key by key with `read_field(key, value, name)`, which returns the
// reason, "" when fine, or nothing for a key it does not know ("unknown field 'field.key'"); an
// object is required ("field 'x' must be <shape>").
using FieldReader = std::function<std::optional<std::string>(
    std::string_view key, const json::value& value, const std::string& name)>;
[[nodiscard]] std::string read_object(const json::value& value, const std::string& field,
                                      std::string_view shape, const FieldReader& read_field);
// Reads the list `field` of objects, each into a new item of `out` with `read_item(value,
// "field[i]", item)`; the first reason, or "".
template <class T, class ReadItem>
[[nodiscard]] std::string read_list(const json::value& value, const std::string& field,
                                    std::vector<T>& out, ReadItem read_item) {
  const json::array* items = value.if_array();
  if (items == nullptr) return must_be(field, "a list of objects");
  out.clear();
  for (std::size_t i = 0; i < items->size(); ++i) {
    std::string error =
        read_item((*items)[i], field + "[" + std::to_string(i) + "]", out.emplace_back());
    if (!error.empty()) return error;
  }
  return {};
}

// A list of strings; `out` is replaced.
[[nodiscard]] std::string read_strings(const json::value& value, std::string_view field,
                                       std::vector<std::string>& out);

// A string naming one of an enumeration's values with `parse`; `values` lists them for the reason.
template <class T>
[[nodiscard]] std::string read_enum(const json::value& value, std::string_view field,
                                    std::optional<T> (*parse)(std::string_view),
                                    std::string_view values, std::optional<T>& out) {
  if (value.is_string()) out = parse(std::string_view(value.get_string()));
  if (!value.is_string() || !out) return must_be(field, "one of " + std::string(values));
  return {};
}

// The line as a JSON value (surrounding whitespace is fine), or
// "not valid JSON: <reason> (at column N)". Standard JSON only, UTF-8 checked.
[[nodiscard]] std::variant<json::value, std::string> parse_json(std::string_view line);

// ---- writing ----

// Appends `text` as a JSON string the way Python's json.dumps(ensure_ascii=False) writes it:
// '"' and '\' escaped, \b \f \n \r \t by name, other controls as \u00xx, everything else as is;
// and U+2028, U+2029 as \u2028, \u2029 (json.dumps keeps them raw; some readers split lines
// there). REQUIRES: valid UTF-8.
void append_string(std::string& out, std::string_view text);

// Writes `{"key": value, …}` with json.dumps' separators (", " and ": "); values are appended
// by the caller to what key() returns, or with the helpers.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  ObjectWriter(const ObjectWriter&) = delete;
  ObjectWriter& operator=(const ObjectWriter&) = delete;
  ~ObjectWriter() { out_ += '}'; }

  // Writes the key (and the separator before it) and returns the output for its value.
  std::string& key(std::string_view name);
  void string(std::string_view name, std::string_view value) { append_string(key(name), value); }
  // Only when `value` is not empty.
  void optional_string(std::string_view name, std::string_view value) {
    if (!value.empty()) string(name, value);
  }
  // The string, or null when it is empty.
  void string_or_null(std::string_view name, std::string_view value);
  void boolean(std::string_view name, bool value) { key(name) += value ? "true" : "false"; }
  void null(std::string_view name) { key(name) += "null"; }
  // A list of the texts `text_of(item)` gives, "[]" when empty.
  template <class T, class TextOf>
  void strings(std::string_view name, const std::vector<T>& items, TextOf text_of) {
    std::string& out = key(name);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += ", ";
      append_string(out, text_of(items[i]));
    }
    out += ']';
  }
  void strings(std::string_view name, const std::vector<std::string>& items) {
    strings(name, items, [](const std::string& item) -> std::string_view { return item; });
  }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace tori::core::jsonl
