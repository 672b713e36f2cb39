// SPDX-License-Identifier: AGPL-3.0-or-later
// One saved revision of a practice for the editors (/toimitus/{slug}/versiot/{revision}): who
// saved it and when, its state, and each field that differs from the revision before as a word
// diff (<ins>, <del>); the first revision stored shows everything as added.
#include <algorithm>
#include <charconv>

#include "tori/core/practice_jsonl.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/text/time_format.hpp"
#include "tori/text/word_diff.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/submission/submission_pages.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

// One field of a revision as text to compare: an id for its heading, its label and its value.
struct FieldText {
  std::string id;
  std::string label;
  std::string text;
};

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const std::string& item : items) {
    if (!text.empty()) text += separator;
    text += item;
  }
  return text;
}

// The contact's given fields, one a line.
std::string contact_text(const core::Contact& contact) {
  std::vector<std::string> lines;
  for (const std::string* field : {&contact.name, &contact.title, &contact.email, &contact.phone}) {
    if (!field->empty()) lines.push_back(*field);
  }
  return joined(lines, "\n");
}

// The links, one a line: "title: address" (the address alone when it has no title).
std::string links_text(const std::vector<core::Link>& links) {
  std::vector<std::string> lines;
  for (const core::Link& link : links) {
    lines.push_back(link.title.empty() ? link.url : link.title + ": " + link.url);
  }
  return joined(lines, "\n");
}

// The fields of a revision in the form's order, labelled in `language`.
std::vector<FieldText> field_texts(const Services& services, Language language,
                                   const core::PracticeInput& input) {
  const auto label = [&](std::string_view key) { return services.catalogue.text(language, key); };
  std::vector<FieldText> fields = {{"title", label("submission.field.title"), input.title},
                                   {"summary", label("submission.field.summary"), input.summary}};
  for (core::Section section : core::kSections) {
    const std::string key(core::section_key(section));
    fields.push_back({"section-" + key, label("practice.section." + key),
                      core::section_text(input.sections, section)});
  }
  fields.push_back(
      {"organisations", label("revision.field.organisations"), joined(input.organisations, "\n")});
  fields.push_back({"municipality", label("submission.field.municipality"), input.municipality});
  for (core::Vocabulary vocabulary : core::kVocabularies) {
    const std::string name(core::vocabulary_field(vocabulary));
    fields.push_back({name, label("submission.field." + name),
                      joined(core::labels_of(input, vocabulary), ", ")});
  }
  const std::string maturity =
      input.maturity ? label("practice.maturity." + std::string(core::to_string(*input.maturity)))
                     : std::string();
  fields.push_back({"keywords", label("submission.field.keywords"), joined(input.keywords, ", ")});
  fields.push_back({"contact", label("revision.field.contact"), contact_text(input.contact)});
  fields.push_back({"links", label("revision.field.links"), links_text(input.links)});
  fields.push_back({"maturity", label("submission.field.maturity"), maturity});
  fields.push_back({"started", label("submission.field.started"), input.started});
  fields.push_back({"language", label("submission.field.language"),
                    label("revision.language." + std::string(core::to_string(input.language)))});
  return fields;
}

// The diff as HTML: every text escaped, additions in <ins>, removals in <del>.
std::string diff_html(const std::vector<text::DiffPiece>& pieces) {
  std::string html;
  for (const text::DiffPiece& piece : pieces) {
    const std::string escaped = text::escape_html(piece.text);
    if (piece.kind == text::DiffPiece::kAdded) {
      html += "<ins>" + escaped + "</ins>";
    } else if (piece.kind == text::DiffPiece::kRemoved) {
      html += "<del>" + escaped + "</del>";
    } else {
      html += escaped;
    }
  }
  return html;
}

// A changed field for each difference; the unchanged ones in one line. With no `before` (the
// first revision stored) every non-empty field is added and the empty ones listed as empty.
void fill_changes(Dictionary& body, const Services& services, Language language,
                  const core::PracticeInput* before, const core::PracticeInput& after) {
  const std::vector<FieldText> now = field_texts(services, language, after);
  const std::vector<FieldText> then =
      before ? field_texts(services, language, *before) : std::vector<FieldText>{};
  std::vector<std::string> unchanged;
  for (std::size_t i = 0; i < now.size(); ++i) {
    const std::string& old_text = before ? then[i].text : std::string();
    if (old_text == now[i].text) {
      unchanged.push_back(now[i].label);
      continue;
    }
    Dictionary* change = body.AddSectionDictionary("CHANGE");
    change->SetValue("ID", now[i].id);
    change->SetValue("LABEL", now[i].label);
    change->SetValue("DIFF", diff_html(text::word_diff(old_text, now[i].text)));
  }
  if (unchanged.size() == now.size()) body.ShowSection("NO_CHANGES");
  if (unchanged.empty()) return;
  Dictionary* line = body.AddSectionDictionary(before ? "UNCHANGED" : "EMPTY");
  line->SetValue("FIELDS", joined(unchanged, ", "));
}

// The revision's exchange line read back, or nothing when it is missing or unreadable.
std::optional<core::PracticeInput> revision_input(const Services& services,
                                                  std::int64_t practice_id, int revision) {
  const auto line = services.store.submissions().revision_content(practice_id, revision);
  if (!line) return std::nullopt;
  auto parsed = core::parse_practice_line(*line);
  if (auto* input = std::get_if<core::PracticeInput>(&parsed)) return std::move(*input);
  return std::nullopt;
}

// The revision number of the path: digits only, at least 1.
std::optional<int> revision_number(std::string_view text) {
  int number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || number < 1) return std::nullopt;
  return number;
}

std::string revision_path(const core::Practice& practice, int revision) {
  return "/toimitus/" + practice.slug + "/versiot/" + std::to_string(revision);
}

std::string state_label(const Services& services, Language language, core::PracticeState state) {
  return services.catalogue.text(language, "submission.state." + std::string(to_string(state)));
}

// Who saved the revision, when, its state (and the state before, when it changed) and the links
// to the revisions on either side. `revisions` is newest first; `at` is this one's place.
void fill_facts(Dictionary& body, const Services& services, Language language,
                const core::Practice& practice, const std::vector<store::RevisionInfo>& revisions,
                std::size_t at) {
  const store::RevisionInfo& revision = revisions[at];
  body.SetValue("ACTOR", revision.actor.empty()
                             ? services.catalogue.text(language, "revision.actor.none")
                             : revision.actor);
  body.SetValue("AT", text::format_date_time(
                          std::chrono::floor<std::chrono::seconds>(revision.saved_at), language));
  body.SetValue("STATE", state_label(services, language, revision.state));
  body.SetValue("REVIEW_URL", localised_path(language, "/toimitus/" + practice.slug));
  const auto neighbour = [&](std::size_t index, const char* section, const char* key) {
    const std::string number = std::to_string(revisions[index].revision);
    Dictionary* link = body.AddSectionDictionary(section);
    link->SetValue("URL",
                   localised_path(language, revision_path(practice, revisions[index].revision)));
    link->SetValue("LABEL", services.catalogue.format(language, key, {{"number", number}}));
    body.ShowSection("NEIGHBOURS");
  };
  if (at + 1 < revisions.size()) {
    neighbour(at + 1, "PREVIOUS", "revision.previous");
    const store::RevisionInfo& previous = revisions[at + 1];
    body.SetValue("CHANGES_HEADING",
                  services.catalogue.format(language, "revision.changes",
                                            {{"number", std::to_string(previous.revision)}}));
    if (previous.state != revision.state) {
      body.SetValueAndShowSection("PREVIOUS_STATE", state_label(services, language, previous.state),
                                  "STATE_CHANGED");
    }
  } else {
    body.SetValue("CHANGES_HEADING", services.catalogue.text(language, "revision.first"));
  }
  if (at > 0) neighbour(at - 1, "NEXT", "revision.next");
}

http::Response revision_page(const http::Request& request, const Services& services,
                             Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  const auto practice = services.store.practices().find_by_slug(request.param("slug"));
  const auto number = revision_number(request.param("revision"));
  if (!practice || !number) return error_page(services, language, 404);
  const auto revisions = services.store.submissions().revisions(practice->id);
  const auto found = std::ranges::find(revisions, *number, &store::RevisionInfo::revision);
  if (found == revisions.end()) return error_page(services, language, 404);
  const auto at = static_cast<std::size_t>(found - revisions.begin());
  const auto after = revision_input(services, practice->id, *number);
  const auto before = at + 1 < revisions.size()
                          ? revision_input(services, practice->id, revisions[at + 1].revision)
                          : std::nullopt;
  if (!after || (at + 1 < revisions.size() && !before)) return error_page(services, language, 500);
  Page page(language, "editorial_revision");
  page.meta.title = services.catalogue.format(
      language, "revision.title", {{"number", std::to_string(*number)}, {"title", after->title}});
  page.meta.path = revision_path(*practice, *number);
  page.body().SetValue("HEADING", page.meta.title);
  fill_facts(page.body(), services, language, *practice, revisions, at);
  fill_changes(page.body(), services, language, before ? &*before : nullptr, *after);
  return render_form(services, page, visitor, 200);
}

}  // namespace

void add_revision_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/{slug}/versiot/{revision}", revision_page);
}

}  // namespace tori::web
