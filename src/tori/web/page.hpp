// SPDX-License-Identifier: AGPL-3.0-or-later
// The page frame: one page's body template, dictionary and facts, rendered inside base.tpl
// (head, skip link, header, main navigation, language switch, footer).
//
//   Page page(language, "about");                       // data/templates/about.tpl
//   page.meta.title = services.catalogue.text(language, "about.title");
//   page.meta.path = "/tietoa";                         // Finnish path: canonical, hreflang
//   page.meta.nav = NavItem::kAbout;                    // aria-current in the main navigation
//   page.body().SetValue("DATE", formatted_date);       // values for about.tpl
//   return render_page(services, page);
#pragma once

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <string>
#include <string_view>

#include <ctemplate/template_dictionary.h>

#include "tori/http/message.hpp"
#include "tori/text/i18n.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

using text::Language;

// The sections of the main navigation (base.tpl), in their order there.
enum class NavItem {
  kNone,       // a page outside the main sections (front page, statements, errors)
  kPractices,  // /teot
  kSearch,     // /haku
  kEvents,     // /tapahtumat
  kNews,       // /uutiset
  kNetworks,   // /verkostot
  kAbout,      // /tietoa
};

// The Finnish path of a navigation section ("/teot"); "" for kNone.
[[nodiscard]] std::string_view nav_path(NavItem item);

// What the frame shows about a page besides its body.
struct PageMeta {
  std::string title;        // the page's own title; the frame adds " – Tekojen tori"
  std::string description;  // <meta name="description">
  // The page's Finnish path ("/tietoa"), from which the canonical link, the hreflang alternates
  // and the language switch are built. Empty for a page with no address of its own (an error
  // page): no canonical link, and the language switch leads to the front pages.
  std::string path;
  NavItem nav = NavItem::kNone;  // the section marked with aria-current
  bool indexable = true;         // false: <meta name="robots" content="noindex">
  // Whether the frame carries the newsletter pop-up (newsletter_popup.tpl, shown by
  // newsletter-popup.js after a delay). Public pages do; render_form (forms, account, editor
  // and admin pages, /uutiskirje itself) and previews turn it off, and pages with a status other
  // than 200 never have it.
  bool newsletter_offer = true;
};

// One page being built. Not copyable; build it in the handler and pass it to render_page.
class Page {
 public:
  // `body_template` is the template name of the page body ("about" for about.tpl).
  Page(Language language, std::string_view body_template);
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;

  [[nodiscard]] Language language() const { return language_; }
  // The dictionary the body template is expanded with. ctemplate does not let an include see
  // its parent's values, so everything the body shows goes here.
  [[nodiscard]] ctemplate::TemplateDictionary& body() { return *body_; }
  // The frame's own dictionary (base.tpl); render_page fills it.
  [[nodiscard]] ctemplate::TemplateDictionary& frame() { return frame_; }

  PageMeta meta;

 private:
  Language language_;
  ctemplate::TemplateDictionary frame_;
  ctemplate::TemplateDictionary* body_;  // owned by frame_
};

// The page inside base.tpl as an HTML response with `status` and Content-Language.
// Thread-safe. Throws std::runtime_error when a template is missing (a deployment error).
[[nodiscard]] http::Response render_page(const Services& services, Page& page, int status = 200);

}  // namespace tori::web
