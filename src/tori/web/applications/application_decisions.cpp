// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' moves on one application (POST /toimitus/hakemukset/{id}): accept, decline,
// schedule an accepted workshop as an event of kind workshop, publish the summary of a held one
// with the practices it produced. Each move is in the audit log.
#include <sstream>

#include "tori/core/event.hpp"
#include "tori/store/store.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/applications/application_pages.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {

http::Response post_application_decision(const http::Request& request, const Services& services,
                                         Language language);

namespace {

// The workshop event of `application` from the posted date, times and place; none when the
// times are malformed or the event would not be valid.
std::optional<core::EventInput> workshop_event(const Services& services,
                                               const store::Application& application,
                                               const http::Form& form) {
  const std::string date = form.get("date");
  const auto starts = core::helsinki_time_on(date, form.get("starts"));
  const auto ends = core::helsinki_time_on(date, form.get("ends"));
  if (!starts || !ends || *ends <= *starts) return std::nullopt;
  core::EventInput event;
  event.external_id = "hakemus-" + std::to_string(application.id);
  event.kind = core::EventKind::kWorkshop;
  event.title = services.catalogue.format(Language::kFi, "applications.event_title",
                                          {{"organisation", application.input.organisation}});
  event.lead = application.input.development.substr(0, 500);
  event.starts_at = *starts;
  event.ends_at = *ends;
  event.registration_closes = core::RegistrationDeadline{"", *starts};
  if (!form.get("place").empty()) {
    event.place =
        core::EventPlace{form.get("place"), form.get("address"), form.get("municipality")};
  }
  event.remote = form.get("place").empty();
  if (!core::validate_event_input(event).empty()) return std::nullopt;
  return event;
}

// The practice slugs of the summary form: one per line (or separated by spaces or commas), each
// of a practice that exists, at most kMaxWorkshopPractices; none when one is unknown.
std::optional<std::vector<std::string>> practice_slugs(const Services& services,
                                                       const std::string& text) {
  std::string spaced = text;
  std::replace(spaced.begin(), spaced.end(), ',', ' ');
  std::istringstream in(spaced);
  std::vector<std::string> slugs;
  for (std::string slug; in >> slug;) {
    if (std::find(slugs.begin(), slugs.end(), slug) != slugs.end()) continue;
    if (!services.store.practices().find_by_slug(slug)) return std::nullopt;
    slugs.push_back(slug);
  }
  if (slugs.size() > core::kMaxWorkshopPractices) return std::nullopt;
  return slugs;
}

struct Move {
  bool done = false;
  std::string audit_detail_key;  // a detail beside the id ("event", "practices")
  std::string audit_detail_value;
};

Move apply_move(const Services& services, const store::Application& application,
                const std::string& action, const http::Form& form) {
  store::ApplicationStore& applications = services.store.applications();
  const auto now = store::utc_now();
  if (action == "accept" || action == "decline") {
    const auto to = action == "accept" ? core::ApplicationStatus::kAccepted
                                       : core::ApplicationStatus::kDeclined;
    return {applications.set_status(application.id, to, now), "", ""};
  }
  if (action == "schedule") {
    if (application.type_code != core::kWorkshopService ||
        application.status != core::ApplicationStatus::kAccepted) {
      return {};
    }
    const auto event = workshop_event(services, application, form);
    if (!event) return {};
    const store::EventSaved saved = services.store.events().save(*event, now);
    return {applications.link_event(application.id, saved.id, now), "event", saved.slug};
  }
  if (action == "summary") {
    const std::string summary = form.get("summary");
    const auto slugs = practice_slugs(services, form.get("practices"));
    if (summary.empty() || summary.size() > core::kMaxWorkshopSummaryLength || !slugs) return {};
    std::string joined;
    for (const std::string& slug : *slugs)
      joined += (joined.empty() ? "" : " ") + slug;
    return {applications.publish_summary(application.id, summary, *slugs, now), "practices",
            joined};
  }
  return {};
}

}  // namespace

http::Response post_application_decision(const http::Request& request, const Services& services,
                                         Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  std::optional<store::Application> application;
  try {
    application = services.store.applications().find(std::stoll(std::string{request.param("id")}));
  } catch (const std::exception&) {
  }
  if (!application) return error_page(services, language, 404);
  const std::string action = posted.form->get("action");
  const std::string path = "/toimitus/hakemukset/" + std::to_string(application->id);
  const Move move = apply_move(services, *application, action, *posted.form);
  if (!move.done) return redirect_with(posted.visitor, language, with_notice(path, "unchanged"));
  const std::string id = std::to_string(application->id);
  store::AuditEntry entry = staff_audit(
      services, request, *posted.visitor.account, "application." + action, "application",
      move.audit_detail_key.empty()
          ? json_detail({{"type", application->type_code}})
          : json_detail({{"type", application->type_code},
                         {move.audit_detail_key, move.audit_detail_value}}));
  entry.object_id = id;
  services.store.audit_log().record(entry, store::utc_now());
  return redirect_with(posted.visitor, language, with_notice(path, "saved"));
}

}  // namespace tori::web
