// SPDX-License-Identifier: AGPL-3.0-or-later
// gzip compression (zlib) for text responses, and the Accept-Encoding test that allows it.
#pragma once

#include <string>
#include <string_view>

namespace tori::http {

// The gzip member of `data` at the best compression level.
[[nodiscard]] std::string gzip_compress(std::string_view data);

// Whether an Accept-Encoding value admits gzip (present and not "gzip;q=0").
[[nodiscard]] bool accepts_gzip(std::string_view accept_encoding);

}  // namespace tori::http
