// SPDX-License-Identifier: AGPL-3.0-or-later
// The fields of an application/x-www-form-urlencoded body, and the one name=value parser that
// both form bodies and query strings (Request::query_param) go through. Form::parse_body also
// takes multipart/form-data (see multipart.hpp), whose file parts come out as FormFile.
//
//   if (!is_form_content_type(request.headers.get("Content-Type").value_or(""))) return 415;
//   std::optional<Form> form = Form::parse(request.body);
//   if (!form) return Response::text(400, "virheellinen lomake");
//   std::string title = form->get("otsikko");            // "" when absent
//   std::vector<std::string> themes = form->all("teema");  // checkboxes, in order
//
//   std::optional<Form> upload = Form::parse_body(content_type, request.body);  // either kind
//   const FormFile* image = upload ? upload->file("kuva") : nullptr;
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

// One file part of a multipart/form-data body.
struct FormFile {
  std::string field;         // the form field's name ("kuva")
  std::string filename;      // as sent, without its path ("C:\a\b.jpg" -> "b.jpg"); "" if none
  std::string content_type;  // as sent ("image/jpeg"), "" when absent; never to be trusted
  std::string bytes;         // the content; empty (with filename "") for a file input left empty
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
  // The fields (and files) of a body by its Content-Type: application/x-www-form-urlencoded
  // as parse does, multipart/form-data as parse_multipart does with the default limits.
  // Nothing for any other type or a malformed body.
  [[nodiscard]] static std::optional<Form> parse_body(std::string_view content_type,
                                                      std::string_view body);

  // The first value of `name`; "" when absent.
  [[nodiscard]] std::string get(std::string_view name) const;
  // The first value of `name`, or nothing when absent.
  [[nodiscard]] std::optional<std::string> find(std::string_view name) const;
  // Every value of `name` (repeated fields such as checkboxes), in order.
  [[nodiscard]] std::vector<std::string> all(std::string_view name) const;
  [[nodiscard]] bool has(std::string_view name) const;

  [[nodiscard]] const std::vector<FormField>& fields() const { return fields_; }
  // The file parts of a multipart body, in order (always empty for an urlencoded body).
  [[nodiscard]] const std::vector<FormFile>& files() const { return files_; }
  // The first file part of field `name`, even one left empty; nullptr when there is none.
  [[nodiscard]] const FormFile* file(std::string_view name) const;

 private:
  explicit Form(std::vector<FormField> fields, std::vector<FormFile> files = {})
      : fields_(std::move(fields)), files_(std::move(files)) {}
  const FormField* first(std::string_view name) const;

  std::vector<FormField> fields_;
  std::vector<FormFile> files_;
};

}  // namespace tori::http
