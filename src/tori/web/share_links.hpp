// SPDX-License-Identifier: AGPL-3.0-or-later
// Share links of a public page (practices, news): Facebook, LinkedIn, X, WhatsApp and e-mail.
//
//   fill_share_links(body, absolute_url, title);  // SHARE_FACEBOOK … SHARE_EMAIL, URL
#pragma once

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it
#include <string>

#include <ctemplate/template_dictionary.h>

namespace tori::web {

// Sets URL (the address itself) and SHARE_FACEBOOK, SHARE_LINKEDIN, SHARE_X, SHARE_WHATSAPP and
// SHARE_EMAIL (insert that one with :none: it is percent-encoded with its '&' as "&amp;").
void fill_share_links(ctemplate::TemplateDictionary& body, const std::string& url,
                      const std::string& title);

}  // namespace tori::web
