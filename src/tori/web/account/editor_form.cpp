// SPDX-License-Identifier: AGPL-3.0-or-later
// fill_editor_form_frame and render_editor_form: the parts the editors' forms share.
#include "tori/web/account/editor_form.hpp"

#include "tori/web/account/form_page.hpp"
#include "tori/web/localise.hpp"

namespace tori::web {

void fill_editor_form_frame(Page& page, const Services& services, const EditorFormPlace& place,
                            const Visitor& visitor) {
  const std::string base(place.base);
  const std::string slug(place.slug);
  const bool editing = !slug.empty();
  const Language language = page.language();
  page.meta.path = editing ? base + "/" + slug + "/muokkaa" : base + "/uusi";
  page.meta.title = services.catalogue.text(
      language, std::string(place.messages) + (editing ? ".edit_title" : ".new_title"));
  ctemplate::TemplateDictionary& body = page.body();
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("HEADING", page.meta.title);
  if (editing) {
    ctemplate::TemplateDictionary* section = body.AddSectionDictionary("EDITING");
    section->SetValue("SLUG", slug);
    section->SetValue("DELETE", localised_path(language, base + "/" + slug + "/poista"));
  } else {
    body.ShowSection("CREATING");
  }
}

http::Response render_editor_form(const Services& services, Page& page, const Visitor& visitor,
                                  const std::string& preview_html, int status) {
  if (!preview_html.empty())
    page.body().AddSectionDictionary("PREVIEW")->SetValue("HTML", preview_html);
  return render_form(services, page, visitor, status);
}

}  // namespace tori::web
