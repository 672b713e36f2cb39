// SPDX-License-Identifier: AGPL-3.0-or-later
// validate_site_page: the rules an editable page keeps before it is stored.
#include "tori/core/site_page.hpp"

#include <algorithm>

#include "tori/core/field_checker.hpp"
#include "tori/text/slug.hpp"

namespace tori::core {
namespace {

std::size_t site_page_index(text::Language language) {
  return static_cast<std::size_t>(
      std::find(kSitePageLanguages.begin(), kSitePageLanguages.end(), language) -
      kSitePageLanguages.begin());
}

void check_site_page_slug(FieldChecker& check, const std::string& slug,
                          std::span<const std::string_view> reserved) {
  if (slug.size() < 2 || slug.size() > kMaxSitePageSlugLength || !text::is_valid_slug(slug)) {
    check.add("slug", "slug must be 2–" + std::to_string(kMaxSitePageSlugLength) +
                          " of a–z, 0–9 and single -, not starting or ending with -");
    return;
  }
  const bool taken = std::find(reserved.begin(), reserved.end(), slug) != reserved.end();
  if (taken && !is_replaceable_page_slug(slug)) {
    check.add("slug", "slug " + slug + " is an address of the site's own");
  }
}

void check_site_page_version(FieldChecker& check, const SitePageVersion& version,
                             std::string_view code, bool required) {
  const std::string prefix(code);
  const bool title_ok = check.text(prefix + ".title", version.title,
                                   {required, kMaxSitePageTitleLength, Lines::kOne});
  const bool body_ok =
      check.text(prefix + ".body", version.body, {required, kMaxSitePageBodyLength, Lines::kMany});
  if (required) return;
  if (title_ok && body_ok && version.title.empty() != version.body.empty()) {
    if (version.title.empty()) {
      check.add(prefix + ".title", prefix + ".title is required when " + prefix + ".body is given");
    } else {
      check.add(prefix + ".body", prefix + ".body is required when " + prefix + ".title is given");
    }
  }
}

}  // namespace

const SitePageVersion& SitePageInput::version(text::Language language) const {
  return versions[site_page_index(language)];
}

SitePageVersion& SitePageInput::version(text::Language language) {
  return versions[site_page_index(language)];
}

bool is_replaceable_page_slug(std::string_view slug) {
  return slug == "tietoa";
}

std::vector<FieldError> validate_site_page(const SitePageInput& input,
                                           std::span<const std::string_view> reserved) {
  FieldChecker check;
  check_site_page_slug(check, input.slug, reserved);
  for (const text::Language language : kSitePageLanguages) {
    check_site_page_version(check, input.version(language), text::language_code(language),
                            language == text::Language::kFi);
  }
  if (input.nav_position &&
      (*input.nav_position < 1 || *input.nav_position > kMaxSitePageNavPosition)) {
    check.add("nav_position", "nav_position must be 1–" + std::to_string(kMaxSitePageNavPosition));
  }
  return check.take();
}

}  // namespace tori::core
