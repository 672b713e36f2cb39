// SPDX-License-Identifier: AGPL-3.0-or-later
// script_safe_json: serialise, then escape what could end or confuse a <script> element.
#include "tori/web/json_ld.hpp"

namespace tori::web {

std::string script_safe_json(const boost::json::value& value) {
  const std::string json = boost::json::serialize(value);
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '\\' && i + 1 < json.size()) {  // an escape pair stays one, \" becomes \u0022
      out += json[i + 1] == '"' ? std::string("\\u0022") : json.substr(i, 2);
      ++i;
    } else if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '@') {
      out += "\\u0040";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace tori::web
