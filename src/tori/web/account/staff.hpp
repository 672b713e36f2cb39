// SPDX-License-Identifier: AGPL-3.0-or-later
// The gate of the staff pages (/toimitus, /yllapito): signed in, with the role, and — for the
// roles that require it (core::Account::needs_second_factor) — with two-factor sign-in set up.
//
//   Visitor visitor = identify(request, services);
//   if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor))
//     return std::move(*refusal);
#pragma once

#include <optional>

#include "tori/core/account.hpp"
#include "tori/http/message.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/account/visitor.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// Nothing when the visitor may go on; otherwise the answer instead of the page: a redirect to
// log in (back to this page afterwards; to the second step when half signed in), the 403 page
// when the account lacks `role`, or a redirect to /omat-tiedot/kaksivaiheinen?vaaditaan=1 when
// the account's roles require a second factor it has not set up. Carries the visitor's cookies.
[[nodiscard]] std::optional<http::Response> require_staff(const http::Request& request,
                                                          const Services& services,
                                                          text::Language language,
                                                          const Visitor& visitor, core::Role role);

// Whether the request comes from someone signed in as an editor, who sees what is scheduled but
// not yet public (news, episodes and their pictures and audio) as a preview.
[[nodiscard]] bool may_preview_scheduled(const http::Request& request, const Services& services);

// An editor's page about one stored thing (a page, an article, a newsletter): the visitor, the
// thing, or the answer instead (require_staff's, or the 404 page when the thing is missing).
template <class Item>
struct EditorGate {
  Visitor visitor;
  std::optional<Item> item;
  std::optional<http::Response> refusal;
};

// Lets an editor in; when `with_item`, also looks the thing up with `find()` (a
// std::optional<Item>) and answers 404 when there is none.
template <class Item, class Find>
[[nodiscard]] EditorGate<Item> editor_gate(const http::Request& request, const Services& services,
                                           text::Language language, bool with_item,
                                           const Find& find) {
  EditorGate<Item> gate{identify(request, services), std::nullopt, std::nullopt};
  gate.refusal = require_staff(request, services, language, gate.visitor, core::Role::kEditor);
  if (gate.refusal || !with_item) return gate;
  gate.item = find();
  if (!gate.item) gate.refusal = error_page(services, language, 404);
  return gate;
}

}  // namespace tori::web
