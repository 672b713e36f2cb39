// SPDX-License-Identifier: AGPL-3.0-or-later
// Redirects on the site: the not-found answer (301 or the counted 404 page) and what the
// editors' pages share.
#include "tori/web/redirects/redirect_support.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>

#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/redirects/redirect_pages.hpp"

namespace tori::web {
namespace {

constexpr std::array<std::string_view, 4> kRedirectNotices = {"saved", "deleted", "imported",
                                                              "dismissed"};

std::string encode_non_ascii(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || byte <= 0x20) {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::string> redirect_target_for(const Services& services,
                                               const http::Request& request) {
  store::RedirectStore& redirects = services.store.redirects();
  if (auto target = redirects.find(core::redirect_key(request.path, request.query))) return target;
  if (!request.query.empty()) return redirects.find(request.path);
  return std::nullopt;
}

}  // namespace

std::string redirect_url_path(std::string_view normalised) {
  if (!core::is_local_target(normalised)) return encode_non_ascii(normalised);
  const std::size_t question = normalised.find('?');
  const std::string_view path = normalised.substr(0, question);
  std::string out;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    out += "/" + text::url_encode_component(path.substr(start, slash - start));
    start = slash + 1;
  }
  if (out.empty()) out = "/";
  if (question != std::string_view::npos) out += normalised.substr(question);
  return out;
}

std::optional<http::Response> redirect_response(const Services& services,
                                                const http::Request& request) {
  if (request.method != "GET" && request.method != "HEAD") return std::nullopt;
  const std::optional<std::string> target = redirect_target_for(services, request);
  if (!target) return std::nullopt;
  const std::string url = redirect_url_path(*target);
  http::Response response = http::Response::redirect(
      core::is_local_target(*target) ? absolute_url(services.site, url) : url, 301);
  response.headers.set("Cache-Control", "public, max-age=3600");
  return response;
}

http::Response not_found_response(const Services& services, const http::Request& request,
                                  store::NotFoundLimits limits) {
  if (request.method == "GET" || request.method == "HEAD") {
    if (auto moved = redirect_response(services, request)) return std::move(*moved);
    services.store.redirects().count_not_found(core::redirect_key(request.path, request.query),
                                               store::utc_now(), limits);
  }
  return error_page(services, request, 404);
}

std::string_view redirect_field_name(core::RedirectField field) {
  switch (field) {
    case core::RedirectField::kOldPath:
      return "old_path";
    case core::RedirectField::kTarget:
      return "target";
    case core::RedirectField::kNote:
      return "note";
  }
  return "old_path";
}

std::string redirect_error_text(const Services& services, text::Language language,
                                const core::RedirectError& error) {
  return services.catalogue.text(
      language, "redirects.error." + std::string{redirect_field_name(error.field)} + "." +
                    std::string{core::redirect_problem_name(error.problem)});
}

std::string format_redirect_time(store::UtcTime time, text::Language language) {
  return text::format_date_time(std::chrono::floor<std::chrono::seconds>(time), language);
}

std::string redirect_notice_path(std::string_view path, std::string_view notice) {
  return std::string{path} + "?ilmoitus=" + std::string{notice};
}

void fill_redirect_notice(ctemplate::TemplateDictionary& body, const http::Request& request,
                          const Services& services, text::Language language) {
  const std::optional<std::string> notice = request.query_param("ilmoitus");
  if (!notice || std::find(kRedirectNotices.begin(), kRedirectNotices.end(), *notice) ==
                     kRedirectNotices.end()) {
    return;
  }
  body.SetValueAndShowSection(
      "TEXT", services.catalogue.text(language, "redirects.notice." + *notice), "NOTICE");
}

}  // namespace tori::web
