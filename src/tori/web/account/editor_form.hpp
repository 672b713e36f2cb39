// SPDX-License-Identifier: AGPL-3.0-or-later
// What the editors' forms for a thing kept by its address share (news, episodes): the page's
// path and title, the form's action and CSRF token, the new-or-editing parts with the delete
// form's action, and the preview.
//
//   Page page(language, "news_editor_form");
//   fill_editor_form_frame(page, services, {"/toimitus/uutiset", "news_editor", slug}, visitor);
//   fill_news_form(page.body(), …);
//   return render_editor_form(services, page, visitor, preview_html, status);
#pragma once

#include <string>
#include <string_view>

#include "tori/http/message.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

struct EditorFormPlace {
  std::string_view base;      // the editor's list, e.g. "/toimitus/uutiset"
  std::string_view messages;  // the catalogue prefix of new_title and edit_title
  std::string_view slug;      // the thing's address; empty for a new one
};

// Sets the page's path (base/uusi or base/{slug}/muokkaa) and title, and fills ACTION, CSRF,
// HEADING and EDITING (SLUG, DELETE: base/{slug}/poista) or CREATING.
void fill_editor_form_frame(Page& page, const Services& services, const EditorFormPlace& place,
                            const Visitor& visitor);

// The form with the PREVIEW section when `preview_html` is not empty, rendered with `status`.
[[nodiscard]] http::Response render_editor_form(const Services& services, Page& page,
                                                const Visitor& visitor,
                                                const std::string& preview_html, int status);

}  // namespace tori::web
