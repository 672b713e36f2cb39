// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form's answers to its script's saves as you go (js/practice-form.js): JSON, so
// the page stays as it is and only its status line changes.
//
//   if (autosave) return autosave_saved(services, language, visitor, written);
#pragma once

#include "tori/http/message.hpp"
#include "tori/store/practice_store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// 200 {"saved": true, "edit_url": "/teot/<slug>/muokkaa", "message": "Luonnos tallennettu
// 2.12.2026 klo 9.41."}: the script moves the form to edit_url so later saves update the same
// draft.
[[nodiscard]] http::Response autosave_saved(const Services& services, Language language,
                                            const Visitor& visitor,
                                            const store::WriteResult& written);
// 422 {"saved": false, "message": …, "errors": [{"field", "message"}]}: nothing saved; the
// person saves with the button to see the errors beside their fields.
[[nodiscard]] http::Response autosave_refused(const Services& services, Language language,
                                              const Visitor& visitor, const FormErrors& errors);
// 401 {"saved": false, "message": …}: the session ended; the text stays on the page.
[[nodiscard]] http::Response autosave_expired(const Services& services, Language language);
// 409 {"saved": false, "message": …}: the practice is no longer a draft (it was submitted).
[[nodiscard]] http::Response autosave_not_draft(const Services& services, Language language,
                                                const Visitor& visitor);

}  // namespace tori::web
