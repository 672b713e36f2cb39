// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests only: the fields a browser would send for a form on a page, for posting a form as shown
// (the editors' event and campaign forms' tests).
//
//   Fields fields = test_support::form_fields("event-form", page.body);
//   fields = test_support::with_field(fields, "title", "Uusi nimi");
#pragma once

#include <regex>
#include <string>
#include <string_view>
#include <utility>

#include "tori/web/account/test_browser.hpp"

namespace tori::web::test_support {

// `text` with the template's HTML escapes undone.
inline std::string unescape_html(std::string text) {
  for (const auto& [from, to] :
       {std::pair{"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + 1))
      text.replace(at, std::string_view{from}.size(), to);
  }
  return text;
}

// The value of attribute `name` in the text of a tag; "" when absent.
inline std::string html_attribute(const std::string& tag, const std::string& name) {
  std::smatch match;
  return std::regex_search(tag, match, std::regex("\\s" + name + "=\"([^\"]*)\""))
             ? unescape_html(match[1])
             : "";
}

// The fields a browser would send for the form with id `form_id` on the page: inputs
// (checkboxes when checked), textareas and the selected options; no buttons.
inline Fields form_fields(const std::string& form_id, const std::string& html) {
  const auto start = html.find("<form id=\"" + form_id + "\"");
  const std::string form = html.substr(start, html.find("</form>", start) - start);
  Fields fields;
  const std::regex control(
      "<input([^>]*)>|<textarea([^>]*)>([^<]*)</textarea>|<select([^>]*)>([\\s\\S]*?)</select>");
  for (auto it = std::sregex_iterator(form.begin(), form.end(), control);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    if (m[1].matched) {
      const std::string tag = m[1];
      if (html_attribute(tag, "type") == "checkbox" && tag.find(" checked") == std::string::npos)
        continue;
      fields.emplace_back(html_attribute(tag, "name"), html_attribute(tag, "value"));
    } else if (m[2].matched) {
      fields.emplace_back(html_attribute(m[2], "name"), unescape_html(m[3]));
    } else {
      std::smatch chosen;
      const std::string options = m[5];
      if (std::regex_search(options, chosen, std::regex("<option value=\"([^\"]*)\" selected")))
        fields.emplace_back(html_attribute(m[4], "name"), chosen[1]);
    }
  }
  return fields;
}

// `fields` with `name` set to `value` (added when absent).
inline Fields with_field(Fields fields, const std::string& name, const std::string& value) {
  for (auto& [key, old] : fields) {
    if (key == name) {
      old = value;
      return fields;
    }
  }
  fields.emplace_back(name, value);
  return fields;
}

}  // namespace tori::web::test_support
