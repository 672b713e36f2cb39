// SPDX-License-Identifier: AGPL-3.0-or-later
// read_wordpress_pictures: the old site's uploads read from a folder (never outside it),
// re-encoded like uploads and attached to the articles; each picture not found is reported.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <system_error>

#include "tori/app/wordpress_plan.hpp"
#include "tori/media/image.hpp"
#include "tori/text/fingerprint.hpp"

namespace tori::app {
namespace wxr_pictures {

namespace fs = std::filesystem;

constexpr std::string_view kUploadsPart = "/wp-content/uploads/";

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "https://vanha.fi/wp-content/uploads/2019/05/k%C3%A4.jpg?x" → "2019/05/kä.jpg"; "" when the
// URL is not under the uploads or its path has "..", a backslash, a NUL or an empty segment.
std::string uploads_relative(std::string_view url) {
  const auto at = url.find(kUploadsPart);
  if (at == std::string_view::npos) return {};
  std::string_view rest = url.substr(at + kUploadsPart.size());
  rest = rest.substr(0, rest.find_first_of("?#"));
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex_digit(rest[i + 1]) >= 0 &&
        hex_digit(rest[i + 2]) >= 0) {
      path += static_cast<char>(hex_digit(rest[i + 1]) * 16 + hex_digit(rest[i + 2]));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  if (path.empty() || path.front() == '/' || path.back() == '/') return {};
  if (path.find('\\') != std::string::npos || path.find('\0') != std::string::npos) return {};
  for (const auto& part : fs::path(path)) {
    if (part == ".." || part == "." || part.empty()) return {};
  }
  return path;
}

// "2019/05/jarvi-300x200.png" → "2019/05/jarvi.png" (WordPress's resized copies); else "".
std::string original_of_resized(const std::string& path) {
  const auto dot = path.rfind('.');
  const auto dash = path.rfind('-', dot);
  if (dot == std::string::npos || dash == std::string::npos || dash < path.rfind('/') + 1)
    return {};
  const std::string size = path.substr(dash + 1, dot - dash - 1);
  const auto x = size.find('x');
  if (x == std::string::npos || x == 0 || x + 1 == size.size()) return {};
  if (size.find_first_not_of("0123456789x") != std::string::npos) return {};
  return path.substr(0, dash) + path.substr(dot);
}

// The file under `root` for `relative`, only when it is a regular file inside it (links
// followed, then checked).
std::optional<fs::path> inside(const fs::path& root, const std::string& relative) {
  std::error_code error;
  const fs::path base = fs::canonical(root, error);
  if (error) return std::nullopt;
  const fs::path file = fs::canonical(base / relative, error);
  if (error || !fs::is_regular_file(file, error)) return std::nullopt;
  const auto [end, rest] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  if (end != base.end()) return std::nullopt;
  return file;
}

std::string picture_file_name(std::string_view bytes, std::string_view suffix) {
  return "w" + text::fingerprint_hex(bytes) + std::string(suffix) + ".webp";
}

std::string read_limited(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string bytes;
  const std::size_t limit = media::ImageLimits{}.max_bytes + 1;
  bytes.resize(limit);
  in.read(bytes.data(), static_cast<std::streamsize>(limit));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

struct Found {
  std::string relative;
  std::optional<fs::path> file;
};

Found find_picture(const fs::path& uploads, const std::string& url) {
  Found found{uploads_relative(url), std::nullopt};
  if (found.relative.empty()) return found;
  if (const std::string original = original_of_resized(found.relative); !original.empty()) {
    if (auto file = inside(uploads, original)) return {original, file};
  }
  found.file = inside(uploads, found.relative);
  return found;
}

}  // namespace wxr_pictures

namespace wxr_pictures {

// At most `limit` code points of `text`.
std::string cut_code_points(const std::string& text, std::size_t limit) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points++ == limit) return text.substr(0, i);
  }
  return text;
}

struct ArticlePictures {
  const std::optional<fs::path>& uploads;
  const store::UploadFolder& folder;
  PictureReport& report;

  // The reason a wanted picture is not attached, or "" when it is.
  std::string attach(const WantedPicture& wanted, core::ArticleInput& input,
                     std::vector<std::string>& seen) {
    if (!uploads) return "no --uploads folder was given";
    const Found found = find_picture(*uploads, wanted.url);
    if (found.relative.empty()) return "not a file under /wp-content/uploads/";
    if (!found.file) return "no such file in the uploads folder";
    const auto earlier = std::find(seen.begin(), seen.end(), found.relative);
    if (earlier != seen.end()) {  // the featured image again in the body: keep its caption
      core::ArticleImage& image = input.images[static_cast<std::size_t>(earlier - seen.begin())];
      if (image.caption.empty()) image.caption = cut_code_points(wanted.caption, 500);
      return {};
    }
    if (input.images.size() == core::kMaxArticleImages) return "more pictures than an article has";
    const std::string bytes = read_limited(*found.file);
    const media::ImageResult result = media::process_image(bytes);
    if (!result.image) return "refused: " + std::string(media::refusal_code(result.refusal));
    core::ArticleImage image;
    image.file = picture_file_name(bytes, "");
    image.thumbnail = picture_file_name(bytes, "-t");
    image.width = result.image->width;
    image.height = result.image->height;
    image.alt = cut_code_points(wanted.alt, core::kMaxImageTextLength);
    image.caption = cut_code_points(wanted.caption, core::kMaxImageTextLength);
    folder.write(image.file, result.image->display);
    folder.write(image.thumbnail, result.image->thumbnail);
    input.images.push_back(std::move(image));
    seen.push_back(found.relative);
    ++report.imported;
    return {};
  }

  void read(PlannedArticle& article) {
    std::vector<std::string> seen;
    for (const WantedPicture& wanted : article.pictures) {
      const std::string reason = attach(wanted, article.input, seen);
      if (!reason.empty())
        report.missing.push_back(article.label + ": " + wanted.url + ": " + reason);
    }
  }
};

}  // namespace wxr_pictures

void read_wordpress_pictures(std::vector<PlannedArticle>& articles,
                             const std::optional<std::filesystem::path>& uploads,
                             const store::UploadFolder& folder, PictureReport& report) {
  if (uploads) media::initialise_images("tori");
  wxr_pictures::ArticlePictures pictures{uploads, folder, report};
  for (PlannedArticle& article : articles)
    pictures.read(article);
}

}  // namespace tori::app
