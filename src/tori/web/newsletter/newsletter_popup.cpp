// SPDX-License-Identifier: AGPL-3.0-or-later
// The newsletter pop-up of the public pages: newsletter_popup.tpl as the frame's include
// NEWSLETTER_POPUP, a closed <dialog> that newsletter-popup.js opens after a delay. It carries
// no CSRF token (public pages are cached and shared): the script takes one from /uutiskirje
// just before it opens the dialog.
#include "tori/core/subscriber.hpp"
#include "tori/web/localise.hpp"
#include "tori/web/newsletter/newsletter_pages.hpp"
#include "tori/web/render.hpp"

namespace tori::web {
namespace {

constexpr std::string_view kPopupSubscribePath = "/uutiskirje";
// Seconds on the page before the pop-up may open (data-delay; the script's own default too).
constexpr std::string_view kPopupDelaySeconds = "20";

}  // namespace

void fill_newsletter_popup(ctemplate::TemplateDictionary& frame, const Services& services,
                           Language language) {
  if (services.accounts == nullptr) return;  // no subscribing without the site key
  ctemplate::TemplateDictionary* popup = frame.AddIncludeDictionary("NEWSLETTER_POPUP");
  popup->SetFilename(Renderer::template_key(language, "newsletter_popup"));
  popup->SetValue("ACTION", localised_path(language, kPopupSubscribePath));
  popup->SetValue("LANGUAGE", std::string{text::language_code(language)});
  popup->SetValue("DELAY", std::string{kPopupDelaySeconds});
  popup->SetValue("SCRIPT", services.asset_url("js/newsletter-popup.js"));
  for (const std::string_view topic : core::kNewsletterTopics) {
    popup->AddSectionDictionary("TOPIC")->SetValue("VALUE", std::string{topic});
  }
}

}  // namespace tori::web
