// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori import wordpress`: the plan checked, then pictures, redirects, pages and articles
// written, the import audited and summed up.
#include "tori/app/wordpress_import.hpp"

#include <fstream>
#include <iostream>
#include <iterator>

#include "tori/app/data_folder.hpp"
#include "tori/app/import_lines.hpp"  // count_saved
#include "tori/app/wordpress_plan.hpp"

namespace tori::app {
namespace wxr_import {

bool save_redirects(const WordpressPlan& plan, store::Store& store, store::UtcTime now,
                    WordpressReport& report) {
  const store::RedirectImportOutcome imported =
      store.redirects().import(plan.redirects, std::nullopt, now);
  for (const store::RedirectImportError& error : imported.errors) {
    const core::RedirectInput& rule = plan.redirects[error.index - 1];
    report.errors.push_back(rule.note + ": old address " + rule.old_path + ": " +
                            std::string(core::redirect_problem_text(error.error.problem)));
  }
  report.redirects_created = imported.created;
  report.redirects_updated = imported.replaced;
  return imported.errors.empty();
}

void save_content(const WordpressPlan& plan, store::Store& store, store::UtcTime now,
                  WordpressReport& report) {
  for (const core::SitePageInput& page : plan.pages)
    (void)count_saved(report.pages, store.pages().save(page, std::nullopt, now).outcome);
  for (const PlannedArticle& article : plan.articles) {
    const store::ArticleSaved saved = store.news().save(article.input, now);
    if (!count_saved(report.posts, saved.outcome))
      report.errors.push_back(article.label + ": refused by the store");
  }
}

void audit_import(store::Store& store, const WordpressReport& report, store::UtcTime now) {
  const auto count = [](const ImportReport& part) {
    return "{\"created\":" + std::to_string(part.created) +
           ",\"updated\":" + std::to_string(part.updated) +
           ",\"unchanged\":" + std::to_string(part.unchanged) + "}";
  };
  store.audit_log().record(
      {.actor = "tori import wordpress",
       .action = "wordpress.import",
       .object_type = "news",
       .detail = "{\"posts\":" + count(report.posts) + ",\"pages\":" + count(report.pages) +
                 ",\"images\":" + std::to_string(report.images) +
                 ",\"images_missing\":" + std::to_string(report.missing_images.size()) +
                 ",\"redirects_created\":" + std::to_string(report.redirects_created) +
                 ",\"redirects_updated\":" + std::to_string(report.redirects_updated) +
                 ",\"skipped\":" + std::to_string(report.skipped.size()) + "}"},
      now);
}

}  // namespace wxr_import

WordpressReport import_wordpress(std::string_view bytes, store::Store& store,
                                 const std::optional<std::filesystem::path>& uploads,
                                 const store::UploadFolder& folder, store::UtcTime now) {
  WordpressReport report;
  auto read = wordpress::read_wxr(bytes);
  if (const auto* error = std::get_if<wordpress::WxrError>(&read)) {
    report.errors.push_back("line " + std::to_string(error->line) + ": " + error->message);
    return report;
  }
  WordpressPlan plan = plan_wordpress_import(std::get<wordpress::WxrFile>(read));
  report.skipped = std::move(plan.skipped);
  report.errors = std::move(plan.errors);
  if (!report.ok()) return report;
  PictureReport pictures;
  read_wordpress_pictures(plan.articles, uploads, folder, pictures);
  report.images = pictures.imported;
  report.missing_images = std::move(pictures.missing);
  if (!wxr_import::save_redirects(plan, store, now, report)) return report;
  wxr_import::save_content(plan, store, now, report);
  wxr_import::audit_import(store, report, now);
  return report;
}

namespace wxr_import {

std::string saved_counts(const ImportReport& part) {
  return std::to_string(part.created) + " created, " + std::to_string(part.updated) + " updated, " +
         std::to_string(part.unchanged) + " unchanged";
}

int print_wordpress_report(const WordpressReport& report, const std::string& file) {
  for (const std::string& line : report.skipped)
    std::cout << "skipped: " << line << "\n";
  for (const std::string& line : report.missing_images)
    std::cout << "picture left out: " << line << "\n";
  for (const std::string& error : report.errors)
    std::cerr << "tori: " << file << ": " << error << "\n";
  if (!report.ok()) {
    std::cerr << "tori: nothing was imported\n";
    return kExitFailed;
  }
  std::cout << "posts: " << saved_counts(report.posts) << "\n"
            << "pages: " << saved_counts(report.pages) << "\n"
            << "pictures: " << report.images << " imported, " << report.missing_images.size()
            << " left out\n"
            << "redirects: " << report.redirects_created << " created, " << report.redirects_updated
            << " updated\n"
            << "skipped: " << report.skipped.size() << "\n";
  return kExitOk;
}

}  // namespace wxr_import

int run_import_wordpress(const CommandContext& context, const std::string& file,
                         const std::string& uploads) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "tori: cannot read " << file << "\n";
    return kExitFailed;
  }
  std::error_code size_error;
  if (std::filesystem::file_size(file, size_error) > wordpress::kMaxWxrBytes && !size_error) {
    std::cerr << "tori: " << file << " is larger than " << (wordpress::kMaxWxrBytes >> 20)
              << " MiB\n";
    return kExitFailed;
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!uploads.empty() && !std::filesystem::is_directory(uploads)) {
    std::cerr << "tori: --uploads " << uploads << " is not a folder\n";
    return kExitFailed;
  }
  auto store = open_data_folder(context);
  if (!store) return kExitFailed;
  const store::UploadFolder folder{context.config.data / "uploads"};
  std::optional<std::filesystem::path> uploads_folder;
  if (!uploads.empty()) uploads_folder = uploads;
  const WordpressReport report =
      import_wordpress(bytes, *store, uploads_folder, folder, store::utc_now());
  return wxr_import::print_wordpress_report(report, file);
}

}  // namespace tori::app
