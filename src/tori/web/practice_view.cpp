// SPDX-License-Identifier: AGPL-3.0-or-later
// One practice (/teot/{slug}): meta, the seven sections, tags, contact, links, share links and
// the Open Graph and Twitter card tags.
#include "tori/web/practice_view.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/search/practice_document.hpp"
#include "tori/search/searcher.hpp"
#include "tori/search/snippet.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/markdown.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/campaigns/campaign_view.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/json_ld.hpp"
#include "tori/web/labels.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_media_view.hpp"
#include "tori/web/practice_pages.hpp"
#include "tori/web/render.hpp"
#include "tori/web/share_links.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr std::size_t kDescriptionChars = 200;
constexpr std::size_t kSnippetSourceChars = 4000;  // of each section's plain text
constexpr std::size_t kSimilarCount = 4;

// "2021-09" → "9/2021"; "2021" and anything else as it is.
std::string started_text(std::string_view started) {
  if (started.size() == 7 && started[4] == '-') {
    const std::string_view month = started.substr(started[5] == '0' ? 6 : 5);
    return std::string(month) + "/" + std::string(started.substr(0, 4));
  }
  return std::string(started);
}

void fill_meta(Dictionary& body, const Services& services, Language language,
               const core::Practice& practice) {
  body.SetValue("ORGANISATIONS", obfuscate_email(organisation_names(practice)));
  if (const auto& municipality = practice.municipality) {
    body.SetValueAndShowSection(
        "MUNICIPALITY",
        municipality_name(services, language, municipality->code, municipality->name),
        "HAS_MUNICIPALITY");
  }
  if (const auto& region = practice.region) {
    body.SetValueAndShowSection(
        "REGION", region_name(services, language, region->slug, region->name), "HAS_REGION");
  }
  if (practice.maturity) {
    body.SetValueAndShowSection(
        "MATURITY",
        services.catalogue.text(
            language, "practice.maturity." + std::string(core::to_string(*practice.maturity))),
        "HAS_MATURITY");
  }
  if (!practice.started.empty()) {
    body.SetValueAndShowSection("STARTED", started_text(practice.started), "HAS_STARTED");
  }
  if (practice.published_at) {
    Dictionary* date = body.AddSectionDictionary("HAS_PUBLISHED");
    date->SetValue("PUBLISHED", text::format_date(*practice.published_at, language));
    date->SetValue("DATETIME", text::format_rfc3339_helsinki(*practice.published_at));
  }
}

}  // namespace

void fill_practice_sections(Dictionary& body, const Services& services, Language language,
                            const core::Practice& practice) {
  for (core::Section section : core::kSections) {
    const std::string& markdown = core::section_text(practice.sections, section);
    if (markdown.empty()) continue;
    const std::string key(core::section_key(section));
    Dictionary* item = body.AddSectionDictionary("SECTION");
    item->SetValue("ID", "osio-" + key);
    item->SetValue("HEADING", services.catalogue.text(language, "practice.section." + key));
    // markdown_to_html builds only its own markup and escaped text: safe to insert unescaped.
    item->SetValue("HTML", obfuscate_email(text::markdown_to_html(markdown, 3)));
  }
}

namespace {

void fill_tags(Dictionary& body, const Services& services, Language language,
               const core::Practice& practice) {
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    const std::vector<core::Named>& terms = core::terms_of(practice, vocabulary);
    if (terms.empty()) continue;
    const std::string field(core::vocabulary_field(vocabulary));  // "client_groups"
    const std::string param = field.substr(0, field.size() - 1);  // "client_group"
    Dictionary* group = body.AddSectionDictionary("TAG_GROUP");
    group->SetValue("HEADING", services.catalogue.text(language, "practice.filter." + param));
    for (const core::Named& term : terms) {
      Dictionary* tag = group->AddSectionDictionary("TAG");
      tag->SetValue("URL", localised_path(language, "/teot") + "?" + param + "=" +
                               text::url_encode_component(term.slug));
      tag->SetValue("LABEL", term_label(services, language, vocabulary, term.slug, term.name));
    }
  }
  if (!practice.keywords.empty()) {
    for (const std::string& keyword : practice.keywords) {
      body.AddSectionDictionary("KEYWORD")->SetValue("TEXT", obfuscate_email(keyword));
    }
    body.ShowSection("HAS_KEYWORDS");
  }
}

void fill_contact(Dictionary& body, const core::Contact& contact) {
  if (contact.name.empty() && contact.email.empty() && contact.phone.empty()) return;
  Dictionary* item = body.AddSectionDictionary("CONTACT");
  if (!contact.name.empty())
    item->SetValueAndShowSection("NAME", obfuscate_email(contact.name), "HAS_NAME");
  if (!contact.title.empty())
    item->SetValueAndShowSection("JOB_TITLE", obfuscate_email(contact.title), "HAS_JOB_TITLE");
  if (!contact.email.empty())
    item->SetValueAndShowSection("EMAIL", obfuscate_email(contact.email), "HAS_EMAIL");
  if (!contact.phone.empty())
    item->SetValueAndShowSection("PHONE", obfuscate_email(contact.phone), "HAS_PHONE");
}

// Links go out only to http(s) addresses without an '@' (no address hidden in a URL).
bool linkable(std::string_view url) {
  return (url.starts_with("https://") || url.starts_with("http://")) &&
         url.find('@') == std::string_view::npos;
}

void fill_links(Dictionary& body, const core::Practice& practice) {
  for (const core::Link& link : practice.links) {
    Dictionary* item = body.AddSectionDictionary("LINK");
    const std::string title = obfuscate_email(link.title.empty() ? link.url : link.title);
    if (linkable(link.url)) {
      item->SetValue("URL", link.url);
      item->SetValueAndShowSection("TITLE", title, "HAS_URL");
    } else {
      item->SetValueAndShowSection("TITLE", title, "NO_URL");
    }
  }
  if (!practice.links.empty()) body.ShowSection("HAS_LINKS");
}

// schema.org JSON-LD of the practice: names of places and terms in the page's language, the
// text's own language as inLanguage.
std::string json_ld(const Services& services, Language language, const core::Practice& practice,
                    const std::string& url, const std::string& description) {
  boost::json::object doc{{"@context", "https://schema.org"},
                          {"@type", "Article"},
                          {"headline", obfuscate_email(practice.title)},
                          {"description", description},
                          {"url", url},
                          {"inLanguage", core::to_string(practice.language)},
                          {"dateModified", text::format_rfc3339_utc(practice.updated_at)}};
  if (practice.published_at)
    doc["datePublished"] = text::format_rfc3339_utc(*practice.published_at);
  boost::json::array authors;
  for (const core::Named& organisation : practice.organisations)
    authors.push_back({{"@type", "Organization"}, {"name", obfuscate_email(organisation.name)}});
  doc["author"] = std::move(authors);
  if (std::string place = place_text(services, language, practice); !place.empty()) {
    doc["contentLocation"] = {{"@type", "Place"}, {"name", place}};
  }
  boost::json::array about;
  for (const core::Named& theme : practice.themes) {
    about.push_back({{"@type", "Thing"},
                     {"name", term_label(services, language, core::Vocabulary::kTheme, theme.slug,
                                         theme.name)}});
  }
  if (!about.empty()) doc["about"] = std::move(about);
  return script_safe_json(doc);
}

// The head's extra tags: Open Graph, Twitter card, the copy-link script and `ld_json`.
void fill_head(Page& page, const Services& services, const std::string& url,
               const std::string& title, const std::string& description,
               const std::string& ld_json) {
  Dictionary* head = page.frame().AddIncludeDictionary("HEAD_EXTRA");
  head->SetFilename(Renderer::template_key(page.language(), "practice_head"));
  head->SetValue("TITLE", title);
  head->SetValue("DESCRIPTION", description);
  head->SetValue("URL", url);
  static constexpr const char* kLocales[] = {"fi_FI", "sv_FI", "en_GB"};
  head->SetValue("LOCALE", kLocales[static_cast<int>(page.language())]);
  head->SetValue("COPY_SCRIPT", services.asset_url("js/copy-link.js"));
  head->SetValue("JSON_LD", ld_json);
}

// Practices like this one, from the search index; none while there is no index.
// "Otimme tämän käyttöön": the organisations that adopted the practice, and the way to say so.
void fill_adoptions(Dictionary& body, const Services& services, Language language,
                    const core::Practice& practice) {
  const auto adoptions = services.store.submissions().adoptions(practice.id);
  if (adoptions.empty()) body.ShowSection("NOT_ADOPTED");
  Dictionary* adopted = adoptions.empty() ? nullptr : body.AddSectionDictionary("ADOPTED");
  for (const store::Adoption& adoption : adoptions) {
    Dictionary* item = adopted->AddSectionDictionary("ADOPTER");
    item->SetValue("NAME", adoption.organisation_name);
    if (!adoption.note.empty()) item->SetValueAndShowSection("NOTE", adoption.note, "HAS_NOTE");
  }
  body.SetValue("ADOPT_URL", localised_path(language, "/teot/" + practice.slug + "/kayttoon"));
}

// "Discussed in episode …": the published episodes that discuss the practice.
void fill_episodes(Dictionary& body, const Services& services, Language language,
                   const core::Practice& practice) {
  for (const store::PracticeEpisode& episode :
       services.store.episodes().for_practice(practice.slug, store::utc_now())) {
    Dictionary* item = body.AddSectionDictionary("EPISODE");
    item->SetValue("URL", localised_path(language, "/podcast/" + episode.slug));
    item->SetValue("TITLE", episode.title);
    body.ShowSection("HAS_EPISODES");
  }
}

void fill_similar(Dictionary& body, const Services& services, Language language,
                  const core::Practice& practice) {
  if (services.searcher == nullptr) return;
  std::vector<search::SearchHit> hits;
  try {
    hits = services.searcher->similar(practice.id, kSimilarCount);
  } catch (const search::IndexUnavailable&) {
    return;  // not built yet, or being replaced: the page goes on without the list
  }
  std::vector<std::int64_t> ids;
  for (const search::SearchHit& hit : hits)
    ids.push_back(hit.practice_id);
  Dictionary* section = nullptr;
  for (const core::Practice& other : services.store.practices().published_by_ids(ids)) {
    if (section == nullptr) section = body.AddSectionDictionary("SIMILAR");
    fill_practice_card(*section->AddSectionDictionary("PRACTICE"), services, language, other);
  }
}

}  // namespace

std::string organisation_names(const core::Practice& practice) {
  std::string names;
  for (const core::Named& organisation : practice.organisations) {
    if (!names.empty()) names += ", ";
    names += organisation.name;
  }
  return names;
}

void fill_practice_card(ctemplate::TemplateDictionary& card, const Services& services,
                        Language language, const core::Practice& practice) {
  card.SetValue("URL", localised_path(language, "/teot/" + practice.slug));
  card.SetValue("TITLE", practice.title);
  card.SetValue("LANG", std::string(core::to_string(practice.language)));
  card.SetValue("SUMMARY", practice.summary);
  card.SetValue("ORGANISATIONS", organisation_names(practice));
  if (std::string place = place_text(services, language, practice); !place.empty()) {
    card.SetValueAndShowSection("PLACE", place, "HAS_PLACE");
  }
  if (practice.published_at) {
    ctemplate::TemplateDictionary* date = card.AddSectionDictionary("HAS_DATE");
    date->SetValue("DATE", text::format_date(*practice.published_at, language));
    date->SetValue("DATETIME", text::format_rfc3339_helsinki(*practice.published_at));
  }
}

std::string place_text(const Services& services, Language language,
                       const core::Practice& practice) {
  const auto& municipality = practice.municipality;
  const auto& region = practice.region;
  std::string place =
      municipality ? municipality_name(services, language, municipality->code, municipality->name)
                   : "";
  if (region) {
    std::string name = region_name(services, language, region->slug, region->name);
    if (name != place) place += (place.empty() ? "" : ", ") + name;
  }
  return place;
}

std::string practice_snippet(const core::Practice& practice,
                             const std::vector<std::string>& terms) {
  const text::Language language = search::analysis_language(practice.language);
  // The summary alone first: it is short and usually matches, and the sections need Markdown
  // turned into text.
  if (auto html = search::matched_snippet_html(practice.summary, terms, language))
    return obfuscate_email(*html);
  std::string text = practice.summary;
  for (const std::string& section : practice.sections) {
    if (!section.empty()) text += "\n" + text::markdown_to_text(section, kSnippetSourceChars);
  }
  return obfuscate_email(search::snippet_html(text, terms, language));
}

std::string obfuscate_email(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '@') {
      out += "[a]";
    } else {
      out += c;
    }
  }
  return out;
}

http::Response practice_page(const http::Request& request, const Services& services,
                             Language language) {
  const std::optional<core::Practice> practice =
      services.store.practices().find_by_slug(request.param("slug"));
  if (!practice || practice->state != core::PracticeState::kPublished) {
    return error_page(services, language, 404);
  }
  return render_practice(services, language, *practice, {});
}

http::Response render_practice(const Services& services, Language language,
                               const core::Practice& practice_shown,
                               const std::optional<PracticePreview>& preview) {
  const core::Practice* practice = &practice_shown;
  const std::string path = "/teot/" + practice->slug;
  const std::string url = absolute_url(services.site, localised_path(language, path));
  const std::string title = obfuscate_email(practice->title);
  const std::string description =
      obfuscate_email(text::markdown_to_text(practice->summary, kDescriptionChars));

  Page page(language, "practice");
  page.meta.title = title;
  page.meta.description = description;
  page.meta.path = path;
  page.meta.nav = NavItem::kPractices;
  Dictionary& body = page.body();
  body.SetValue("TITLE", title);
  body.SetValue("SUMMARY", obfuscate_email(practice->summary));
  body.SetValue("CONTENT_LANG", std::string(core::to_string(practice->language)));
  fill_meta(body, services, language, *practice);
  fill_practice_sections(body, services, language, *practice);
  fill_tags(body, services, language, *practice);
  fill_contact(body, practice->contact);
  fill_links(body, *practice);
  fill_practice_media(body, services, practice->id);
  fill_award_badges(body, services, language, practice->id);
  if (preview) {
    // Exactly the published page, with a banner, no sharing, no similar practices, no index.
    Dictionary* banner = body.AddSectionDictionary("PREVIEW");
    banner->SetValue("STATE", preview->state_label);
    if (!preview->edit_url.empty()) {
      banner->SetValueAndShowSection("EDIT_URL", preview->edit_url, "EDIT");
    }
    if (!preview->message.empty()) {
      banner->SetValueAndShowSection("MESSAGE", preview->message, "HAS_MESSAGE");
    }
    page.meta.indexable = false;
    page.meta.newsletter_offer = false;
    http::Response response = render_page(services, page);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
  body.ShowSection("SHARING");
  fill_adoptions(body, services, language, *practice);
  fill_episodes(body, services, language, *practice);
  fill_share_links(body, url, title);
  fill_similar(body, services, language, *practice);
  fill_head(page, services, url, title, description,
            json_ld(services, language, *practice, url, description));
  return render_page(services, page);
}

}  // namespace tori::web
