// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' vocabulary and organisation pages' shared parts: gate, notice, audit entry.
#include "tori/web/submission/manage_support.hpp"

#include <algorithm>
#include <array>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"

namespace tori::web {
namespace {

// Whether `notice` may name a manage.notice.* message: 1–40 of [a-z_].
bool notice_name(std::string_view notice) {
  return !notice.empty() && notice.size() <= 40 &&
         std::ranges::all_of(notice, [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

}  // namespace

StaffPost read_staff_post(const http::Request& request, const Services& services,
                          Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return {std::move(visitor), std::nullopt, std::move(*refusal)};
  }
  return read_checked_form(request, services, language, std::move(visitor));
}

void fill_notice(ctemplate::TemplateDictionary& body, const http::Request& request,
                 const Services& services, Language language) {
  const std::optional<std::string> notice = request.query_param("ilmoitus");
  if (!notice || !notice_name(*notice)) return;
  const std::string key = "manage.notice." + *notice;
  if (!services.catalogue.has(key)) return;  // only the catalogue's notices, never the link's text
  body.SetValueAndShowSection("TEXT", services.catalogue.text(language, key), "NOTICE");
}

std::string with_notice(std::string_view path, std::string_view notice) {
  return std::string{path} + "?ilmoitus=" + std::string{notice};
}

std::string json_detail(
    std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  boost::json::object detail;
  for (const auto& [name, value] : fields)
    detail[name] = value;
  return boost::json::serialize(detail);
}

store::AuditEntry staff_audit(const Services& services, const http::Request& request,
                              const core::Account& account, std::string action,
                              std::string object_type, std::string detail) {
  return {.actor_account_id = account.id,
          .actor = account.email,
          .action = std::move(action),
          .object_type = std::move(object_type),
          .detail = std::move(detail),
          .ip_hash = actor_of(services, request, account).ip_hash};
}

void record_staff_action(const Services& services, const http::Request& request,
                         const core::Account& account, std::string action, std::string object_type,
                         std::string_view slug, std::int64_t id) {
  store::AuditEntry entry = staff_audit(services, request, account, std::move(action),
                                        std::move(object_type), json_detail({{"slug", slug}}));
  entry.object_id = std::to_string(id);
  services.store.audit_log().record(entry, store::utc_now());
}

}  // namespace tori::web
