// SPDX-License-Identifier: AGPL-3.0-or-later
// What the editors' vocabulary and organisation pages share: the gate and the posted form, the
// notice after a redirect, and the audit entry of an action.
//
//   StaffPost posted = read_staff_post(request, services, language);
//   if (posted.refusal) return std::move(*posted.refusal);
//   const auto audit = staff_audit(services, request, *posted.visitor.account, "term.hide",
//                                  "vocabulary_term", json_detail({{"vocabulary", "themes"}}));
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "tori/http/form.hpp"
#include "tori/store/audit_log.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// An editor's (or administrator's) posted form with its CSRF token checked, or the answer
// instead: the log-in redirect or 403 page (require_staff), 400 for a malformed body, 403 for a
// CSRF token that does not match.
using StaffPost = SignedInPost;
[[nodiscard]] StaffPost read_staff_post(const http::Request& request, const Services& services,
                                        Language language);

// The notice a redirect named (?ilmoitus=added, …; see manage.notice.* in data/i18n), as the
// section NOTICE with TEXT; an unknown name shows nothing.
void fill_notice(ctemplate::TemplateDictionary& body, const http::Request& request,
                 const Services& services, Language language);

// A path with ?ilmoitus=`notice` added.
[[nodiscard]] std::string with_notice(std::string_view path, std::string_view notice);

// A JSON object of text values (escaped), for an audit entry's detail.
[[nodiscard]] std::string json_detail(
    std::initializer_list<std::pair<std::string_view, std::string_view>> fields);

// The audit entry of an editor's action (object_id left for the store to fill).
[[nodiscard]] store::AuditEntry staff_audit(const Services& services, const http::Request& request,
                                            const core::Account& account, std::string action,
                                            std::string object_type, std::string detail);

// Records an editor's action on one stored thing known by its slug and id ("news.delete" on
// "article" 12, {"slug": …}) in the audit log, now.
void record_staff_action(const Services& services, const http::Request& request,
                         const core::Account& account, std::string action, std::string object_type,
                         std::string_view slug, std::int64_t id);

}  // namespace tori::web
