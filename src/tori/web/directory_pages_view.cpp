// SPDX-License-Identifier: AGPL-3.0-or-later
// Pieces shared by the directory pages and the front page: cards, paging, index letters, facts.
#include "tori/web/directory_pages_view.hpp"

#include <charconv>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "tori/text/time_format.hpp"
#include "tori/web/labels.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

constexpr int kMaxPage = 100000;

// The letter `c` (upper case) without its accents: "É" → "E"; Å, Ä and Ö are letters of their own.
UChar32 base_letter(UChar32 c) {
  if (c == 0x00C5 || c == 0x00C4 || c == 0x00D6) return c;  // Å Ä Ö
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status) && nfd->getDecomposition(c, decomposed) && !decomposed.isEmpty()) {
    return decomposed.char32At(0);
  }
  return c;
}

}  // namespace

std::string index_letter(std::string_view name) {
  if (name.empty()) return "#";
  int32_t offset = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(name.data()), offset, static_cast<int32_t>(name.size()),
          c);
  if (c < 0 || !u_isalpha(c)) return "#";
  std::string letter;
  icu::UnicodeString(base_letter(u_toupper(c))).toUTF8String(letter);
  return letter;
}

std::optional<int> parse_page_number(const http::Request& request) {
  const std::optional<std::string> text = request.query_param("page");
  if (!text || text->empty()) return 1;
  int page = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), page);
  if (error != std::errc() || end != text->data() + text->size() || page < 1 || page > kMaxPage) {
    return std::nullopt;
  }
  return page;
}

int page_count(std::int64_t total) {
  return static_cast<int>((total + kDirectoryPageSize - 1) / kDirectoryPageSize);
}

void fill_practice_cards(ctemplate::TemplateDictionary& body, const Services& services,
                         text::Language language, const std::vector<core::Practice>& practices) {
  for (const core::Practice& practice : practices)
    fill_practice_card(*body.AddSectionDictionary("PRACTICE"), services, language, practice);
  if (!practices.empty()) {
    body.ShowSection("CARDS_START");
    body.ShowSection("CARDS_END");
  }
}

void fill_pagination(ctemplate::TemplateDictionary& body, const Services& services,
                     text::Language language, std::string_view path, int page, int pages) {
  if (pages <= 1) return;
  ctemplate::TemplateDictionary* nav = body.AddSectionDictionary("PAGINATION");
  nav->SetValue("PAGE_OF", services.catalogue.format(language, "directory.page_of",
                                                     {{"page", page}, {"pages", pages}}));
  const std::string base = localised_path(language, path);
  const std::string page_param = base.find('?') == std::string::npos ? "?page=" : "&page=";
  if (page > 1) {
    const std::string previous = page == 2 ? base : base + page_param + std::to_string(page - 1);
    nav->SetValueAndShowSection("PREV_URL", previous, "HAS_PREV");
  }
  if (page < pages) {
    nav->SetValueAndShowSection("NEXT_URL", base + page_param + std::to_string(page + 1),
                                "HAS_NEXT");
  }
}

std::string organisation_type_name(const Services& services, text::Language language,
                                   core::OrganisationType type) {
  return services.catalogue.text(language, "directory.type." + std::string(core::to_string(type)));
}

const core::Region* organisation_region(const core::Finland& finland,
                                        const core::Organisation& organisation) {
  if (!organisation.municipality) return nullptr;
  const core::Municipality* municipality =
      finland.municipality_by_code(organisation.municipality->code);
  return municipality == nullptr ? nullptr : finland.region_by_code(municipality->region_code);
}

std::string organisation_place(const Services& services, text::Language language,
                               const core::Organisation& organisation) {
  if (!organisation.municipality) return "";
  std::string place = municipality_name(services, language, organisation.municipality->code,
                                        organisation.municipality->name);
  if (const core::Region* region = organisation_region(services.finland, organisation)) {
    place += ", " + region_name(services, language, region->slug, region->name_fi);
  }
  return place;
}

}  // namespace tori::web
