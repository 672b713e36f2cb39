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

}  // namespace tori::web
