// SPDX-License-Identifier: AGPL-3.0-or-later
// Everything Tori stores about one e-mail address as one JSON document (GDPR articles 15 and
// 20): the download of my account (/omat-tiedot/tiedot.json) and `tori privacy export` print
// this same document.
//
//   std::string json = personal_data_json(email, store.privacy().find_by_email(email));
#pragma once

#include <string>
#include <string_view>

#include "tori/store/privacy_store.hpp"

namespace tori::web {

// One JSON object, times in RFC 3339 with the Helsinki offset:
//   "email": the address asked about (trimmed),
//   "account": {"email", "name", "language", "created_at", "email_verified_at" (or null),
//               "roles": ["editor", …], "two_factor": bool} or null without an account,
//   "memberships": [{"organisation" (slug), "organisation_name", "role" (member/admin),
//                    "state" (pending/approved/declined), "message", "requested_at"}],
//   "practice_contacts": [{"practice" (slug), "practice_title", "name", "title" (the contact
//                          person's job title), "email", "phone"}] — practices naming the
//                          address as their contact person,
//   "actions": [{"at", "action", "object_type", "object_id"}] — audit entries by the person,
//   "queued_mail": the number of messages to the address in the outbox,
//   "registrations": [{"event" (slug), "event_title", "status", "name", "email",
//                      "organisation", "title", "answers": {question id: [values]},
//                      "registered_at"}] — registrations for events, with their answers,
//   "applications": [{"service", "status", "contact_name", "email", "phone", "organisation",
//                     "staff_size", "development", "preferred_months", "answers",
//                     "received_at"}] — applications for the programme's services,
//   "jury": [{"campaign" (slug), "campaign_name", "name", "title", "organisation", "member",
//             "chair", "invitations", "reviews": [{"practice" (slug), "comment", "submitted_at"
//             (or null), "scores": {criterion: value}}]}] — campaign juries naming the address,
//   "public_votes": [{"campaign" (slug), "category", "practice" (slug), "voted_at", "confirmed_at"
//                     (or null)}] — the votes of the address's keyed hash (filled by the caller),
//   "networks": {"leaders": [{"network" (slug), "network_name", "name", "title", "organisation",
//                             "email"}] — development networks listing the address as a leader,
//                "forwards": [{"network" (slug), "forwarded_on" (YYYY-MM-DD), "recorded_at",
//                              "to", "address"}] — leaders' forwards of board items mailed to it,
//                "posts": [{"network" (slug), "kind" (idea/comment/join_request), "text",
//                           "author", "organisation" (a join request's), "at"}] — what the
//                          account wrote, oldest first,
//                "supports": the number of board ideas the account supports},
//   "newsletter": {"email", "name", "organisation", "language", "topics": [topic, …], "state"
//                  (pending/confirmed/unsubscribed), "created_at", "confirmed_at",
//                  "unsubscribed_at" (or null), "consented_at", "consent_version",
//                  "consent_ip_hashed" (whether the keyed IP hash is still kept)} or null,
//   "generated_by": "Tekojen tori".
[[nodiscard]] std::string personal_data_json(std::string_view email,
                                             const store::PersonalData& data);

}  // namespace tori::web
