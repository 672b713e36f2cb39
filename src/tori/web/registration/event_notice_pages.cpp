// SPDX-License-Identifier: AGPL-3.0-or-later
// The staff's notices to an event's registrants: a message to all of them, to the confirmed or
// to those in line (/toimitus/tapahtumat/{slug}/viesti, with the messages sent before), and
// cancelling the event (/toimitus/tapahtumat/{slug}/peru), which mails everyone still
// registered. Each in the audit log; the mail goes in the transaction that records it.
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/registration/registration_mail.hpp"
#include "tori/web/registration/registration_pages.hpp"
#include "tori/web/render.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using core::RegistrationStatus;
using Dictionary = ctemplate::TemplateDictionary;

// What the message form shows again: the text as posted and its errors.
struct MessageForm {
  core::RegistrantNotice message{};
  store::Audience audience = store::Audience::kAll;
  FormErrors errors{};
  int status = 200;
};

std::string staff_event_path(const core::Event& event, std::string_view page) {
  return "/toimitus/tapahtumat/" + event.slug + "/" + std::string{page};
}

// How many each audience reaches now.
std::map<store::Audience, long long> audience_sizes(const Services& services,
                                                    const core::Event& event) {
  const store::SeatCount seats = services.store.registrations().seats(event.id);
  return {{store::Audience::kAll, seats.confirmed + seats.offered + seats.waiting},
          {store::Audience::kConfirmed, seats.confirmed},
          {store::Audience::kWaiting, seats.offered + seats.waiting}};
}

std::string audience_label(const Services& services, Language language, store::Audience audience) {
  return services.catalogue.text(
      language, "registration.message.audience." + std::string{store::to_string(audience)});
}

void fill_sent(Dictionary& body, const Services& services, Language language,
               const core::Event& event) {
  const std::vector<store::SentMessage> messages =
      services.store.registrations().messages(event.id);
  if (messages.empty()) body.ShowSection("NONE_SENT");
  for (const store::SentMessage& sent : messages) {
    Dictionary* item = body.AddSectionDictionary("SENT");
    item->SetValue("SUBJECT", sent.subject);
    item->SetValue("BODY", sent.body);
    item->SetValue("WHEN",
                   text::format_date_time(
                       std::chrono::time_point_cast<std::chrono::seconds>(sent.sent_at), language));
    item->SetValue("TO", services.catalogue.format(
                             language, "registration.message.sent_to",
                             {{"audience", audience_label(services, language, sent.audience)},
                              {"count", static_cast<long long>(sent.recipients)}}));
  }
}

http::Response message_page(const http::Request& request, const Services& services,
                            Language language, const Visitor& visitor, const core::Event& event,
                            const MessageForm& form) {
  Page page(language, "registration_message");
  page.meta.title = services.catalogue.format(language, "registration.message.title",
                                              {{"event", event.input.title}});
  page.meta.path = staff_event_path(event, "viesti");
  Dictionary& body = page.body();
  fill_event_heading(body, language, event);
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("SUBJECT", form.message.subject);
  body.SetValue("BODY", form.message.body);
  fill_errors(body, "message", form.errors);
  fill_notice(body, request, services, language);
  const auto sizes = audience_sizes(services, event);
  for (const store::Audience audience :
       {store::Audience::kAll, store::Audience::kConfirmed, store::Audience::kWaiting}) {
    Dictionary* option = body.AddSectionDictionary("AUDIENCE");
    option->SetValue("VALUE", std::string{store::to_string(audience)});
    const auto size = sizes.find(audience);
    option->SetValue("LABEL", services.catalogue.format(
                                  language, "registration.message.audience_option",
                                  {{"audience", audience_label(services, language, audience)},
                                   {"count", size == sizes.end() ? 0LL : size->second}}));
    if (audience == form.audience) option->ShowSection("CHECKED");
  }
  fill_sent(body, services, language, event);
  return render_form(services, page, visitor, form.status);
}

http::Response get_message(const http::Request& request, const Services& services,
                           Language language) {
  StaffEvent staff = staff_event(request, services, language);
  if (staff.refusal) return std::move(*staff.refusal);
  return message_page(request, services, language, staff.visitor, *staff.event, {});
}

// The findings as messages beside the fields: "<prefix><field>" of the catalogue.
void add_field_errors(FormErrors& errors, const Services& services, Language language,
                      std::string_view prefix, const std::vector<core::FieldError>& found) {
  for (const core::FieldError& error : found)
    errors.add(error.field, services.catalogue.text(language, std::string{prefix} + error.field));
}

http::Response post_message(const http::Request& request, const Services& services,
                            Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  const auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  MessageForm form{.message = {posted.form->get("subject"), posted.form->get("body")}};
  const auto audience = store::parse_audience(posted.form->get("audience"));
  if (!audience)
    form.errors.add("audience",
                    services.catalogue.text(language, "registration.message.error.audience"));
  form.audience = audience.value_or(store::Audience::kAll);
  add_field_errors(form.errors, services, language, "registration.message.error.",
                   core::validate_message(form.message));
  if (!form.errors.empty()) {
    form.status = 422;
    return message_page(request, services, language, posted.visitor, *event, form);
  }
  const int sent = services.store.registrations().send_message(
      event->id, *audience, form.message.subject, form.message.body,
      notice_mail(services, *event, "registration_message",
                  {{"subject", form.message.subject}, {"message", form.message.body}}, false),
      store::utc_now());
  services.store.audit_log().record(
      staff_audit(services, request, *posted.visitor.account, "registrations.message", "event",
                  json_detail({{"slug", event->slug},
                               {"audience", store::to_string(*audience)},
                               {"recipients", std::to_string(sent)}})),
      store::utc_now());
  mail_queued(services);
  return redirect_with(posted.visitor, language,
                       with_notice(staff_event_path(*event, "viesti"), "message_sent"));
}

http::Response cancel_page(const http::Request& request, const Services& services,
                           Language language, const Visitor& visitor, const core::Event& event,
                           const std::string& note, const FormErrors& errors) {
  Page page(language, "event_cancel");
  page.meta.title = services.catalogue.format(language, "registration.cancel_event.title",
                                              {{"event", event.input.title}});
  page.meta.path = staff_event_path(event, "peru");
  Dictionary& body = page.body();
  fill_event_heading(body, language, event);
  fill_notice(body, request, services, language);
  if (event.cancelled()) {
    body.SetValueAndShowSection("WHEN", text::format_date_time(*event.cancelled_at, language),
                                "ALREADY");
    return render_form(services, page, visitor, errors.empty() ? 200 : 409);
  }
  Dictionary* form = body.AddSectionDictionary("FORM");
  form->SetValue("CSRF", visitor.csrf_token);
  form->SetValue("NOTE", note);
  fill_errors(*form, "cancel", errors);
  form->SetValue("WHO", services.catalogue.format(
                            language, "registration.cancel_event.who",
                            {{"count", audience_sizes(services, event)[store::Audience::kAll]}}));
  return render_form(services, page, visitor, errors.empty() ? 200 : 422);
}

http::Response get_cancel(const http::Request& request, const Services& services,
                          Language language) {
  StaffEvent staff = staff_event(request, services, language);
  if (staff.refusal) return std::move(*staff.refusal);
  return cancel_page(request, services, language, staff.visitor, *staff.event, {}, {});
}

http::Response post_cancel(const http::Request& request, const Services& services,
                           Language language) {
  StaffPost posted = read_staff_post(request, services, language);
  if (posted.refusal) return std::move(*posted.refusal);
  auto event = services.store.events().find_by_slug(request.param("slug"));
  if (!event) return error_page(services, language, 404);
  const std::string note = posted.form->get("body");
  FormErrors errors;
  add_field_errors(errors, services, language, "registration.cancel_event.error.",
                   core::validate_cancellation_note(note));
  if (!errors.empty()) {
    return cancel_page(request, services, language, posted.visitor, *event, note, errors);
  }
  const store::UtcTime now = store::utc_now();
  event->cancelled_at = std::chrono::time_point_cast<std::chrono::seconds>(now);
  event->cancellation_note = note;  // the mail's .ics then says CANCELLED
  const auto mailed = services.store.registrations().cancel_event(
      event->id, note,
      notice_mail(services, *event, "registration_event_cancelled", {{"note", note}}), now);
  if (!mailed) {
    return redirect_with(posted.visitor, language,
                         with_notice(staff_event_path(*event, "peru"), "unchanged"));
  }
  services.store.audit_log().record(
      staff_audit(services, request, *posted.visitor.account, "event.cancel", "event",
                  json_detail({{"slug", event->slug}, {"mailed", std::to_string(*mailed)}})),
      now);
  mail_queued(services);
  return redirect_with(posted.visitor, language,
                       with_notice(staff_event_path(*event, "ilmoittautuneet"), "event_cancelled"));
}

}  // namespace

void add_event_notice_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus/tapahtumat/{slug}/viesti", get_message);
  add_localised(router, services, "POST", "/toimitus/tapahtumat/{slug}/viesti", post_message);
  add_localised(router, services, "GET", "/toimitus/tapahtumat/{slug}/peru", get_cancel);
  add_localised(router, services, "POST", "/toimitus/tapahtumat/{slug}/peru", post_cancel);
}

}  // namespace tori::web
