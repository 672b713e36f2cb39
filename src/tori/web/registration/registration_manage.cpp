// SPDX-License-Identifier: AGPL-3.0-or-later
// /ilmoittautuminen/{token}: the page the link in a registration's mail opens. GET only shows
// (mail scanners follow links); a POST with the page's CSRF token saves details and answers,
// cancels (the seat goes to the first in line), or takes an offered seat.
#include <algorithm>
#include <array>
#include <variant>

#include "tori/auth/token.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/registration/registration_mail.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using core::RegistrationStatus;
using Dictionary = ctemplate::TemplateDictionary;

// The registration of the link and its event, or nothing when the link names none.
struct Found {
  store::Registration registration;
  core::Event event;
};

std::optional<Found> find(const http::Request& request, const Services& services) {
  const std::string digest = auth::token_digest(request.param("token"));
  auto registration = services.store.registrations().find_by_manage_digest(digest);
  if (!registration) return std::nullopt;
  auto event = services.store.events().find_by_id(registration->event_id);
  if (!event) return std::nullopt;
  return Found{std::move(*registration), std::move(*event)};
}

// Over or cancelled: nothing to change any more.
bool event_over(const core::Event& event) {
  return event.cancelled() || store::utc_now() >= event.input.ends_at;
}

std::string status_text(const Services& services, Language language,
                        const store::Registration& registration) {
  return services.catalogue.text(
      language, "registration.status." + std::string{core::to_string(registration.status)});
}

void fill_offer(Dictionary& body, const Services& services, Language language,
                const store::Registration& registration) {
  if (registration.status != RegistrationStatus::kOffered) return;
  Dictionary* offer = body.AddSectionDictionary("OFFER");
  offer->SetValue(
      "TEXT",
      services.catalogue.format(
          language, "registration.manage.offer_text",
          {{"until", text::format_date_time(std::chrono::time_point_cast<std::chrono::seconds>(
                                                *registration.offer_expires_at),
                                            language)}}));
}

struct ManageView {
  std::optional<core::RegistrantInput> edited{};  // the posted details, when they had errors
  FormErrors errors{};
  std::string notice_key{};  // a catalogue key shown above everything
  int status = 200;
};

// What a redirect after an action may name (?ilmoitus=saved): registration.manage.<notice>.
constexpr std::array<std::string_view, 4> kNotices = {"saved", "cancelled", "accepted",
                                                      "offer_expired"};

std::string notice_key_of(const http::Request& request) {
  const std::optional<std::string> notice = request.query_param("ilmoitus");
  if (!notice || std::find(kNotices.begin(), kNotices.end(), *notice) == kNotices.end()) return {};
  return "registration.manage." + *notice;
}

void fill_edit(Dictionary& body, const Services& services, Language language, const Found& found,
               const ManageView& view) {
  Dictionary* edit = body.AddSectionDictionary("EDIT");
  fill_errors(*edit, "registration", view.errors);
  Dictionary* fields = edit->AddIncludeDictionary("FIELDS");
  fields->SetFilename(Renderer::template_key(language, "registration_fields"));
  fill_errors(*fields, "registration", view.errors);
  const core::RegistrantInput& shown = view.edited.value_or(found.registration.registrant);
  fill_registrant(*fields, shown, found.event.input, view.errors);
  fill_participation(*fields, services, language,
                     {found.event.input,
                      shown.participation,
                      {},
                      core::has_separate_capacities(found.event.input)},
                     view.errors);
}

http::Response manage_page(const http::Request& request, const Services& services,
                           Language language, const Visitor& visitor, const Found& found,
                           const ManageView& view) {
  Page page(language, "registration_manage");
  page.meta.title = services.catalogue.text(language, "registration.manage.heading");
  page.meta.path = "/ilmoittautuminen/" + std::string{request.param("token")};
  page.meta.nav = NavItem::kEvents;
  Dictionary& body = page.body();
  body.SetValue("SLUG", found.event.slug);
  body.SetValue("EVENT_TITLE", found.event.input.title);
  body.SetValue("EVENT_TIME", event_time_text(language, found.event.input));
  body.SetValue("EVENT_PLACE", event_place_text(services, language, found.event.input));
  body.SetValue("STATUS", status_text(services, language, found.registration));
  body.SetValue("EMAIL_SHOWN", found.registration.registrant.email);
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("ACTION", localised_path(language, page.meta.path));
  if (!view.notice_key.empty()) {
    body.SetValueAndShowSection("TEXT", services.catalogue.text(language, view.notice_key),
                                "NOTICE");
  }
  if (found.event.cancelled()) {
    Dictionary* cancelled = body.AddSectionDictionary("EVENT_CANCELLED");
    cancelled->SetValue("LANG", std::string{core::to_string(found.event.input.language)});
    if (!found.event.cancellation_note.empty()) {
      cancelled->SetValueAndShowSection("TEXT", found.event.cancellation_note, "NOTE");
    }
  }
  const bool active = found.registration.status != RegistrationStatus::kCancelled;
  if (active && !event_over(found.event)) {
    if (found.registration.status == RegistrationStatus::kConfirmed &&
        found.registration.registrant.participation == core::Participation::kRemote &&
        !found.event.input.remote_url.empty()) {
      body.SetValueAndShowSection("URL", found.event.input.remote_url, "REMOTE_LINK");
    }
    fill_offer(body, services, language, found.registration);
    fill_edit(body, services, language, found, view);
  } else if (!active && !event_over(found.event)) {
    body.ShowSection("REGISTER_AGAIN");
  }
  http::Response response = render_form(services, page, visitor, view.status);
  response.headers.set("Referrer-Policy", "no-referrer");  // the token stays out of Referer
  return response;
}

http::Response get_manage(const http::Request& request, const Services& services,
                          Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const Visitor visitor = identify(request, services);
  const auto found = find(request, services);
  if (!found) return notice_page(services, language, visitor, "registration.link_invalid", 404);
  return manage_page(request, services, language, visitor, *found,
                     {.notice_key = notice_key_of(request)});
}

// Does the posted action; the notice to redirect with, or the page again with the errors.
std::variant<std::string_view, ManageView> act(const http::Form& form, const Services& services,
                                               Language language, const Found& found,
                                               const std::string& digest) {
  const std::string action = form.get("action");
  auto& registrations = services.store.registrations();
  const auto now = store::utc_now();
  if (action == "cancel") {
    registrations.cancel(digest, offer_policy(services, found.event), now);
    mail_queued(services);
    return "cancelled";
  }
  if (action == "accept") {
    const bool taken = registrations.accept_offer(digest, now) == store::OfferAnswer::kConfirmed;
    return taken ? "accepted" : "offer_expired";
  }
  ManageView view{
      .edited = read_registrant(form, found.event.input, found.registration.registrant.email)};
  if (core::has_separate_capacities(found.event.input)) {  // the seat is of the way taken
    view.edited->participation = found.registration.registrant.participation;
  }
  view.errors = registrant_errors(services, language, *view.edited, found.event.input);
  if (!view.errors.empty()) {
    view.status = 422;
    return view;
  }
  registrations.update_registrant(digest, *view.edited, now);
  return "saved";
}

http::Response post_manage(const http::Request& request, const Services& services,
                           Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const Visitor visitor = identify(request, services);
  const auto found = find(request, services);
  if (!found) return notice_page(services, language, visitor, "registration.link_invalid", 404);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  if (posted.refusal == 403 || event_over(found->event)) {
    return manage_page(
        request, services, language, visitor, *found,
        {.notice_key = posted.refusal == 403      ? "account.error.csrf"
                       : found->event.cancelled() ? "events.registration.event_cancelled"
                                                  : "events.registration.event_over",
         .status = posted.refusal == 403 ? 403 : 409});
  }
  const std::string digest = auth::token_digest(request.param("token"));
  auto done = act(*posted.form, services, language, *found, digest);
  if (auto* view = std::get_if<ManageView>(&done)) {
    return manage_page(request, services, language, visitor, *found, *view);
  }
  const std::string path = "/ilmoittautuminen/" + std::string{request.param("token")} +
                           "?ilmoitus=" + std::string{std::get<std::string_view>(done)};
  return redirect_with(visitor, language, path);
}

}  // namespace

void add_registration_manage_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/ilmoittautuminen/{token}", get_manage);
  add_localised(router, services, "POST", "/ilmoittautuminen/{token}", post_manage);
}

void add_registration_routes(http::Router& router, const Services& services) {
  add_registration_form_routes(router, services);
  add_registration_manage_routes(router, services);
  add_staff_registration_routes(router, services);
}

}  // namespace tori::web
