// SPDX-License-Identifier: AGPL-3.0-or-later
// The board's forms: posting an idea, commenting, supporting, and a leader's forward of picked
// items by mail with its permanent record. A refused form is shown again with 422 and its text.

#include "tori/store/store.hpp"
#include "tori/web/error_page.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/networks/network_board_forward.hpp"
#include "tori/web/networks/network_members_area.hpp"
#include "tori/web/submission/manage_support.hpp"
#include "tori/web/typed_text.hpp"

namespace tori::web {
namespace {

http::Response post_idea(const http::Request& request, const Services& services,
                         Language language) {
  AreaPost post = read_area_post(request, services, language, false);
  if (post.refusal) return std::move(*post.refusal);
  MembersAreaForms forms;
  forms.idea_quadrant = post.form->find("quadrant").value_or("");
  forms.idea_text = typed_text(post.form->find("text").value_or(""));
  const auto quadrant = core::parse_idea_quadrant(forms.idea_quadrant);
  if (!quadrant) {
    forms.idea_errors.add("quadrant", services.catalogue.text(language, "networks.error.quadrant"));
  }
  add_board_text_errors(services, language, "text", forms.idea_text, true, core::kMaxIdeaLength,
                        forms.idea_errors);
  if (!forms.idea_errors.empty())
    return members_area_page(request, services, language, *post.area, forms, 422);
  const std::int64_t id = services.store.network_board().post(
      post.area->network.id, {*quadrant, forms.idea_text, board_author(*post.area)},
      post.area->visitor.account->id, store::utc_now());
  return redirect_with(post.area->visitor, language,
                       with_notice(post.area->path() + "/jasenalue", "network_idea") + "#idea-" +
                           std::to_string(id));
}

http::Response post_comment(const http::Request& request, const Services& services,
                            Language language) {
  AreaPost post = read_area_post(request, services, language, false);
  if (post.refusal) return std::move(*post.refusal);
  const auto idea = number_param(request, "idea");
  if (!idea) return error_page(services, language, 404);
  MembersAreaForms forms;
  forms.comment_idea = *idea;
  forms.comment_text = typed_text(post.form->find("text").value_or(""));
  add_board_text_errors(services, language, "text", forms.comment_text, true, core::kMaxIdeaLength,
                        forms.comment_errors);
  if (!forms.comment_errors.empty())
    return members_area_page(request, services, language, *post.area, forms, 422);
  const bool added = services.store.network_board().comment(
      post.area->network.id, *idea, forms.comment_text, board_author(*post.area),
      post.area->visitor.account->id, store::utc_now());
  if (!added) return error_page(services, language, 404);
  return redirect_with(post.area->visitor, language,
                       with_notice(post.area->path() + "/jasenalue", "network_comment") + "#idea-" +
                           std::to_string(*idea));
}

http::Response post_support(const http::Request& request, const Services& services,
                            Language language) {
  AreaPost post = read_area_post(request, services, language, false);
  if (post.refusal) return std::move(*post.refusal);
  const auto idea = number_param(request, "idea");
  const bool supported = post.form->find("support").value_or("1") != "0";
  if (!idea || !services.store.network_board().support(post.area->network.id, *idea,
                                                       post.area->visitor.account->id, supported,
                                                       store::utc_now())) {
    return error_page(services, language, 404);
  }
  return redirect_with(post.area->visitor, language,
                       post.area->path() + "/jasenalue#idea-" + std::to_string(*idea));
}

http::Response post_forward(const http::Request& request, const Services& services,
                            Language language) {
  AreaPost post = read_area_post(request, services, language, true);
  if (post.refusal) return std::move(*post.refusal);
  MembersAreaForms forms = read_forward_form(services, language, *post.form);
  if (!forms.forward_errors.empty())
    return members_area_page(request, services, language, *post.area, forms, 422);
  if (!send_forward(request, services, language, *post.area, forms))
    return error_page(services, language, 404);  // an idea not the network's
  return redirect_with(
      post.area->visitor, language,
      with_notice(post.area->path() + "/jasenalue", "network_forwarded") + "#area-board");
}

}  // namespace

void add_network_board_routes(http::Router& router, const Services& services) {
  add_localised(router, services, "POST", "/verkostot/{slug}/ideataulu", post_idea);
  add_localised(router, services, "POST", "/verkostot/{slug}/ideataulu/valita", post_forward);
  add_localised(router, services, "POST", "/verkostot/{slug}/ideataulu/{idea}/kommentti",
                post_comment);
  add_localised(router, services, "POST", "/verkostot/{slug}/ideataulu/{idea}/tuki", post_support);
}

}  // namespace tori::web
