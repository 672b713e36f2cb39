// SPDX-License-Identifier: AGPL-3.0-or-later
// `tori import wordpress FILE.xml [--uploads DIR]`: the old site's WordPress export (WXR) in as
// news articles, editable pages, pictures and redirects from the old addresses.
//
//   WordpressReport report = import_wordpress(bytes, store, uploads, folder, utc_now());
//   if (!report.ok()) … report.errors   // "line 42: post 123: title: …"; nothing was written
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/app/command.hpp"
#include "tori/app/practice_import.hpp"  // ImportReport
#include "tori/store/store.hpp"
#include "tori/store/upload_folder.hpp"

namespace tori::app {

struct WordpressReport {
  ImportReport posts;  // created, updated, unchanged
  ImportReport pages;
  std::size_t images = 0;
  std::size_t redirects_created = 0, redirects_updated = 0;
  std::vector<std::string> skipped;         // drafts, other types, pages whose key is taken
  std::vector<std::string> missing_images;  // a line per picture left out
  std::vector<std::string> errors;          // not empty: nothing was imported
  [[nodiscard]] bool ok() const { return errors.empty(); }
};

// Reads the export and checks everything first (an unreadable file, a post that breaks a rule
// or a refused redirect: errors and nothing written); then writes the pictures (from `uploads`,
// re-encoded, to `folder`), the redirects (one transaction), the pages and the articles (saved
// by slug: a second run changes nothing) and an audit entry. Published and scheduled posts
// and pages are imported; drafts, pending, private and other types are skipped. Throws only
// when the store or the folder fails.
[[nodiscard]] WordpressReport import_wordpress(std::string_view bytes, store::Store& store,
                                               const std::optional<std::filesystem::path>& uploads,
                                               const store::UploadFolder& folder,
                                               store::UtcTime now);

// `tori import wordpress FILE [--uploads DIR]`: the summary on stdout, errors on stderr.
[[nodiscard]] int run_import_wordpress(const CommandContext& context, const std::string& file,
                                       const std::string& uploads);

}  // namespace tori::app
