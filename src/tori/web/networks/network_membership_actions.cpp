// SPDX-License-Identifier: AGPL-3.0-or-later
// Joining and leaving a network (an organisation's request with its page, a leader's decision, an
// organisation's administrator taking it out) and a leader's minutes of a meeting.
#include <algorithm>

#include <ctemplate/template.h>

#include "tori/store/store.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_board_forward.hpp"
#include "tori/web/networks/network_members_area.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

// The visitor's approved membership of the organisation `slug`, if any.
std::optional<core::Membership> approved_membership(const Services& services,
                                                    const Visitor& visitor, std::string_view slug) {
  for (const core::Membership& membership :
       services.store.memberships().of_account(visitor.account->id)) {
    if (membership.organisation_slug == slug &&
        membership.state == core::MembershipState::kApproved)
      return membership;
  }
  return std::nullopt;
}

// A join request as typed, re-shown with its errors.
struct JoinForm {
  std::string organisation{};  // the slug chosen
  std::string message{};
  FormErrors errors{};
};

// ORGANISATION options (VALUE, NAME, SELECTED) for the visitor's organisations outside the
// network with the typed message and its errors, or NO_ORGANISATIONS; MEMBER_ALREADY when one of
// them is a member.
void fill_join_choices(ctemplate::TemplateDictionary& body, const Services& services,
                       const Visitor& visitor, const store::Network& network,
                       const JoinForm& typed) {
  ctemplate::TemplateDictionary* form = nullptr;
  for (const core::Membership& membership :
       services.store.memberships().of_account(visitor.account->id)) {
    if (membership.state != core::MembershipState::kApproved) continue;
    if (std::ranges::any_of(network.organisations, [&](const core::Named& organisation) {
          return organisation.slug == membership.organisation_slug;
        })) {
      body.ShowSection("MEMBER_ALREADY");
      continue;
    }
    if (form == nullptr) {
      form = body.AddSectionDictionary("FORM");
      form->SetValue("TEXT", typed.message);
      fill_errors(*form, "join-form", typed.errors);
    }
    auto* option = form->AddSectionDictionary("ORGANISATION");
    option->SetValue("VALUE", membership.organisation_slug);
    option->SetValue("NAME", membership.organisation_name);
    if (membership.organisation_slug == typed.organisation) option->ShowSection("SELECTED");
  }
  if (form == nullptr) body.ShowSection("NO_ORGANISATIONS");
}

// The join request's page for `network` with the form as `typed`.
http::Response join_form_page(const http::Request& request, const Services& services,
                              Language language, const Visitor& visitor,
                              const store::Network& network, const JoinForm& typed, int status) {
  const std::string path = "/verkostot/" + network.input.slug;
  Page page(language, "network_join");
  page.meta.title =
      services.catalogue.text(language, "networks.join.title") + ": " + network.input.name;
  page.meta.path = path + "/liity";
  page.meta.nav = NavItem::kNetworks;
  page.meta.indexable = false;
  auto& body = page.body();
  body.SetValue("NAME", network.input.name);
  body.SetValue("NETWORK_URL", localised_path(language, path));
  body.SetValue("AREA_URL", localised_path(language, path + "/jasenalue"));
  body.SetValue("ACTION", localised_path(language, path + "/liity"));
  body.SetValue("CSRF", visitor.csrf_token);
  fill_notice(body, request, services, language);
  fill_join_choices(body, services, visitor, network, typed);
  return render_form(services, page, visitor, status);
}

// GET /verkostot/{slug}/liity: the form of a join request, for the visitor's approved
// organisations that are not members yet (and a word for those that are).
http::Response join_page(const http::Request& request, const Services& services,
                         Language language) {
  Visitor visitor = identify(request, services);
  const std::string path = "/verkostot/" + std::string{request.param("slug")};
  if (!visitor.signed_in()) return login_redirect(visitor, language, path + "/liity");
  const auto network = services.store.networks().find_by_slug(request.param("slug"));
  if (!network || !network->input.listed) return error_page(services, language, 404);
  return join_form_page(request, services, language, visitor, *network, {}, 200);
}

// Mails each leader with an address that `organisation` asks to join (in Finnish: leaders have no
// language of their own until they have an account), with the link to the members' area.
void tell_leaders(const Services& services, const store::Network& network,
                  const std::string& organisation, const std::string& message) {
  const std::string link =
      absolute_url(services.site, "/verkostot/" + network.input.slug + "/jasenalue#area-requests");
  bool queued = false;
  for (const core::NetworkLeader& leader : network.input.leaders) {
    if (leader.email.empty() || !may_mail(services, leader.email)) continue;
    services.store.outbox().enqueue(
        account_mail(services, Language::kFi, "network_join", leader.email, leader.name,
                     {{"network", network.input.name},
                      {"organisation", organisation},
                      {"message", message},
                      {"link", link}}),
        store::utc_now());
    queued = true;
  }
  if (queued) mail_queued(services);
}

// POST /verkostot/{slug}/liity: a member of a non-member organisation asks it in.
http::Response post_join(const http::Request& request, const Services& services,
                         Language language) {
  const std::string path = "/verkostot/" + std::string{request.param("slug")} + "/liity";
  SignedInPost post = read_signed_in_post(request, services, language, path);
  if (post.refusal) return std::move(*post.refusal);
  const auto network = services.store.networks().find_by_slug(request.param("slug"));
  if (!network || !network->input.listed) return error_page(services, language, 404);
  const auto membership =
      approved_membership(services, post.visitor, post.form->get("organisation"));
  if (!membership) return error_page(services, language, 403);
  JoinForm typed{.organisation = membership->organisation_slug,
                 .message = typed_text(post.form->get("message"))};
  add_board_text_errors(services, language, "message", typed.message, false, core::kMaxIdeaLength,
                        typed.errors);
  if (!typed.errors.empty())
    return join_form_page(request, services, language, post.visitor, *network, typed, 422);
  const std::string& message = typed.message;
  const auto outcome =
      services.store.networks().request_join(network->id, membership->organisation_id, message,
                                             post.visitor.account->id, store::utc_now());
  const char* notice = outcome == store::JoinRequestOutcome::kRequested ? "network_join_sent"
                       : outcome == store::JoinRequestOutcome::kAlreadyMember
                           ? "network_join_member"
                           : "network_join_waiting";
  if (outcome == store::JoinRequestOutcome::kRequested) {
    audit_network(request, services, *post.visitor.account, "network.join_request",
                  network->input.slug,
                  json_detail({{"organisation", membership->organisation_slug}}));
    tell_leaders(services, *network, membership->organisation_name, message);
  }
  return redirect_with(post.visitor, language, with_notice(path, notice));
}

// POST …/liittymispyynnot/{request}: a leader approves or declines.
http::Response post_decision(const http::Request& request, const Services& services,
                             Language language) {
  AreaPost post = read_area_post(request, services, language, true);
  if (post.refusal) return std::move(*post.refusal);
  MembersArea& area = *post.area;
  const std::string decision = post.form->get("decision");
  const auto id = number_param(request, "request");
  if (decision != "approve" && decision != "decline") return error_page(services, language, 400);
  if (!id || !services.store.networks().decide_join(area.network.id, *id, decision == "approve",
                                                    area.visitor.account->id, store::utc_now()))
    return error_page(services, language, 404);
  audit_network(request, services, *area.visitor.account, "network.join_" + decision,
                area.network.input.slug, json_detail({{"request", std::to_string(*id)}}));
  return redirect_with(
      area.visitor, language,
      with_notice(area.path() + "/jasenalue", "network_" + decision + "d") + "#area-requests");
}

// POST …/eroa: an organisation's administrator takes it out of the network.
http::Response post_leave(const http::Request& request, const Services& services,
                          Language language) {
  AreaPost post = read_area_post(request, services, language, false);
  if (post.refusal) return std::move(*post.refusal);
  MembersArea& area = *post.area;
  const auto membership =
      approved_membership(services, area.visitor, post.form->get("organisation"));
  if (!membership || membership->role != core::MembershipRole::kAdmin)
    return error_page(services, language, 403);
  if (!services.store.networks().leave(area.network.id, membership->organisation_id,
                                       area.visitor.account->id, store::utc_now()))
    return error_page(services, language, 404);
  audit_network(request, services, *area.visitor.account, "network.leave", area.network.input.slug,
                json_detail({{"organisation", membership->organisation_slug}}));
  return redirect_with(area.visitor, language, with_notice(area.path(), "network_left"));
}

// POST …/tapaamiset/{meeting}/muistio: a leader writes (or corrects) a meeting's minutes.
http::Response post_minutes(const http::Request& request, const Services& services,
                            Language language) {
  AreaPost post = read_area_post(request, services, language, true);
  if (post.refusal) return std::move(*post.refusal);
  MembersArea& area = *post.area;
  const auto meeting = number_param(request, "meeting");
  if (!meeting || static_cast<std::size_t>(*meeting) >= area.network.input.meetings.size())
    return error_page(services, language, 404);
  const auto index = static_cast<std::size_t>(*meeting);
  MembersAreaForms forms;
  forms.minutes_meeting = static_cast<std::int64_t>(index);
  forms.minutes_text = typed_text(post.form->get("minutes"));
  add_board_text_errors(services, language, "minutes", forms.minutes_text, false,
                        core::kMaxMeetingTextLength, forms.minutes_errors);
  if (!forms.minutes_errors.empty())
    return members_area_page(request, services, language, area, forms, 422);
  if (!services.store.networks().save_minutes(area.network.id, index, forms.minutes_text,
                                              store::utc_now()))
    return error_page(services, language, 404);
  audit_network(request, services, *area.visitor.account, "network.minutes",
                area.network.input.slug,
                json_detail({{"meeting", area.network.input.meetings[index].date}}));
  return redirect_with(
      area.visitor, language,
      with_notice(area.path() + "/jasenalue", "network_minutes") + "#area-documents");
}

}  // namespace

void add_network_membership_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/verkostot/{slug}/liity", join_page);
  add_localised(router, services, "POST", "/verkostot/{slug}/liity", post_join);
  add_localised(router, services, "POST", "/verkostot/{slug}/liittymispyynnot/{request}",
                post_decision);
  add_localised(router, services, "POST", "/verkostot/{slug}/eroa", post_leave);
  add_localised(router, services, "POST", "/verkostot/{slug}/tapaamiset/{meeting}/muistio",
                post_minutes);
}

}  // namespace tori::web
