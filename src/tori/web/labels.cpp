// SPDX-License-Identifier: AGPL-3.0-or-later
// Names of places and vocabulary terms in the page's language (catalogue first, store's label
// last).
#include "tori/web/labels.hpp"

#include "tori/core/finland.hpp"

namespace tori::web {
namespace {

// The catalogue's text for `key` in `language`, or `fallback` when Finnish does not define it.
std::string catalogue_text_or(const Services& services, text::Language language,
                              const std::string& key, std::string_view fallback) {
  if (!services.catalogue.has(key)) return std::string(fallback);
  return services.catalogue.text(language, key);
}

}  // namespace

std::string region_name(const Services& services, text::Language language, std::string_view slug,
                        std::string_view finnish) {
  const core::Region* region = services.finland.region_by_slug(slug);
  if (region == nullptr) return std::string(finnish);
  if (language == text::Language::kFi) return region->name_fi;
  if (language == text::Language::kSv) return region->name_sv;
  return catalogue_text_or(services, language, "region." + region->slug, region->name_fi);
}

std::string municipality_name(const Services& services, text::Language language,
                              std::string_view code, std::string_view finnish) {
  const core::Municipality* municipality = services.finland.municipality_by_code(code);
  if (municipality == nullptr) return std::string(finnish);
  return language == text::Language::kSv ? municipality->name_sv : municipality->name_fi;
}

std::string term_label(const Services& services, text::Language language,
                       core::Vocabulary vocabulary, std::string_view slug,
                       std::string_view finnish) {
  if (language == text::Language::kFi) return std::string(finnish);
  std::string key = "term.";
  key += core::vocabulary_field(vocabulary);
  key += '.';
  key += slug;
  return catalogue_text_or(services, language, key, finnish);
}

}  // namespace tori::web
