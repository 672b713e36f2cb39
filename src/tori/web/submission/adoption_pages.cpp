// SPDX-License-Identifier: AGPL-3.0-or-later
// "Otimme tämän käyttöön" (/teot/{slug}/kayttoon): a member of an organisation says it adopted
// a published practice, with an optional short note; the practice page lists the adopters.
#include "tori/store/store.hpp"
#include "tori/web/account/form_page.hpp"
#include "tori/web/account/settings.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/submission/submission_pages.hpp"

namespace tori::web {
namespace {

constexpr std::size_t kLongestNote = 500;

// The published practice of the path, or nothing.
std::optional<core::Practice> published(const Services& services, const http::Request& request) {
  auto practice = services.store.practices().find_by_slug(request.param("slug"));
  if (!practice || practice->state != core::PracticeState::kPublished) return std::nullopt;
  return practice;
}

// The person's organisations that may adopt it: approved memberships, not its own.
std::vector<core::Membership> adopters(const Services& services, const core::Account& account,
                                       const core::Practice& practice) {
  std::vector<core::Membership> chosen;
  for (const core::Membership& membership : services.store.memberships().of_account(account.id)) {
    if (membership.state != core::MembershipState::kApproved) continue;
    bool own = false;
    for (const core::Named& organisation : practice.organisations) {
      own = own || organisation.slug == membership.organisation_slug;
    }
    if (!own) chosen.push_back(membership);
  }
  return chosen;
}

http::Response adopt_page(const http::Request& request, const Services& services, Language language,
                          const FormErrors& errors, int status) {
  Visitor visitor = identify(request, services);
  const auto practice = published(services, request);
  if (!practice) return error_page(services, language, 404);
  const std::string path = "/teot/" + practice->slug + "/kayttoon";
  if (!visitor.signed_in()) {
    return login_redirect(visitor, language, path);
  }
  Page page(language, "adoption");
  page.meta.title = services.catalogue.text(language, "adoption.title");
  page.meta.path = path;
  auto& body = page.body();
  body.SetValue("PRACTICE", practice->title);
  body.SetValue("PRACTICE_URL", localised_path(language, "/teot/" + practice->slug));
  body.SetValue("CSRF", visitor.csrf_token);
  body.SetValue("ACTION", localised_path(language, path));
  const auto organisations = adopters(services, *visitor.account, *practice);
  if (organisations.empty())
    body.ShowSection("NO_ORGANISATION");
  else
    body.ShowSection("HAS_ORGANISATIONS");
  for (const core::Membership& membership : organisations) {
    auto* option = body.AddSectionDictionary("ORGANISATION");
    option->SetValue("VALUE", membership.organisation_slug);
    option->SetValue("LABEL", membership.organisation_name);
  }
  fill_errors(body, "adopt", errors);
  return render_form(services, page, visitor, status);
}

http::Response post_adopt(const http::Request& request, const Services& services,
                          Language language) {
  SignedInPost posted = read_signed_in_post(
      request, services, language, "/teot/" + std::string(request.param("slug")) + "/kayttoon");
  if (posted.refusal) return std::move(*posted.refusal);
  const Visitor& visitor = posted.visitor;
  const auto practice = published(services, request);
  if (!practice) return error_page(services, language, 404);
  const std::string slug = posted.form->get("organisation");
  const std::string note = posted.form->get("note");
  const core::Membership* chosen = nullptr;
  const auto organisations = adopters(services, *visitor.account, *practice);
  for (const core::Membership& membership : organisations) {
    if (membership.organisation_slug == slug) chosen = &membership;
  }
  FormErrors errors;
  if (!chosen)
    errors.add("organisation", services.catalogue.text(language, "adoption.error.organisation"));
  if (note.size() > kLongestNote)
    errors.add("note", services.catalogue.text(language, "adoption.error.note"));
  if (!errors.empty()) return adopt_page(request, services, language, errors, 422);
  (void)services.store.submissions().adopt(practice->id, chosen->organisation_id,
                                           actor_of(services, request, *visitor.account), note,
                                           store::utc_now());
  return redirect_with(visitor, language, "/teot/" + practice->slug + "#adoptions-heading");
}

}  // namespace

void add_adoption_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "GET", "/teot/{slug}/kayttoon",
                [](const http::Request& request, const Services& s, Language language) {
                  return adopt_page(request, s, language, {}, 200);
                });
  add_localised(router, services, "POST", "/teot/{slug}/kayttoon", post_adopt);
}

}  // namespace tori::web
