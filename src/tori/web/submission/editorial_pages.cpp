// SPDX-License-Identifier: AGPL-3.0-or-later
// The editors' pages: the queue (/toimitus, filters by state, organisation and age) and one
// practice under review (/toimitus/{slug}) with its history, messages and the actions its state
// allows (publish, request changes with a message mailed to the author, unpublish, archive).
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/account_text.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/account/staff.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/submission/submission_pages.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

constexpr std::array<core::EditorialAction, 4> kEditorActions = {
    core::EditorialAction::kPublish, core::EditorialAction::kRequestChanges,
    core::EditorialAction::kUnpublish, core::EditorialAction::kArchive};

std::string state_label(const Services& services, Language language, core::PracticeState state) {
  return services.catalogue.text(language, "submission.state." + std::string(to_string(state)));
}

std::string format_time(store::UtcTime time, Language language) {
  return text::format_date_time(std::chrono::floor<std::chrono::seconds>(time), language);
}

// The queue's filters from the query: state (default submitted), age in days (the
// organisation needs the store: queue_page).
store::QueueQuery queue_query(const http::Request& request) {
  store::QueueQuery query;
  const std::string state = request.query_param("tila").value_or("submitted");
  if (auto parsed = core::parse_practice_state(state)) query.states = {*parsed};
  if (auto days = request.query_param("vanhempi_kuin")) {
    try {
      query.updated_before = store::utc_now() - std::chrono::hours(24 * std::stoi(*days));
    } catch (const std::exception&) {
    }
  }
  query.limit = 100;
  return query;
}

void fill_state_filter(Dictionary& body, const Services& services, Language language,
                       const store::QueueQuery& query) {
  for (core::PracticeState state :
       {core::PracticeState::kSubmitted, core::PracticeState::kDraft,
        core::PracticeState::kPublished, core::PracticeState::kArchived}) {
    Dictionary* option = body.AddSectionDictionary("STATE_OPTION");
    option->SetValue("VALUE", std::string(to_string(state)));
    option->SetValue("LABEL", state_label(services, language, state));
    if (!query.states.empty() && query.states.front() == state) option->ShowSection("SELECTED");
  }
}

http::Response queue_page(const http::Request& request, const Services& services,
                          Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  store::QueueQuery query = queue_query(request);
  if (auto slug = request.query_param("organisaatio"); slug && !slug->empty()) {
    if (auto organisation = services.store.organisations().find_by_slug(*slug)) {
      query.organisation_id = organisation->id;
    }
  }
  Page page(language, "editorial_queue");
  page.meta.title = services.catalogue.text(language, "editorial.queue.title");
  page.meta.path = "/toimitus";
  fill_state_filter(page.body(), services, language, query);
  page.body().SetValue("ORGANISATION", request.query_param("organisaatio").value_or(""));
  page.body().SetValue("AGE", request.query_param("vanhempi_kuin").value_or(""));
  const auto items = services.store.submissions().queue(query);
  if (items.empty()) page.body().ShowSection("EMPTY");
  for (const store::QueueItem& item : items) {
    Dictionary* row = page.body().AddSectionDictionary("ITEM");
    row->SetValue("URL", localised_path(language, "/toimitus/" + item.slug));
    row->SetValue("TITLE", item.title.empty() ? item.slug : item.title);
    row->SetValue("ORGANISATIONS", item.organisations);
    row->SetValue("AUTHOR", item.author);
    row->SetValue("STATE", state_label(services, language, item.state));
    row->SetValue("UPDATED", format_time(item.updated_at, language));
  }
  return render_form(services, page, visitor, 200);
}

void fill_review(Dictionary& body, const Services& services, Language language,
                 const core::Practice& practice, const Visitor& visitor) {
  body.SetValue("TITLE", practice.title);
  body.SetValue("STATE", state_label(services, language, practice.state));
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("ACTION", localised_path(language, "/toimitus/" + practice.slug));
  body.SetValue("PREVIEW_URL", localised_path(language, "/teot/" + practice.slug + "/esikatselu"));
  body.SetValue("EDIT_URL", localised_path(language, "/teot/" + practice.slug + "/muokkaa"));
  for (core::EditorialAction action : kEditorActions) {
    if (!core::next_state(practice.state, action)) continue;
    const std::string name(core::to_string(action));
    Dictionary* button = body.AddSectionDictionary(
        action == core::EditorialAction::kRequestChanges ? "REQUEST_CHANGES" : "BUTTON");
    button->SetValue("VALUE", name);
    button->SetValue("LABEL", services.catalogue.text(language, "editorial.action." + name));
  }
  for (const store::EditorialMessage& message :
       services.store.submissions().messages(practice.id)) {
    Dictionary* row = body.AddSectionDictionary("NOTE");
    row->SetValue("AT", format_time(message.at, language));
    row->SetValue("ACTOR", message.actor);
    row->SetValue("KIND", services.catalogue.text(language, "editorial.kind." + message.kind));
    if (!message.message.empty()) row->SetValueAndShowSection("TEXT", message.message, "HAS_TEXT");
  }
  for (const store::RevisionInfo& revision : services.store.submissions().revisions(practice.id)) {
    Dictionary* row = body.AddSectionDictionary("REVISION");
    row->SetValue("NUMBER", std::to_string(revision.revision));
    row->SetValue("URL", localised_path(language, "/toimitus/" + practice.slug + "/versiot/" +
                                                      std::to_string(revision.revision)));
    row->SetValue("AT", format_time(revision.saved_at, language));
    row->SetValue("ACTOR", revision.actor);
    row->SetValue("STATE", state_label(services, language, revision.state));
  }
}

http::Response review_page(const http::Request& request, const Services& services,
                           Language language, const FormErrors& errors, int status) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  const auto practice = services.store.practices().find_by_slug(request.param("slug"));
  if (!practice) return error_page(services, language, 404);
  Page page(language, "editorial_review");
  page.meta.title =
      services.catalogue.text(language, "editorial.review.title") + ": " + practice->title;
  page.meta.path = "/toimitus/" + practice->slug;
  fill_review(page.body(), services, language, *practice, visitor);
  fill_errors(page.body(), "review", errors);
  return render_form(services, page, visitor, status);
}

// The author's mail for a change request, in the author's language.
std::vector<store::OutgoingMail> change_request_mail(const Services& services,
                                                     const core::Practice& practice,
                                                     const std::string& message) {
  const auto author_id = services.store.submissions().author_of(practice.id);
  const auto author = author_id ? services.store.accounts().find(*author_id) : std::nullopt;
  if (!author || !may_mail(services, author->email)) return {};
  const Language language = page_language(author->language);
  const std::string link =
      absolute_url(services.site, localised_path(language, "/teot/" + practice.slug + "/muokkaa"));
  return {account_mail(services, language, "changes", author->email, author->name,
                       {{"title", practice.title}, {"message", message}, {"link", link}})};
}

http::Response post_review(const http::Request& request, const Services& services,
                           Language language) {
  Visitor visitor = identify(request, services);
  if (auto refusal = require_staff(request, services, language, visitor, core::Role::kEditor)) {
    return std::move(*refusal);
  }
  const PostedForm posted = read_form(request, visitor, services);
  if (!posted.form || posted.refusal != 0) {
    return error_page(services, language, posted.form ? posted.refusal : 400);
  }
  const auto practice = services.store.practices().find_by_slug(request.param("slug"));
  const auto action = core::parse_editorial_action(posted.form->get("action"));
  if (!practice || !action || !core::needs_editor(*action))
    return error_page(services, language, 404);
  const std::string message = posted.form->get("message");
  FormErrors errors;
  if (*action == core::EditorialAction::kRequestChanges && message.empty()) {
    errors.add("message", services.catalogue.text(language, "editorial.error.message"));
    return review_page(request, services, language, errors, 422);
  }
  const store::Actor actor = actor_of(services, request, *visitor.account);
  const auto mail = *action == core::EditorialAction::kRequestChanges
                        ? change_request_mail(services, *practice, message)
                        : std::vector<store::OutgoingMail>{};
  if (!services.store.submissions().apply(practice->id, *action, actor, message, mail,
                                          store::utc_now())) {
    errors.add("form", services.catalogue.text(language, "editorial.error.state"));
    return review_page(request, services, language, errors, 409);
  }
  if (!mail.empty()) mail_queued(services);
  return redirect_with(visitor, language, "/toimitus/" + practice->slug);
}

}  // namespace

void add_editorial_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/toimitus", queue_page);
  add_localised(router, services, "GET", "/toimitus/{slug}",
                [](const http::Request& request, const Services& s, Language language) {
                  return review_page(request, s, language, {}, 200);
                });
  add_localised(router, services, "POST", "/toimitus/{slug}", post_review);
  add_revision_routes(router, services);
  add_vocabulary_routes(router, services);
  add_organisation_admin_routes(router, services);
}

}  // namespace tori::web
