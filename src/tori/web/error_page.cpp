// SPDX-License-Identifier: AGPL-3.0-or-later
// The friendly, localised error page for 4xx and 5xx responses.
#include "tori/web/error_page.hpp"

#include "tori/web/api_response.hpp"

#include <array>
#include <exception>
#include <string>
#include <string_view>

#include <spdlog/spdlog.h>

#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"

namespace tori::web {
namespace {

// Statuses with a text of their own: catalogue keys "error.<status>.title" / ".text".
constexpr std::array<int, 8> kExplained = {
    400,  // the request was malformed
    404,  // no such page
    405,  // the method is not allowed here (e.g. POST to a page)
    408,  // the request took too long to arrive
    413,  // the body (an upload) is too large
    431,  // the headers (often cookies) are too large
    500,  // our fault
    503,  // down for maintenance or overloaded
};

// The catalogue key prefix for `status`: its own, or the general one of its class.
std::string message_prefix(int status) {
  for (int explained : kExplained) {
    if (explained == status) return "error." + std::to_string(status);
  }
  return status >= 500 ? "error.5xx" : "error.4xx";
}

// Used only when the templates themselves fail: plain, static and in Finnish, Swedish and English.
http::Response built_in_page(int status) {
  return http::Response::html(
      status,
      "<!doctype html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>Virhe – Tekojen "
      "tori</title></head><body><main><h1>Virhe " +
          std::to_string(status) +
          "</h1><p>Palvelussa tapahtui virhe. Yritä myöhemmin uudelleen.</p><p lang=\"sv\">Ett "
          "fel inträffade. Försök igen senare.</p><p lang=\"en\">An error occurred. Please try "
          "again later.</p><p><a href=\"/\">Tekojen tori</a></p></main></body></html>");
}

}  // namespace

http::Response error_page(const Services& services, Language language, int status) {
  try {
    Page page(language, "error");
    const std::string prefix = message_prefix(status);
    const text::Catalogue& catalogue = services.catalogue;
    page.meta.title = catalogue.text(language, prefix + ".title");
    page.meta.description = catalogue.text(language, prefix + ".title");
    page.meta.indexable = false;
    page.body().SetValue("HEADING", page.meta.title);
    page.body().SetValue("TEXT", catalogue.text(language, prefix + ".text"));
    page.body().SetValue(
        "CODE", catalogue.format(language, "error.code", {{"status", std::to_string(status)}}));
    if (status >= 500) page.body().ShowSection("SERVER_ERROR");
    return render_page(services, page, status);
  } catch (const std::exception& error) {
    spdlog::error("error page {} could not be rendered: {}", status, error.what());
    return built_in_page(status);
  }
}

http::Response error_page(const Services& services, const http::Request& request, int status) {
  // Under /api/ every answer is JSON (DESIGN.md §8), also those the server decides itself.
  if (request.path == "/api" || request.path.starts_with("/api/")) {
    http::Response response = api_error_response(api_error_for_status(status));
    response.status = status;
    return response;
  }
  return error_page(services, language_of_path(request.path), status);
}

}  // namespace tori::web
