// SPDX-License-Identifier: AGPL-3.0-or-later
// fill_share_links: the share services' own addresses with the page's address and title.
#include "tori/web/share_links.hpp"

#include "tori/text/escape.hpp"

namespace tori::web {

void fill_share_links(ctemplate::TemplateDictionary& body, const std::string& url,
                      const std::string& title) {
  body.SetValue("URL", url);  // the copy-link field and the printed address
  const std::string u = text::url_encode_component(url);
  const std::string t = text::url_encode_component(title);
  body.SetValue("SHARE_FACEBOOK", "https://www.facebook.com/sharer/sharer.php?u=" + u);
  body.SetValue("SHARE_LINKEDIN", "https://www.linkedin.com/sharing/share-offsite/?url=" + u);
  body.SetValue("SHARE_X", "https://x.com/intent/post?url=" + u + "&text=" + t);
  body.SetValue("SHARE_WHATSAPP", "https://wa.me/?text=" + t + "%20" + u);
  // ctemplate's URL check turns a mailto: value into "#", so this one is inserted unescaped: it
  // is only percent-encoded text, with its '&' written as "&amp;".
  body.SetValue("SHARE_EMAIL", "mailto:?subject=" + t + "&amp;body=" + u);
}

}  // namespace tori::web
