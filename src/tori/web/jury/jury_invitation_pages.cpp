// SPDX-License-Identifier: AGPL-3.0-or-later
// Inviting jurors: the editors' jury section and its invitation button
// (POST /toimitus/kampanjat/{slug}/raati/{position}/kutsu), and the invitation a juror opens
// (/raati/kutsu/{token}: signed in, one button; accepting links the account to the juror and
// gives it the juror role). Declared in jury_pages.hpp.
#include <algorithm>
#include <chrono>

#include "tori/auth/token.hpp"
#include "tori/store/account_store.hpp"
#include "tori/store/store.hpp"
#include "tori/text/time_format.hpp"
#include "tori/web/account/account_mail.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/jury/jury_handlers.hpp"
#include "tori/web/jury/jury_pages.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/page.hpp"
#include "tori/web/submission/manage_support.hpp"

namespace tori::web {
namespace {

using Dictionary = ctemplate::TemplateDictionary;

std::string juror_status(const Services& services, Language language,
                         const store::JurorLink& link) {
  const text::Catalogue& catalogue = services.catalogue;
  if (link.accepted_at) {
    return catalogue.text(language,
                          link.chair ? "jury.admin.status.chair" : "jury.admin.status.accepted");
  }
  if (link.invited_at) {
    return catalogue.format(
        language, "jury.admin.status.invited",
        {{"when",
          text::format_date(std::chrono::time_point_cast<std::chrono::seconds>(*link.invited_at),
                            language)}});
  }
  return catalogue.text(language, link.juror.email.empty() ? "jury.admin.status.no_email"
                                                           : "jury.admin.status.not_invited");
}

std::string_view accept_outcome_key(store::AcceptOutcome outcome) {
  switch (outcome) {
    case store::AcceptOutcome::kExpired:
      return "expired";
    case store::AcceptOutcome::kUsed:
      return "used";
    case store::AcceptOutcome::kJurorRemoved:
      return "removed";
    case store::AcceptOutcome::kAccountIsAnotherJuror:
      return "another";
    case store::AcceptOutcome::kAccepted:
    case store::AcceptOutcome::kUnknown:
      break;
  }
  return "unknown";
}

void grant_juror_role(const Services& services, const core::Account& account) {
  if (account.has_role(core::Role::kJuror)) return;
  std::vector<core::Role> roles = account.roles;
  roles.push_back(core::Role::kJuror);
  services.store.accounts().set_roles(account.id, roles, store::utc_now());
}

}  // namespace

void fill_jury_admin(Dictionary& body, const Services& services, Language language,
                     std::int64_t campaign_id, const std::string& slug,
                     const std::string& csrf_token) {
  const std::vector<store::JurorLink> jurors = services.store.jury().jurors(campaign_id);
  if (jurors.empty()) return;
  Dictionary* jury = body.AddSectionDictionary("JURY");
  for (const store::JurorLink& link : jurors) {
    Dictionary* item = jury->AddSectionDictionary("JUROR");
    item->SetValue("NAME", link.juror.name);
    if (!link.juror.title.empty())
      item->SetValueAndShowSection("ROLE_TEXT", link.juror.title, "ROLE");
    item->SetValue("STATUS", juror_status(services, language, link));
    if (link.accepted_at && !link.chair) {
      Dictionary* chair = item->AddSectionDictionary("MAKE_CHAIR");
      chair->SetValue(
          "ACTION", localised_path(language, "/toimitus/kampanjat/" + slug + "/raati/" +
                                                 std::to_string(link.position) + "/puheenjohtaja"));
      chair->SetValue("CSRF", csrf_token);
      chair->SetValue("NAME", link.juror.name);
    }
    if (!link.juror.email.empty() && !link.accepted_at) {
      Dictionary* invite = item->AddSectionDictionary("INVITE");
      invite->SetValue("ACTION",
                       localised_path(language, "/toimitus/kampanjat/" + slug + "/raati/" +
                                                    std::to_string(link.position) + "/kutsu"));
      invite->SetValue("CSRF", csrf_token);
      invite->SetValue("NAME", link.juror.name);
    }
  }
}

namespace {

// The campaign and juror of the path's {slug} and {position}; none when either is unknown.
std::optional<std::pair<store::Campaign, store::JurorLink>> path_juror(const http::Request& request,
                                                                       const Services& services) {
  auto campaign = services.store.campaigns().find_by_slug(request.param("slug"));
  const std::string_view text = request.param("position");
  if (!campaign || text.empty() || text.size() > 3 ||
      !std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const int position = std::stoi(std::string(text));
  for (store::JurorLink& link : services.store.jury().jurors(campaign->id))
    if (link.position == position) return std::pair{std::move(*campaign), std::move(link)};
  return std::nullopt;
}

}  // namespace

http::Response jury_chair_post(const http::Request& request, const Services& services,
                               Language language) {
  StaffPost post = read_staff_post(request, services, language);
  if (post.refusal) return std::move(*post.refusal);
  const auto found = path_juror(request, services);
  if (!found || !found->second.account_id) return error_page(services, language, 404);
  const auto& [campaign, juror] = *found;
  services.store.jury().set_chair(
      campaign.id, juror.account_id,
      {post.visitor.account->id, actor_of(services, request, *post.visitor.account).ip_hash},
      store::utc_now());
  return redirect_with(
      post.visitor, language,
      with_notice("/toimitus/kampanjat/" + campaign.input.slug, "chair_set") + "#jury");
}

http::Response jury_invite_post(const http::Request& request, const Services& services,
                                Language language) {
  StaffPost post = read_staff_post(request, services, language);
  if (post.refusal) return std::move(*post.refusal);
  const auto found = path_juror(request, services);
  if (!found || found->second.juror.email.empty()) return error_page(services, language, 404);
  const auto& [campaign, juror] = *found;
  const std::string token = auth::new_token();
  const std::string link =
      absolute_url(services.site, localised_path(language, "/raati/kutsu/" + token));
  store::OutgoingMail mail =
      account_mail(services, language, "jury_invitation", juror.juror.email, juror.juror.name,
                   {{"link", link}, {"campaign", campaign.input.name}});
  const auto now = store::utc_now();
  services.store.jury().create_invitation(campaign.id, juror.position, auth::token_digest(token),
                                          now + kJuryInvitationLifetime, {mail}, now);
  mail_queued(services);
  return redirect_with(
      post.visitor, language,
      with_notice("/toimitus/kampanjat/" + campaign.input.slug, "invited") + "#jury");
}

http::Response jury_accept_page(const http::Request& request, const Services& services,
                                Language language) {
  const std::string path = "/raati/kutsu/" + std::string(request.param("token"));
  const Visitor visitor = identify(request, services);
  if (!visitor.signed_in()) return login_redirect(visitor, language, path);
  Page page(language, "jury_accept");
  page.meta.title = services.catalogue.text(language, "jury.accept.title");
  page.meta.path = path;
  page.body().SetValue("ACTION", localised_path(language, path));
  page.body().SetValue("CSRF", visitor.csrf_token);
  page.body().SetValue("EMAIL", visitor.account->email);
  page.body().ShowSection("CAN_ACCEPT");
  return render_form(services, page, visitor);
}

http::Response jury_accept_post(const http::Request& request, const Services& services,
                                Language language) {
  const std::string path = "/raati/kutsu/" + std::string(request.param("token"));
  SignedInPost post = read_signed_in_post(request, services, language, path);
  if (post.refusal) return std::move(*post.refusal);
  const core::Account& account = *post.visitor.account;
  const store::JuryAcceptance accepted = services.store.jury().accept_invitation(
      auth::token_digest(request.param("token")),
      {account.id, actor_of(services, request, account).ip_hash}, store::utc_now());
  if (accepted.outcome != store::AcceptOutcome::kAccepted) {
    Page page(language, "jury_accept");
    page.meta.title = services.catalogue.text(language, "jury.accept.title");
    page.meta.path = path;
    page.body().AddSectionDictionary("REFUSED")->SetValue(
        "TEXT",
        services.catalogue.text(language, std::string("jury.accept.refused.") +
                                              std::string(accept_outcome_key(accepted.outcome))));
    return render_form(services, page, post.visitor, 410);
  }
  grant_juror_role(services, account);
  return redirect_with(post.visitor, language, "/raati/" + accepted.campaign_slug);
}

}  // namespace tori::web
