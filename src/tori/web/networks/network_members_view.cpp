// SPDX-License-Identifier: AGPL-3.0-or-later
// The members' area's board of ideas: the posting form, items with supports and comments, the
// leaders' forward form and the record of what was forwarded.
#include "tori/web/networks/network_members_view.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include <ctemplate/template.h>

#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_view.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr std::array<core::IdeaQuadrant, 5> kAreaQuadrants = {
    core::IdeaQuadrant::kStrength, core::IdeaQuadrant::kWeakness, core::IdeaQuadrant::kOpportunity,
    core::IdeaQuadrant::kThreat, core::IdeaQuadrant::kIdea};

// The first words of an idea, for the buttons' accessible names.
std::string short_text(const std::string& text) {
  if (text.size() <= 60) return text;
  std::size_t cut = text.rfind(' ', 60);
  if (cut == std::string::npos || cut < 20) cut = 60;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;
  return text.substr(0, cut) + "…";
}

void fill_idea_form(Dictionary& body, const Services& services, Language language,
                    const MembersArea& area, const MembersAreaForms& forms) {
  Dictionary* form = body.AddSectionDictionary("IDEA_FORM");
  form->SetValue("ACTION", localised_path(language, area.path() + "/ideataulu"));
  form->SetValue("CSRF", area.visitor.csrf_token);
  form->SetValue("TEXT", forms.idea_text);
  for (const core::IdeaQuadrant quadrant : kAreaQuadrants) {
    Dictionary* option = form->AddSectionDictionary("OPTION");
    option->SetValue("VALUE", std::string{core::to_string(quadrant)});
    option->SetValue("LABEL", quadrant_label(services, language, quadrant));
    if (forms.idea_quadrant == core::to_string(quadrant)) option->ShowSection("SELECTED");
  }
  fill_errors(*form, "idea-form", forms.idea_errors);
}

// The author's name as stored; "Nimi poistettu" once the author's data was erased.
std::string board_author_text(const Services& services, Language language,
                              const std::string& author) {
  return author.empty() ? services.catalogue.text(language, "networks.idea.author_erased") : author;
}

void fill_comments(Dictionary& item, const Services& services, Language language,
                   const store::BoardIdea& idea) {
  if (idea.comments.empty()) return;
  Dictionary* comments = item.AddSectionDictionary("COMMENTS");
  for (const store::BoardComment& comment : idea.comments) {
    Dictionary* row = comments->AddSectionDictionary("COMMENT");
    row->SetValue("TEXT", comment.text);
    row->SetValue("AUTHOR", board_author_text(services, language, comment.author));
    row->SetValue("DATE", board_time(comment.created_at, language));
  }
}

void fill_idea(Dictionary& item, const Services& services, Language language,
               const MembersArea& area, const MembersAreaForms& forms,
               const store::BoardIdea& idea) {
  const std::string base = area.path() + "/ideataulu/" + std::to_string(idea.id);
  item.SetValue("ID", std::to_string(idea.id));
  item.SetValue("TEXT", idea.idea.text);
  item.SetValue("SHORT", short_text(idea.idea.text));
  item.SetValue("AUTHOR", board_author_text(services, language, idea.idea.author));
  if (idea.account_id)
    item.SetValueAndShowSection("DATE", board_time(idea.created_at, language), "HAS_DATE");
  item.SetValue("SUPPORTS",
                services.catalogue.format(language, "networks.idea.supports",
                                          {{"count", static_cast<long long>(idea.supports)}}));
  item.SetValue("CSRF", area.visitor.csrf_token);
  item.SetValue("SUPPORT_ACTION", localised_path(language, base + "/tuki"));
  item.SetValue("COMMENT_ACTION", localised_path(language, base + "/kommentti"));
  item.ShowSection(idea.supported ? "SUPPORTED" : "NOT_SUPPORTED");
  fill_comments(item, services, language, idea);
  if (forms.comment_idea != idea.id) return;
  item.ShowSection("COMMENT_OPEN");
  item.SetValue("COMMENT_TEXT", forms.comment_text);
  for (const FormErrors::Error& error : forms.comment_errors.all())
    item.SetValueAndShowSection("MESSAGE", error.message, "COMMENT_ERROR");
}

void fill_forward_form(Dictionary& body, const Services& services, Language language,
                       const MembersArea& area, const MembersAreaForms& forms,
                       const std::vector<store::BoardIdea>& ideas) {
  Dictionary* form = body.AddSectionDictionary("FORWARD_FORM");
  form->SetValue("ACTION", localised_path(language, area.path() + "/ideataulu/valita"));
  form->SetValue("CSRF", area.visitor.csrf_token);
  form->SetValue("RECIPIENTS", forms.recipients);
  form->SetValue("ADDRESSES", forms.addresses);
  form->SetValue("NOTE", forms.note);
  for (const store::BoardIdea& idea : ideas) {
    Dictionary* pick = form->AddSectionDictionary("PICK");
    pick->SetValue("ID", std::to_string(idea.id));
    pick->SetValue("QUADRANT", quadrant_label(services, language, idea.idea.quadrant));
    pick->SetValue("TEXT", idea.idea.text);
    if (std::ranges::find(forms.forward_picked, idea.id) != forms.forward_picked.end())
      pick->ShowSection("CHECKED");
  }
  fill_errors(*form, "forward-form", forms.forward_errors);
}

void fill_forward_record(Dictionary& body, const Services& services, Language language,
                         const std::vector<store::BoardForward>& forwards) {
  if (forwards.empty()) return;
  Dictionary* list = body.AddSectionDictionary("FORWARDS");
  for (const store::BoardForward& forward : forwards) {
    Dictionary* item = list->AddSectionDictionary("FORWARD");
    item->SetValue("DATE", meeting_date(forward.date, language));
    item->SetValue("DATETIME", forward.date);
    item->SetValue("TO", forward.recipients);
    std::string addresses = forward.addresses;
    std::ranges::replace(addresses, '\n', ' ');
    if (!addresses.empty()) item->SetValueAndShowSection("ADDRESSES", addresses, "HAS_ADDRESSES");
    if (!forward.note.empty()) item->SetValueAndShowSection("NOTE", forward.note, "HAS_NOTE");
    for (const store::ForwardedItem& forwarded : forward.items) {
      Dictionary* row = item->AddSectionDictionary("ITEM");
      row->SetValue("QUADRANT", quadrant_label(services, language, forwarded.quadrant));
      row->SetValue("TEXT", forwarded.text);
    }
  }
}

}  // namespace

std::string board_time(store::UtcTime time, Language language) {
  return text::format_date_time(std::chrono::floor<std::chrono::seconds>(time), language);
}

void fill_members_board(Dictionary& body, const Services& services, Language language,
                        const MembersArea& area, const MembersAreaForms& forms) {
  const std::vector<store::BoardIdea> ideas = services.store.network_board().ideas(
      area.network.id,
      area.visitor.account ? std::optional{area.visitor.account->id} : std::nullopt);
  fill_idea_form(body, services, language, area, forms);
  for (const core::IdeaQuadrant quadrant : kAreaQuadrants) {
    Dictionary* section = body.AddSectionDictionary("QUADRANT");
    section->SetValue("NAME", quadrant_label(services, language, quadrant));
    section->SetValue("KEY", std::string{core::to_string(quadrant)});
    Dictionary* list = nullptr;
    for (const store::BoardIdea& idea : ideas) {
      if (idea.idea.quadrant != quadrant) continue;
      if (list == nullptr) list = section->AddSectionDictionary("IDEAS");
      fill_idea(*list->AddSectionDictionary("IDEA"), services, language, area, forms, idea);
    }
    if (list == nullptr) section->ShowSection("NO_IDEAS");
  }
  if (area.access.leads() && !ideas.empty())
    fill_forward_form(body, services, language, area, forms, ideas);
  fill_forward_record(body, services, language,
                      services.store.network_board().forwards(area.network.id));
}

}  // namespace tori::web
