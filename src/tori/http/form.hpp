// SPDX-License-Identifier: AGPL-3.0-or-later
// The fields of an application/x-www-form-urlencoded body, and the one name=value parser that
// both form bodies and query strings (Request::query_param) go through.
//
//   if (!is_form_content_type(request.headers.get("Content-Type").value_or(""))) return 415;
//   std::optional<Form> form = Form::parse(request.body);
//   if (!form) return Response::text(400, "virheellinen lomake");
//   std::string title = form->get("otsikko");            // "" when absent
//   std::vector<std::string> themes = form->all("teema");  // checkboxes, in order
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tori::http {

struct FormField {
  std::string name;
  std::string value;
};

struct FormFields {
  std::vector<FormField> fields;  // in order, repeats kept
  std::size_t malformed = 0;      // pairs skipped for a bad %-escape or invalid UTF-8
};

// Decodes `name=value` pairs joined by '&' (a form body or a raw query string): %XX escapes
// are decoded and '+' is a space. Empty pairs and pairs with an empty name are skipped; a pair
// without '=' has the value "". A pair whose name or value has a malformed %-escape or is not
// valid UTF-8 once decoded is skipped and counted in `malformed`.
[[nodiscard]] FormFields decode_form_fields(std::string_view text);

// Whether a Content-Type value names application/x-www-form-urlencoded (any ASCII case;
// parameters such as "; charset=UTF-8" are allowed).
[[nodiscard]] bool is_form_content_type(std::string_view content_type);

class Form {
 public:
  // The fields of `body`, or nothing when any pair is malformed (see decode_form_fields): a
  // form that lost a field silently could be acted on wrongly, so the whole body is refused.
  [[nodiscard]] static std::optional<Form> parse(std::string_view body);

  // The first value of `name`; "" when absent.
  [[nodiscard]] std::string get(std::string_view name) const;
  // The first value of `name`, or nothing when absent.
  [[nodiscard]] std::optional<std::string> find(std::string_view name) const;
  // Every value of `name` (repeated fields such as checkboxes), in order.
  [[nodiscard]] std::vector<std::string> all(std::string_view name) const;
  [[nodiscard]] bool has(std::string_view name) const;

  [[nodiscard]] const std::vector<FormField>& fields() const { return fields_; }

 private:
  explicit Form(std::vector<FormField> fields) : fields_(std::move(fields)) {}
  const FormField* first(std::string_view name) const;

  std::vector<FormField> fields_;
};

}  // namespace tori::http
