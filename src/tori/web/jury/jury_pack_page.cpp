// SPDX-License-Identifier: AGPL-3.0-or-later
// A category's jury pack (/raati/{slug}/sarjat/{category}/tulosta): every entry the juror may
// see in full, one after another, for printing (the print stylesheet starts each on a new page;
// the browser makes the PDF). Blind mode leaves out organisations and contacts.
#include "tori/core/blind_copy.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/markdown.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/jury/jury_handlers.hpp"
#include "tori/web/jury/jury_support.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/practice_view.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

void fill_pack_entry(Dictionary& item, const Services& services, Language language,
                     const core::Practice& stored, bool blind) {
  const core::Practice practice = blind ? core::blind_copy(stored) : stored;
  item.SetValue("TITLE", practice.title);
  item.SetValue("LANG", std::string(core::to_string(practice.language)));
  item.SetValue("SUMMARY", practice.summary);
  if (!blind) {
    item.SetValueAndShowSection("ORGANISATIONS", organisation_names(practice), "NAMED");
    if (!practice.contact.name.empty())
      item.SetValueAndShowSection("CONTACT", practice.contact.name, "HAS_CONTACT");
  }
  fill_practice_sections(item, services, language, practice);
}

}  // namespace

http::Response jury_pack_page(const http::Request& request, const Services& services,
                              Language language) {
  JurorGate gate = juror_gate(request, services, language);
  if (gate.refusal) return std::move(*gate.refusal);
  const JurorContext& juror = *gate.context;
  const auto round =
      category_round(services, juror.campaign, request.param("category"), jury_now());
  if (!round) return error_page(services, language, 404);
  Page page(language, "jury_pack");
  page.meta.title = services.catalogue.format(
      language, "jury.pack.title",
      {{"campaign", juror.campaign.input.name}, {"category", round->category->name}});
  page.meta.path =
      "/raati/" + juror.campaign.input.slug + "/sarjat/" + round->category->slug + "/tulosta";
  Dictionary& body = page.body();
  body.SetValue("HEADING", page.meta.title);
  body.SetValue("CAMPAIGN_URL", localised_path(language, "/raati/" + juror.campaign.input.slug));
  body.SetValue("CATEGORY_DESCRIPTION", round->category->description);
  for (const std::int64_t id : core::entries_for_juror(round->round, juror.visitor.account->id)) {
    const std::optional<core::Practice> practice = services.store.practices().find_by_id(id);
    if (!practice) continue;
    fill_pack_entry(*body.AddSectionDictionary("ENTRY"), services, language, *practice,
                    juror.campaign.input.blind);
  }
  return render_form(services, page, juror.visitor);
}

}  // namespace tori::web
