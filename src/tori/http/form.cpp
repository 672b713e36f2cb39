// SPDX-License-Identifier: AGPL-3.0-or-later
// Form bodies and query strings: the name=value parser, the Content-Type check and Form.
//
//   FormFields query = decode_form_fields("q=et%C3%A4ty%C3%B6&sivu=2");  // q="etätyö", sivu="2"
#include "tori/http/form.hpp"

#include <utility>

#include "tori/http/header_text.hpp"
#include "tori/http/multipart.hpp"
#include "tori/text/escape.hpp"

namespace tori::http {
namespace {

// The decoded text of one name or value, or nothing when malformed or not UTF-8.
std::optional<std::string> decode_component(std::string_view text) {
  std::optional<std::string> decoded = text::percent_decode(text, true);
  if (!decoded || !text::is_valid_utf8(*decoded)) return std::nullopt;
  return decoded;
}

}  // namespace

FormFields decode_form_fields(std::string_view text) {
  FormFields result;
  while (!text.empty()) {
    const std::size_t amp = text.find('&');
    const std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    std::optional<std::string> name = decode_component(pair.substr(0, eq));
    std::optional<std::string> value =
        decode_component(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1));
    if (!name || !value) {
      ++result.malformed;
    } else if (!name->empty()) {
      result.fields.push_back({std::move(*name), std::move(*value)});
    }
  }
  return result;
}

bool is_form_content_type(std::string_view content_type) {
  constexpr std::string_view kForm = "application/x-www-form-urlencoded";
  const std::string_view media_type =
      trim_whitespace(content_type.substr(0, content_type.find(';')));
  if (media_type.size() != kForm.size()) return false;
  for (std::size_t i = 0; i < kForm.size(); ++i) {
    if (ascii_lower(media_type[i]) != kForm[i]) return false;
  }
  return true;
}

std::optional<Form> Form::parse(std::string_view body) {
  FormFields decoded = decode_form_fields(body);
  if (decoded.malformed != 0) return std::nullopt;
  return Form(std::move(decoded.fields));
}

std::optional<Form> Form::parse_body(std::string_view content_type, std::string_view body) {
  if (is_form_content_type(content_type)) return parse(body);
  if (!is_multipart_form_content_type(content_type)) return std::nullopt;
  std::optional<MultipartBody> multipart = parse_multipart(content_type, body);
  if (!multipart) return std::nullopt;
  return Form(std::move(multipart->fields), std::move(multipart->files));
}

const FormFile* Form::file(std::string_view name) const {
  for (const FormFile& file : files_) {
    if (file.field == name) return &file;
  }
  return nullptr;
}

const FormField* Form::first(std::string_view name) const {
  for (const FormField& field : fields_) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

std::string Form::get(std::string_view name) const {
  const FormField* field = first(name);
  return field ? field->value : std::string();
}

std::optional<std::string> Form::find(std::string_view name) const {
  const FormField* field = first(name);
  if (!field) return std::nullopt;
  return field->value;
}

std::vector<std::string> Form::all(std::string_view name) const {
  std::vector<std::string> values;
  for (const FormField& field : fields_) {
    if (field.name == name) values.push_back(field.value);
  }
  return values;
}

bool Form::has(std::string_view name) const {
  return first(name) != nullptr;
}

}  // namespace tori::http
