// SPDX-License-Identifier: AGPL-3.0-or-later
// JSON for <script type="application/ld+json"> (schema.org data of practice and event pages).
#pragma once

#include <string>

#include <boost/json.hpp>

namespace tori::web {

// JSON text safe inside <script>: '<', '>', '&' and a quote inside a string become \u escapes,
// so neither "</script>" nor "<!--" nor anything that looks like an attribute can appear; '@'
// too ("\u0040context" is "@context" to any JSON parser), so the page shows no '@' (DESIGN §7).
[[nodiscard]] std::string script_safe_json(const boost::json::value& value);

}  // namespace tori::web
