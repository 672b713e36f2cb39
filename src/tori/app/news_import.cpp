// SPDX-License-Identifier: AGPL-3.0-or-later
// News in as JSON Lines, with the demo's pictures drawn from their descriptions.
#include "tori/app/news_import.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>

#include "tori/app/data_folder.hpp"
#include "tori/app/import_lines.hpp"
#include "tori/core/news_jsonl.hpp"
#include "tori/demo/picture.hpp"
#include "tori/media/image.hpp"
#include "tori/text/fingerprint.hpp"

namespace tori::app {
namespace {

// A file name for picture bytes: "n" and 16 hex digits of their FNV-1a hash, so the same picture
// gets the same name (the demo may run again) and a name is never reused for other bytes.
std::string picture_name(std::string_view bytes, std::string_view suffix) {
  return "n" + text::fingerprint_hex(bytes) + std::string(suffix) + ".webp";
}

// Draws, re-encodes and writes each described picture that has no file.
void draw_missing_pictures(core::ArticleInput& input, const store::UploadFolder& folder) {
  for (core::ArticleImage& image : input.images) {
    if (!image.file.empty()) continue;
    const auto processed = media::process_image(demo::draw_picture(image.description));
    if (!processed.image) throw std::runtime_error("a drawn picture was refused");
    image.file = picture_name(processed.image->display, "");
    image.thumbnail = picture_name(processed.image->display, "-t");
    image.width = processed.image->width;
    image.height = processed.image->height;
    folder.write(image.file, processed.image->display);
    folder.write(image.thumbnail, processed.image->thumbnail);
  }
}

void save_article(core::ArticleInput& input, const std::string& label, store::NewsStore& news,
                  const store::UploadFolder* pictures, store::UtcTime now, ImportReport& report) {
  if (const auto errors = core::validate_article_input(input); !errors.empty()) {
    report.errors.push_back(label + ": " + errors.front().field + ": " + errors.front().message);
    return;
  }
  if (pictures != nullptr) draw_missing_pictures(input, *pictures);
  const store::ArticleSaved saved = news.save(input, now);
  if (count_saved(report, saved.outcome)) return;
  report.errors.push_back(label + (saved.outcome == store::ArticleSaveOutcome::kUnknownEvent
                                       ? ": no event has external_id '" + saved.unknown + "'"
                                       : ": no practice has the slug '" + saved.unknown + "'"));
}

}  // namespace

ImportReport import_news(std::istream& in, store::NewsStore& news,
                         const store::UploadFolder* pictures, store::UtcTime now) {
  ImportReport report;
  for_each_import_line<core::ArticleInput>(
      in, report, &core::parse_news_line,
      [&](const std::string& label, core::ArticleInput&& input) {
        save_article(input, label, news, pictures, now, report);
      });
  return report;
}

int run_import_news(const CommandContext& context, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "tori: cannot read " << file << "\n";
    return kExitFailed;
  }
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  return print_import_report(import_news(in, store->news(), nullptr, store::utc_now()), "");
}

int load_demo_news(const CommandContext& context, store::Store& store, bool if_empty) {
  if (if_empty && !store.news().all().empty()) {
    std::cout << "demo: the database has news already; no news added\n";
    return kExitOk;
  }
  const auto path = context.assets / "demo" / "news.jsonl";
  auto in = open_demo_file(path);
  if (!in) return kExitFailed;
  media::initialise_images("tori");
  const store::UploadFolder pictures{context.config.data / "uploads"};
  ImportReport report = import_news(*in, store.news(), &pictures, store::utc_now());
  demo::release_picture_fonts();
  for (auto& error : report.errors)
    error = path.string() + ": " + error;
  return print_import_report(report, "news: ");
}

}  // namespace tori::app
