// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /media/{file}: a practice's uploaded image or PDF, a news article's picture or an episode's
// audio (in byte ranges). A published practice's files are public and cached for good (a name is
// never reused); a draft's only for those who may see its preview. PDFs download as attachments
// under a sandboxing policy.
#include <optional>
#include <string>

#include "tori/http/byte_range.hpp"
#include "tori/store/store.hpp"
#include "tori/store/upload_folder.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/submission/practice_media.hpp"
#include "tori/web/submission/submission_pages.hpp"

namespace tori::web {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Whether the visitor may see the files of an unpublished practice: as its preview.
bool may_preview(const http::Request& request, const Services& services,
                 const core::Practice& practice) {
  const Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) return false;
  return may_edit(services, *visitor.account, practice) ||
         services.store.submissions().author_of(practice.id) == visitor.account->id;
}

// `attachment; filename="raportti.pdf"; filename*=UTF-8''raportti.pdf` (RFC 6266): an ASCII
// fallback without quotes or controls, and the name itself %-encoded.
std::string content_disposition(std::string_view name) {
  std::string fallback;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    fallback += byte >= 0x20 && byte < 0x7F && c != '"' && c != '\\' ? c : '_';
  }
  if (fallback.empty()) fallback = "liite.pdf";
  return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" +
         text::url_encode_component(name.empty() ? std::string_view("liite.pdf") : name);
}

http::Response file_response(const store::MediaItem& item, std::string bytes, bool pdf,
                             bool published) {
  http::Response response;
  response.body = std::move(bytes);
  response.headers.set("Content-Type", pdf ? "application/pdf" : "image/webp");
  response.headers.set("Cache-Control",
                       published ? "public, max-age=31536000, immutable" : "private, no-store");
  // Nothing in the file may run or load anything with this site's rights.
  response.headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
  if (pdf) response.headers.set("Content-Disposition", content_disposition(item.original_name));
  return response;
}

// A news article's picture: public once the article is, cached for good (names are not reused);
// before that only for editors (the preview of a scheduled article and their news editor).
http::Response news_image(const http::Request& request, const Services& services,
                          const std::string& file) {
  const auto owner = services.store.news().image_owner(file);
  if (!owner) return error_page(services, request, 404);
  const bool published = owner->published_at <= store::utc_now();
  if (!published && !may_preview_scheduled(request, services))
    return error_page(services, request, 404);
  auto bytes = services.uploads->folder.read(file);
  if (!bytes) return error_page(services, request, 404);
  return file_response({}, std::move(*bytes), false, published);
}

// An episode's audio: public once the episode is, cached for good (names are not reused), and
// before that only for editors (uncached); in byte ranges for players that seek; the bytes are
// read from the file as they are sent (a FileBody), never held whole; nothing when no episode
// names the file.
std::optional<http::Response> episode_audio(const http::Request& request, const Services& services,
                                            const std::string& file) {
  const auto owner = services.store.episodes().audio_owner(file);
  if (!owner) return std::nullopt;
  const bool published = owner->published_at <= store::utc_now();
  if (!published && !may_preview_scheduled(request, services))
    return error_page(services, request, 404);
  const store::UploadFolder& folder = services.uploads->folder;
  const auto size = folder.size(file);
  if (!size) return error_page(services, request, 404);
  http::Response response;
  response.headers.set("Content-Type", owner->type);
  response.headers.set("Cache-Control",
                       published ? "public, max-age=31536000, immutable" : "private, no-store");
  response.headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
  const http::RangeRequest asked = http::asked_range(request, response, *size);
  if (asked.kind != http::RangeKind::kUnsatisfiable) {
    const bool part = asked.kind == http::RangeKind::kPart;
    response.file =
        http::FileBody{.path = (folder.path() / file).string(),
                       .offset = part ? asked.range.first : 0,
                       .length = part ? asked.range.last - asked.range.first + 1 : *size};
  }
  http::mark_range(response, asked, *size);
  return response;
}

http::Response media_file(const http::Request& request, const Services& services) {
  const std::string file(request.param("file"));
  if (services.uploads == nullptr || !store::UploadFolder::valid_name(file))
    return error_page(services, request, 404);
  const auto item = services.store.media().find_file(file);
  if (!item) {
    if (auto audio = episode_audio(request, services, file)) return std::move(*audio);
    return news_image(request, services, file);
  }
  const auto practice = services.store.practices().find_by_id(item->practice_id);
  if (!practice) return error_page(services, request, 404);
  const bool published = practice->state == core::PracticeState::kPublished;
  if (!published && !may_preview(request, services, *practice))
    return error_page(services, request, 404);
  auto bytes = services.uploads->folder.read(file);
  if (!bytes) return error_page(services, request, 404);
  return file_response(*item, std::move(*bytes), ends_with(file, ".pdf"), published);
}

}  // namespace

void add_media_route(http::Router& router, const Services& services) {
  router.add("GET", "/media/{file}",
             [&services](http::Request& request) { return media_file(request, services); });
}

}  // namespace tori::web
