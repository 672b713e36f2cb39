// SPDX-License-Identifier: AGPL-3.0-or-later
// Internal to newsletter/: what the editors' newsletter pages share — the gate that lets an
// editor in with the issue of the address's {kirje}, and the audit of their actions.
#pragma once

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <optional>
#include <string>
#include <string_view>

#include "tori/http/message.hpp"
#include "tori/http/router.hpp"
#include "tori/store/newsletter_store.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

using IssueEditorGate = EditorGate<store::NewsletterIssue>;

// An editor let in, and the issue of {kirje} when `with_issue` (404 when there is none).
[[nodiscard]] IssueEditorGate issue_editor_gate(const http::Request& request,
                                                const Services& services, text::Language language,
                                                bool with_issue);

// Records the editor's `action` ("newsletter.send", …) on `issue` in the audit log.
void audit_issue(const Services& services, const http::Request& request, const Visitor& visitor,
                 std::string_view action, std::int64_t issue_id, std::string_view slug);

// "/toimitus/uutiskirjeet/{slug}" + `rest`.
[[nodiscard]] std::string issue_path(std::string_view slug, std::string_view rest = {});

// The sending page's routes: the issue, its test, its sending and deleting (issue_sending.cpp).
void add_issue_sending_routes(http::Router& router, const Services& services);

}  // namespace tori::web
