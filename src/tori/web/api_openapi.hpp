// SPDX-License-Identifier: AGPL-3.0-or-later
// The OpenAPI 3.1 document that describes /api/v1 (served at /api/v1/openapi.json).
#pragma once

#include <boost/json/value.hpp>

namespace tori::web {

// The document, parsed once from the text in api_openapi.cpp (which a test keeps valid JSON).
[[nodiscard]] const boost::json::value& openapi_document();

}  // namespace tori::web
