// SPDX-License-Identifier: AGPL-3.0-or-later
// What a newsletter issue says, as HTML and as plain text: the editor's Markdown, then the
// automatic blocks (the newest practices, the newest news, the coming events) with absolute
// links; and each recipient's mail around it, with their own manage and unsubscribe links.
//
//   store::NewsletterContent content = compose_newsletter(services, issue.input, now);
//   store.newsletters().start_sending(slug, content, recipients, now);
//   store.newsletters().dispatch(20, [&](auto& issue, auto& s) { return newsletter_mail(services,
//   issue, s); }, now);
#pragma once

#include <optional>

#include "tori/store/newsletter_store.hpp"
#include "tori/web/services.hpp"

namespace tori::web {

// The editor's own part of `input`: the Markdown as HTML (headings from h2) and as text.
[[nodiscard]] store::NewsletterContent written_content(const core::NewsletterInput& input);

// The content of `input` as it would go out at `now` (the blocks as the site is then).
[[nodiscard]] store::NewsletterContent compose_newsletter(const Services& services,
                                                          const core::NewsletterInput& input,
                                                          store::UtcTime now);

// The mail of `issue` to `subscriber`: its frozen content, a footer with the archive's address,
// the subscriber's manage and unsubscribe links, and newsletter_headers.
[[nodiscard]] store::OutgoingMail newsletter_mail(const Services& services,
                                                  const store::NewsletterIssue& issue,
                                                  const store::Subscriber& subscriber);

// Queues the mail of up to `limit` waiting recipients (the throttle: the periodic task's batch)
// and wakes the delivery worker when any was queued.
store::NewsletterDispatch dispatch_newsletters(const Services& services, int limit,
                                               store::UtcTime now);

}  // namespace tori::web
