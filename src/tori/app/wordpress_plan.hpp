// SPDX-License-Identifier: AGPL-3.0-or-later
// The WordPress import's plan: what a read export becomes (articles, pages, redirects) and what
// is skipped, before anything is written. Internal to `tori import wordpress`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tori/core/news.hpp"
#include "tori/core/redirect.hpp"
#include "tori/core/site_page.hpp"
#include "tori/store/upload_folder.hpp"
#include "tori/wordpress/html_clean.hpp"
#include "tori/wordpress/wxr.hpp"

namespace tori::app {

// A picture an article wants: where it was on the old site, and its texts.
struct WantedPicture {
  std::string url;  // as written in the post or the attachment
  std::string alt;
  std::string caption;
};

struct PlannedArticle {
  core::ArticleInput input;             // images empty until the pictures are read
  std::vector<WantedPicture> pictures;  // the featured image first
  std::string label;                    // "line 42: post 123"
};

struct WordpressPlan {
  std::vector<PlannedArticle> articles;
  std::vector<core::SitePageInput> pages;
  std::vector<core::RedirectInput> redirects;
  std::vector<std::string> skipped;  // "line 90: post 150 \"Luonnos\": a draft"
  std::vector<std::string> errors;   // "line 42: post 123: title: …"; not empty: nothing written
};

// Everything the export's posts and pages become; checks every rule the stores would.
[[nodiscard]] WordpressPlan plan_wordpress_import(const wordpress::WxrFile& file);

// What reading the pictures found: how many were taken, and a line for each that was not.
struct PictureReport {
  std::size_t imported = 0;
  std::vector<std::string> missing;  // "line 42: post 123: https://…/kuva.jpg: no such file"
};

// Reads each article's wanted pictures from `uploads` (nothing when not given: each is missing),
// re-encodes them with media::process_image and writes them to `folder`, filling
// input.images. A URL must be under …/wp-content/uploads/; its path must stay inside `uploads`.
void read_wordpress_pictures(std::vector<PlannedArticle>& articles,
                             const std::optional<std::filesystem::path>& uploads,
                             const store::UploadFolder& folder, PictureReport& report);

}  // namespace tori::app
