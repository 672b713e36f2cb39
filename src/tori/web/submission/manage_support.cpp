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

// The notices of manage.notice.*: a redirect names one after a change.
constexpr auto kNotices = std::to_array<std::string_view>({"added",
                                                           "renamed",
                                                           "hidden",
                                                           "shown",
                                                           "merged",
                                                           "created",
                                                           "saved",
                                                           "unchanged",
                                                           "present",
                                                           "absent",
                                                           "message_sent",
                                                           "event_cancelled",
                                                           "event_created",
                                                           "event_saved",
                                                           "invited",
                                                           "review_saved",
                                                           "review_submitted",
                                                           "conflict_declared",
                                                           "decision_recorded",
                                                           "chair_set",
                                                           "campaign_created",
                                                           "campaign_saved",
                                                           "page_created",
                                                           "page_saved",
                                                           "page_deleted",
                                                           "network_idea",
                                                           "network_comment",
                                                           "network_forwarded",
                                                           "network_join_sent",
                                                           "network_join_waiting",
                                                           "network_join_member",
                                                           "network_approved",
                                                           "network_declined",
                                                           "network_left",
                                                           "network_minutes"});

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
  if (!notice || std::find(kNotices.begin(), kNotices.end(), *notice) == kNotices.end()) return;
  body.SetValueAndShowSection("TEXT", services.catalogue.text(language, "manage.notice." + *notice),
                              "NOTICE");
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

}  // namespace tori::web
