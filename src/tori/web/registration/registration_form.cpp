// SPDX-License-Identifier: AGPL-3.0-or-later
// /tapahtumat/{slug}/ilmoittaudu: the registration form, its checks (CSRF, honeypot, rate limit,
// the window, a network meeting's members-only gate, the fields), the registration with its mail,
// and the "check your mail" page that is the same whoever registers, so the page never tells who
// attends.
#include "tori/auth/token.hpp"
#include "tori/store/store.hpp"
#include "tori/text/escape.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_notice.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/event_text.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_registration.hpp"
#include "tori/web/registration/registration_mail.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

core::TimePoint in_seconds(store::UtcTime time) {
  return std::chrono::time_point_cast<std::chrono::seconds>(time);
}

// The page's frame: the event it is for, in the page's language.
void fill_event(Page& page, const Services& services, const core::Event& event) {
  const Language language = page.language();
  Dictionary& body = page.body();
  body.SetValue("SLUG", event.slug);
  body.SetValue("EVENT_TITLE", event.input.title);
  body.SetValue("EVENT_TIME", event_time_text(language, event.input));
  body.SetValue("EVENT_PLACE", event_place_text(services, language, event.input));
}

struct FormView {
  core::RegistrantInput input{};
  FormErrors errors{};
  std::string form_key{};  // the one-time key of this form (a new one when empty)
  bool consented = false;  // the consent box was ticked
  int status = 200;
  MeetingRegistrationGate gate{};  // refused when !gate.admits
};

// Why a visitor outside the network cannot register for its members-only meeting.
http::Response members_only_page(const Services& services, Page& page, const Visitor& visitor,
                                 const core::Event& event, const MeetingRegistrationGate& gate) {
  const Language language = page.language();
  Dictionary* members_only = page.body().AddSectionDictionary("MEMBERS_ONLY");
  members_only->SetValue("MESSAGE", services.catalogue.format(language, "registration.members_only",
                                                              {{"network", gate.network_name}}));
  const std::string network = "/verkostot/" + gate.network_slug;
  members_only->SetValue("NETWORK_URL", localised_path(language, network));
  members_only->SetValue("JOIN_URL", localised_path(language, network + "/liity"));
  if (!visitor.signed_in()) {
    const std::string form = localised_path(language, "/tapahtumat/" + event.slug + "/ilmoittaudu");
    members_only->SetValueAndShowSection(
        "URL", "/kirjaudu?seuraava=" + text::url_encode_component(form), "LOG_IN");
  }
  return render_form(services, page, visitor, 403);
}

void fill_seats(Dictionary& form, const Services& services, Language language,
                const store::SeatCount& seats) {
  const std::optional<int> left = seats.left();
  form.ShowSection(left && *left == 0 ? "FULL" : "NOT_FULL");
  if (left && *left > 0) {
    form.SetValueAndShowSection(
        "TEXT",
        services.catalogue.format(language, "registration.seats_left",
                                  {{"count", static_cast<long long>(*left)}}),
        "SEATS_LEFT");
  }
}

http::Response form_page(const Services& services, Language language, const Visitor& visitor,
                         const core::Event& event, const FormView& view) {
  Page page(language, "registration");
  page.meta.title =
      services.catalogue.format(language, "registration.title", {{"event", event.input.title}});
  page.meta.path = "/tapahtumat/" + event.slug + "/ilmoittaudu";
  page.meta.nav = NavItem::kEvents;
  fill_event(page, services, event);
  if (!view.gate.admits) return members_only_page(services, page, visitor, event, view.gate);
  Dictionary& body = page.body();
  const auto now = in_seconds(store::utc_now());
  if (!core::registration_open(event, now)) {
    body.SetValueAndShowSection("MESSAGE", registration_text(services, language, event, now),
                                "UNAVAILABLE");
    return render_form(services, page, visitor, view.status == 200 ? 200 : 409);
  }
  Dictionary* form = body.AddSectionDictionary("FORM");
  const store::SeatCount seats = services.store.registrations().seats(event.id);
  fill_seats(*form, services, language, seats);
  form->SetValue("CSRF", visitor.csrf_token);
  form->SetValue("FORM_KEY", view.form_key.empty() ? auth::new_token() : view.form_key);
  fill_errors(*form, "registration", view.errors);
  if (!event.input.consent.empty()) {
    Dictionary* consent = form->AddSectionDictionary("CONSENT");
    consent->SetValue("TEXT", event.input.consent);
    consent->SetValue("LANG", std::string{core::to_string(event.input.language)});
    if (view.consented) consent->ShowSection("CHECKED");
    fill_errors(*consent, "registration", view.errors);
  }
  Dictionary* fields = form->AddIncludeDictionary("FIELDS");
  fields->SetFilename(Renderer::template_key(language, "registration_fields"));
  fields->ShowSection("EMAIL_FIELD");
  fill_errors(*fields, "registration", view.errors);
  fill_registrant(*fields, view.input, event.input, view.errors);
  fill_participation(*fields, services, language,
                     {event.input, view.input.participation, seats, false}, view.errors);
  return render_form(services, page, visitor, view.status);
}

core::RegistrantInput prefilled(const Visitor& visitor) {
  core::RegistrantInput input{};
  if (visitor.account) {
    input.name = visitor.account->name;
    input.email = visitor.account->email;
  }
  return input;
}

http::Response get_form(const http::Request& request, const Services& services, Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  const Visitor visitor = identify(request, services);
  FormView view{.input = prefilled(visitor),
                .gate = meeting_registration_gate(services, visitor, *event)};
  if (!view.gate.admits && !visitor.signed_in())
    return login_redirect(visitor, language, "/tapahtumat/" + event->slug + "/ilmoittaudu");
  return form_page(services, language, visitor, *event, view);
}

// Registers `input` (checked) for `event` and queues its mail.
void register_person(const Services& services, Language language, const Visitor& visitor,
                     const core::Event& event, const core::RegistrantInput& input,
                     const std::string& form_key) {
  const auto now = store::utc_now();
  store::RegistrationRequest registration{
      .event_id = event.id,
      .registrant = input,
      .account_id = visitor.account ? std::optional{visitor.account->id} : std::nullopt,
      .manage_digest = auth::token_digest(
          manage_token(services.accounts->secret_key, event.id, input.email, now)),
      .submission_digest = form_key.empty() ? "" : auth::token_digest(form_key),
      .language = content_language(language)};
  const bool may_mail_again = may_mail(services, input.email);
  store::RegistrationMail mail = registration_mail(services, event);
  services.store.registrations().register_for(
      registration,
      [&](const store::Registration& stored) -> std::optional<store::OutgoingMail> {
        const bool again = stored.updated_at > stored.registered_at;
        if (again && !may_mail_again) return std::nullopt;  // no inbox flooded by re-sends
        return mail(stored);
      },
      now);
  mail_queued(services);
}

http::Response post_form(const http::Request& request, const Services& services,
                         Language language) {
  if (services.accounts == nullptr) return error_page(services, language, 503);
  const auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  const Visitor visitor = identify(request, services);
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form) return error_page(services, language, posted.refusal);
  const http::Form& form = *posted.form;
  const std::string thanks = "/tapahtumat/" + event->slug + "/ilmoittaudu/kiitos";
  if (!form.get("website").empty()) return redirect_with(visitor, language, thanks);  // a bot
  FormView view{.input = read_registrant(form, event->input, form.get("email")),
                .form_key = form.get("form_key").substr(0, 64),
                .consented = form.get("consent") == "yes",
                .gate = meeting_registration_gate(services, visitor, *event)};
  if (!view.gate.admits) return form_page(services, language, visitor, *event, view);
  if (posted.refusal == 403) {
    view.errors.add("form", services.catalogue.text(language, "account.error.csrf"));
    view.status = 403;
    return form_page(services, language, visitor, *event, view);
  }
  if (!core::registration_open(*event, in_seconds(store::utc_now()))) {
    view.status = 409;
    return form_page(services, language, visitor, *event, view);
  }
  if (auto limited = rate_limited(services, language, "registration-ip:" + client_key(request),
                                  services.accounts->limits.registration_per_ip)) {
    view.errors.add("form", *limited);
    view.status = 429;
    return form_page(services, language, visitor, *event, view);
  }
  view.errors = registrant_errors(services, language, view.input, event->input);
  if (!event->input.consent.empty() && !view.consented) {
    view.errors.add("consent", services.catalogue.text(language, "registration.error.consent"));
  }
  if (!view.errors.empty()) {
    view.status = 422;
    return form_page(services, language, visitor, *event, view);
  }
  register_person(services, language, visitor, *event, view.input, view.form_key);
  return redirect_with(visitor, language, thanks);
}

http::Response thanks_page(const http::Request& request, const Services& services,
                           Language language) {
  const auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  return notice_page(services, language, identify(request, services), "registration.sent", 200);
}

}  // namespace

void add_registration_form_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/tapahtumat/{slug}/ilmoittaudu", get_form);
  add_localised(router, services, "POST", "/tapahtumat/{slug}/ilmoittaudu", post_form);
  add_localised(router, services, "GET", "/tapahtumat/{slug}/ilmoittaudu/kiitos", thanks_page);
}

}  // namespace tori::web
