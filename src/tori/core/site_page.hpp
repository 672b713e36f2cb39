// SPDX-License-Identifier: AGPL-3.0-or-later
// An editable page of the site ("Tietoa", "Yhteystiedot", …): its key, a title and a Markdown
// body per language (Finnish required, Swedish and English optional), and its place in the main
// navigation; the rules it keeps before it is stored.
//
//   SitePageInput page{.slug = "yhteystiedot", .nav_position = 2};
//   page.versions[0] = {"Yhteystiedot", "## Ohjelmatoimisto\n\n…"};  // Finnish
//   if (auto errors = validate_site_page(page, store::reserved_slugs()); !errors.empty()) …
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/practice_input.hpp"  // FieldError
#include "tori/text/i18n.hpp"

namespace tori::core {

// One language's version of a page. A version with an empty title does not exist.
struct SitePageVersion {
  std::string title;  // one line
  std::string body;   // Markdown
  bool operator==(const SitePageVersion&) const = default;
  [[nodiscard]] bool exists() const { return !title.empty(); }
};

// The languages of a page's versions, in the order of SitePageInput::versions.
inline constexpr std::array<text::Language, 3> kSitePageLanguages = {
    text::Language::kFi, text::Language::kSv, text::Language::kEn};

struct SitePageInput {
  // The key: the page's address after the language prefix ("tietoa": /tietoa, /sv/tietoa).
  std::string slug;
  std::array<SitePageVersion, 3> versions{};  // fi, sv, en (kSitePageLanguages)
  // Its place in the main navigation (1 first); none: not in the navigation.
  std::optional<int> nav_position{};
  bool operator==(const SitePageInput&) const = default;

  [[nodiscard]] const SitePageVersion& version(text::Language language) const;
  [[nodiscard]] SitePageVersion& version(text::Language language);
};

// Limits of validate_site_page.
inline constexpr std::size_t kMaxSitePageSlugLength = 60;
inline constexpr std::size_t kMaxSitePageTitleLength = 150;
inline constexpr std::size_t kMaxSitePageBodyLength = 60000;
inline constexpr int kMaxSitePageNavPosition = 99;

// The fixed pages an editable page may replace although their words are reserved: "tietoa"
// (the fixed about page stays as the fallback while no such page exists).
[[nodiscard]] bool is_replaceable_page_slug(std::string_view slug);

// Every rule the page breaks (empty: none). Fields: "slug" (a–z, 0–9 and -, 2–60 characters,
// not one of `reserved` unless is_replaceable_page_slug), "fi.title" and "fi.body" (required),
// "sv.title", "sv.body", "en.title", "en.body" (a version has both or neither), "nav_position"
// (1–99). Messages are English, for logs and importers; the web maps fields to its own texts.
[[nodiscard]] std::vector<FieldError> validate_site_page(
    const SitePageInput& input, std::span<const std::string_view> reserved);

}  // namespace tori::core
