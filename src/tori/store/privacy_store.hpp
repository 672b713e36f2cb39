// SPDX-License-Identifier: AGPL-3.0-or-later
// Everyone Tori knows by an e-mail address (GDPR articles 15 and 17): what is stored about the
// address, erasing it, and the retention purge that removes what is kept only for a while.
//
//   PersonalData data = store.privacy().find_by_email("maija@example.fi");
//   ErasureReport erased = store.privacy().erase_by_email("maija@example.fi", utc_now());
//   PurgeReport purged = store.privacy().purge(RetentionPolicy{}, utc_now());
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/account.hpp"
#include "tori/store/application_store.hpp"
#include "tori/store/audit_log.hpp"
#include "tori/store/registration_store.hpp"
#include "tori/store/subscriber_store.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

// A practice that names the address as its contact person (any state: drafts too).
struct ContactMention {
  std::string practice_slug;
  std::string practice_title;
  std::string name;   // the contact person's
  std::string title;  // the contact person's job title
  std::string email;  // as stored (the case may differ from the address asked for)
  std::string phone;
};

// A registration for an event by the address (or its account), with the event's name.
struct RegistrationMention {
  std::string event_slug;
  std::string event_title;
  Registration registration;
};

// A campaign's jury naming the address: the juror as published, whether the address joined the
// jury with an account (and chairs it), and the juror's reviews (comment and scores per entry).
struct JuryReviewMention {
  std::string practice_slug;
  std::string comment;
  std::optional<UtcTime> submitted_at;              // nothing: a draft
  std::vector<std::pair<std::string, int>> scores;  // criterion slug, value
};
struct JuryMention {
  std::string campaign_slug;
  std::string campaign_name;
  std::string juror_name;
  std::string juror_title;
  std::string juror_organisation;
  bool member = false;  // accepted the invitation with an account
  bool chair = false;
  std::int64_t invitations = 0;  // invitation links mailed to the address
  std::vector<JuryReviewMention> reviews;
};

struct VoteMention {
  std::string campaign_slug;
  std::string category;
  std::string practice_slug;
  UtcTime voted_at{};
  std::optional<UtcTime> confirmed_at;  // nothing: the link was never used
};

// What the development networks hold about the address (network_leaders, network_forwards) and
// about its account (the board, join requests). Slugs are the networks'.
struct NetworkLeaderMention {
  std::string network_slug;
  std::string network_name;
  std::string name;          // the leader as published
  std::string title;         // the leader's job title
  std::string organisation;  // as written
  std::string email;         // as stored (the case may differ from the address asked for)
};
// A leader's forward of board items whose mail went to the address (among the others listed).
struct NetworkForwardMention {
  std::string network_slug;
  std::string forwarded_on;  // Helsinki date YYYY-MM-DD
  UtcTime recorded_at{};
  std::string to;       // the recipients as named ("Kunta-alan kehittämisjaos")
  std::string address;  // the address's line as stored
};
// Something the account wrote to a network: an idea or a comment on its board (text and author
// as stored), or a request to join (its message, for an organisation).
struct NetworkPostMention {
  std::string network_slug;
  std::string kind;          // "idea", "comment" or "join_request"
  std::string text;          // the idea, the comment or the request's message
  std::string author;        // as stored with an idea or a comment; "" a join request
  std::string organisation;  // the organisation a join request was for; "" otherwise
  UtcTime at{};              // posted or requested
};
struct NetworkMentions {
  std::vector<NetworkLeaderMention> leaders;    // by network slug, in the leaders' order
  std::vector<NetworkForwardMention> forwards;  // oldest first
  std::vector<NetworkPostMention> posts;        // the account's, oldest first
  std::int64_t supports = 0;                    // board ideas the account supports
};

struct PersonalData {
  std::optional<core::Account> account;       // with its roles; nothing: no account
  std::vector<core::Membership> memberships;  // the account's, by organisation name
  std::vector<ContactMention> contacts;       // by practice slug
  // Audit entries whose actor is the address (without case), or the account (which may have
  // acted under an address it had before); oldest first.
  std::vector<AuditEntry> actions;
  std::int64_t queued_mail = 0;  // outbox messages to the address (pending, sent or failed)
  // Registrations for events with their answers, oldest first.
  std::vector<RegistrationMention> registrations;
  // Applications for the programme's services naming the address as the contact, oldest first.
  std::vector<Application> applications;
  // Campaigns whose jury names the address, newest first.
  std::vector<JuryMention> jury;
  // Public votes: the store knows voters only by the site's keyed hash, so the caller (who holds
  // the key) fills these from PublicVoteStore::votes_of.
  std::vector<VoteMention> public_votes;
  // Development networks naming the address as a leader or a forward's recipient, and what its
  // account wrote to them.
  NetworkMentions networks;
  // The newsletter subscription of the address, in any state.
  std::optional<Subscriber> subscriber;
};

struct ErasureReport {
  bool account_removed = false;
  std::int64_t contacts_erased = 0;  // practices whose contact person was blanked
  std::int64_t audit_entries_anonymised = 0;
  std::int64_t mail_removed = 0;
  std::int64_t registrations_removed = 0;   // with their answers
  std::int64_t applications_removed = 0;    // with their answers and published summaries
  std::int64_t jury_addresses_blanked = 0;  // jurors whose address was blanked (names stay)
  std::int64_t jury_invitations_removed = 0;
  std::int64_t network_leader_addresses_blanked = 0;   // leaders' addresses (names stay)
  std::int64_t network_forward_addresses_removed = 0;  // lines of forwards' address lists
  std::int64_t network_authors_blanked = 0;            // the account's board ideas and comments
  std::int64_t network_join_messages_blanked = 0;      // the account's join requests' messages
  std::int64_t network_supports_removed = 0;           // with the account
  bool subscriber_removed = false;                     // the newsletter subscription
};

// How long what is kept only for a while is kept (the configuration's [retention]).
struct RetentionPolicy {
  std::chrono::hours unverified_accounts{24 * 7};  // sign-ups never verified, from creation
  std::chrono::hours used_tokens{24 * 7};          // one-time links, from use or expiry
  std::chrono::hours sent_mail{24 * 30};           // outbox messages sent or given up
  std::chrono::hours audit_ip_hashes{24 * 365};    // the keyed IP hash of audit entries
  // Registrations' answers (dietary and accessibility needs may be health data), from the end
  // of their event.
  std::chrono::hours registration_answers{24 * 30};
  std::chrono::hours registrations{24 * 730};  // whole registrations, from the end of the event
  // A newsletter subscription with its consent record, from unsubscribing (the privacy notice
  // promises two years, to show that the consent was valid).
  std::chrono::hours unsubscribed{24 * 730};
};

// What one purge removed.
struct PurgeReport {
  std::int64_t accounts = 0;                  // unverified accounts deleted
  std::int64_t tokens = 0;                    // one-time tokens deleted
  std::int64_t mail = 0;                      // outbox messages deleted
  std::int64_t ip_hashes = 0;                 // audit entries whose IP hash was blanked
  std::int64_t answers = 0;                   // answers of registrations to events over a while
  std::int64_t registrations = 0;             // registrations to events long over
  std::int64_t subscriber_ip_hashes = 0;      // newsletter consents whose IP hash was blanked
  std::int64_t unconfirmed_subscribers = 0;   // subscriptions never confirmed, link long sent
  std::int64_t unsubscribed_subscribers = 0;  // subscriptions unsubscribed long ago
};

// Thread-safe. Methods throw Error when the database fails. Addresses are compared as
// core::email_key makes them (trimmed, ASCII lower case); an empty address matches nothing.
class PrivacyStore {
 public:
  virtual ~PrivacyStore() = default;
  // Everything stored about `email`.
  [[nodiscard]] virtual PersonalData find_by_email(std::string_view email) = 0;
  // In one transaction: deletes the account (sessions, tokens, memberships, roles and recovery
  // codes with it); blanks the contact person (name, title, address, phone) of every practice
  // naming the address, each a new revision at `now` with a change-log row, so pages and the
  // search index follow; in the audit entries of `actions` above, replaces the actor by
  // "erased:<account id>" ("erased" without an account) and blanks the IP hash; deletes the
  // outbox messages to the address; deletes the applications naming the address as the contact;
  // blanks the address of every juror listed with it (the published name stays until an editor
  // edits the jury) and deletes the jury invitations to it (the jury work of the account goes
  // with the account). In the development networks: blanks the address of every leader listed
  // with it (the published name stays; each network's updated_at is `now` with a "network"
  // change; importing a file that still names the address writes it again), removes its line from
  // the address lists of leaders' forwards (the rest of the record stays), and before the account
  // goes blanks the author of its board ideas and comments and the message of its join requests
  // (and of the history notes copied from them); the texts of ideas and comments stay, as they
  // belong to the network's board; its supports go with the account. Deletes the newsletter
  // subscription of the address. Erasing an unknown address changes nothing.
  virtual ErasureReport erase_by_email(std::string_view email, UtcTime now) = 0;
  // Removes what the policy no longer keeps at `now`: accounts never verified and created
  // before now - unverified_accounts (as AccountStore::purge_unverified); tokens used or
  // expired before now - used_tokens; sent or failed outbox messages sent (failed: queued)
  // before now - sent_mail; blanks the IP hash of audit entries before now - audit_ip_hashes,
  // and of newsletter consents given before then; deletes newsletter subscriptions never
  // confirmed whose link was mailed before now - unverified_accounts.
  // Sessions are the caller's (AccountStore::purge_sessions).
  virtual PurgeReport purge(const RetentionPolicy& policy, UtcTime now) = 0;
};

}  // namespace tori::store
