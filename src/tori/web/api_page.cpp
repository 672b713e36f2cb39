// SPDX-License-Identifier: AGPL-3.0-or-later
// The API's human page: operations and parameters read from the OpenAPI document, in a frame.
#include "tori/web/api_page.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/string.hpp>
#include <string_view>

#include "tori/web/api_openapi.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"

namespace tori::web {
namespace {

namespace json = boost::json;

// The member `key` of `value` when both are what they should be, else null.
const json::value* member(const json::value& value, std::string_view key) {
  const json::object* object = value.if_object();
  return object == nullptr ? nullptr : object->if_contains(key);
}

std::string string_member(const json::value& value, std::string_view key) {
  const json::value* found = member(value, key);
  if (found == nullptr || !found->is_string()) return {};
  return std::string(found->get_string());
}

// Follows a local "$ref" ("#/components/parameters/sort") once; the value itself otherwise.
const json::value& resolve(const json::value& document, const json::value& value) {
  const std::string ref = string_member(value, "$ref");
  if (!ref.starts_with("#/")) return value;
  const json::value* at = &document;
  std::string_view rest = std::string_view(ref).substr(2);
  while (at != nullptr && !rest.empty()) {
    const std::size_t slash = rest.find('/');
    at = member(*at, rest.substr(0, slash));
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  }
  return at == nullptr ? value : *at;
}

std::string scalar_text(const json::value& value) {
  return value.is_string() ? std::string(value.get_string()) : json::serialize(value);
}

// "newest | oldest | title; default newest", "YYYY-MM-DD", "repeatable; idea | pilot | …".
std::string values_of(const json::value& document, const json::value& schema_ref) {
  const json::value& schema = resolve(document, schema_ref);
  std::string text;
  auto add = [&text](std::string_view part) {
    if (!text.empty()) text += "; ";
    text += part;
  };
  if (string_member(schema, "type") == "array") {
    add("repeatable");
    if (const json::value* items = member(schema, "items")) {
      const std::string inner = values_of(document, *items);
      if (!inner.empty()) add(inner);
    }
  }
  if (const json::value* choices = member(schema, "enum"); choices && choices->is_array()) {
    std::string joined;
    for (const json::value& choice : choices->get_array())
      joined += (joined.empty() ? "" : " | ") + scalar_text(choice);
    add(joined);
  }
  if (string_member(schema, "format") == "date") add("YYYY-MM-DD");
  if (const json::value* minimum = member(schema, "minimum")) add("≥ " + scalar_text(*minimum));
  if (const json::value* fallback = member(schema, "default"))
    add("default " + scalar_text(*fallback));
  return text;
}

ApiParameter parameter_of(const json::value& document, const json::value& reference) {
  const json::value& parameter = resolve(document, reference);
  ApiParameter result{string_member(parameter, "name"), string_member(parameter, "in"),
                      string_member(parameter, "description"), "", false};
  if (const json::value* required = member(parameter, "required"); required && required->is_bool())
    result.required = required->get_bool();
  if (const json::value* schema = member(parameter, "schema"))
    result.values = values_of(document, *schema);
  return result;
}

// The first server URL ("/api/v1"), which the paths are relative to.
std::string server_prefix(const json::value& document) {
  const json::value* servers = member(document, "servers");
  if (servers == nullptr || !servers->is_array() || servers->get_array().empty()) return {};
  return string_member(servers->get_array().front(), "url");
}

}  // namespace

std::vector<ApiEndpoint> api_endpoints(const json::value& document) {
  std::vector<ApiEndpoint> endpoints;
  const json::value* paths = member(document, "paths");
  if (paths == nullptr || !paths->is_object()) return endpoints;
  const std::string prefix = server_prefix(document);
  for (const auto& [path, operations] : paths->get_object()) {
    if (!operations.is_object()) continue;
    for (const auto& [method, operation] : operations.get_object()) {
      ApiEndpoint endpoint{"", prefix + std::string(path), string_member(operation, "summary"), {}};
      for (const char c : std::string_view(method))
        endpoint.method += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      if (const json::value* list = member(operation, "parameters"); list && list->is_array()) {
        for (const json::value& reference : list->get_array())
          endpoint.parameters.push_back(parameter_of(document, reference));
      }
      endpoints.push_back(std::move(endpoint));
    }
  }
  return endpoints;
}

http::Response api_page(const http::Request&, const Services& services, text::Language language) {
  Page page(language, "api_docs");
  page.meta.title = services.catalogue.text(language, "apidoc.title");
  page.meta.description = services.catalogue.text(language, "apidoc.description");
  page.meta.path = "/rajapinta";
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("BASE", absolute_url(services.site, "/api/v1"));
  body.SetValue("EXAMPLE",
                absolute_url(services.site, "/api/v1/practices?theme=tyohyvinvointi&limit=2"));
  for (const ApiEndpoint& endpoint : api_endpoints(openapi_document())) {
    ctemplate::TemplateDictionary* row = body.AddSectionDictionary("ENDPOINT");
    row->SetValue("METHOD", endpoint.method);
    row->SetValue("PATH", endpoint.path);
    row->SetValue("SUMMARY", endpoint.summary);
    if (endpoint.parameters.empty())
      row->ShowSection("NO_PARAMETERS");
    else
      row->ShowSection("PARAMETERS");
    for (const ApiParameter& parameter : endpoint.parameters) {
      ctemplate::TemplateDictionary* cell = row->AddSectionDictionary("PARAMETER");
      cell->SetValue("NAME", parameter.name);
      cell->SetValue("IN", parameter.in);
      cell->SetValue("DESCRIPTION", parameter.description);
      cell->SetValue("VALUES", parameter.values);
      if (parameter.required) cell->ShowSection("REQUIRED");
    }
  }
  return render_page(services, page);
}

void add_api_page_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/rajapinta", api_page);
}

}  // namespace tori::web
