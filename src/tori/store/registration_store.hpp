// SPDX-License-Identifier: AGPL-3.0-or-later
// Registrations for events (data/sql/0009_registrations.sql): a seat or a place in line, taken
// atomically however many register at once; cancellations that offer the freed seat to the first
// in line; offers accepted or passed on when they expire; reminders before the event. Each change
// and its mail commit together, so no mail is lost or sent twice; a change in the seats taken
// logs an "event" change (the page cache and other nodes follow it).
//
//   auto result = store.registrations().register_for(request, mail_for, now);
//   if (result.outcome == RegisterOutcome::kWaiting) …                 // the event is full
//   store.registrations().cancel(digest, {.offer_valid_for = 24h, .mail_for = offer_mail}, now);
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tori/core/registration.hpp"
#include "tori/store/mail_outbox.hpp"
#include "tori/store/utc_time.hpp"

namespace tori::store {

struct Registration {
  std::int64_t id = 0;
  std::int64_t event_id = 0;
  core::RegistrantInput registrant;  // its participation always set as stored
  std::optional<std::int64_t> account_id;
  core::RegistrationStatus status = core::RegistrationStatus::kConfirmed;
  UtcTime registered_at{};
  UtcTime updated_at{};
  std::optional<UtcTime> offer_expires_at;  // offered only
  std::optional<UtcTime> attended_at;
  core::ContentLanguage language = core::ContentLanguage::kFi;  // of the form; of later mail
  std::optional<int> reminded_hours;  // the last reminder mailed (hours before the start)
};

struct RegistrationRequest {
  std::int64_t event_id = 0;
  core::RegistrantInput registrant;  // REQUIRES: validate_registrant found nothing
  std::optional<std::int64_t> account_id;
  // Of the token of the manage link the mail will carry; kept by a new (or revived) registration
  // only: an address already registered keeps its link.
  std::string manage_digest;
  // Of the one-time key of the form it was sent from; empty: none. The same form sent again
  // (a double click, a reload) changes nothing and mails nothing.
  std::string submission_digest{};
  core::ContentLanguage language = core::ContentLanguage::kFi;  // the form's
};

enum class RegisterOutcome {
  kConfirmed,          // a seat
  kWaiting,            // the event is full: in line
  kAlreadyRegistered,  // this address has an active registration: mailed its link again
  kResubmitted,        // the same form again: nothing changed, no mail
  kNoSuchEvent,
  kEventCancelled,  // nothing stored, no mail
};

struct RegisterResult {
  RegisterOutcome outcome = RegisterOutcome::kNoSuchEvent;
  std::optional<Registration> registration;  // as stored after the call (none: no such event
                                             // or cancelled)
};

// The mail to queue with a change, built from the registration as it stands after it; none: no
// mail.
using RegistrationMail = std::function<std::optional<OutgoingMail>(const Registration&)>;

// How a freed seat is offered: for how long, and the mail that tells the person in line.
struct OfferPolicy {
  std::chrono::seconds offer_valid_for = std::chrono::hours(24);
  RegistrationMail mail_for;
};

// Seats of an event, or of one way of taking part in it.
struct SeatTally {
  std::optional<int> capacity;  // none: no limit
  int confirmed = 0;
  int offered = 0;
  int waiting = 0;
  // Seats no one holds (none: no limit).
  [[nodiscard]] std::optional<int> left() const {
    if (!capacity) return std::nullopt;
    return std::max(0, *capacity - confirmed - offered);
  }
};

// An event's seats: all of them, and for a hybrid event with separate capacities each way's own
// (the whole is their sum; its capacity none unless both ways have one).
struct SeatCount : SeatTally {
  std::optional<SeatTally> on_site;
  std::optional<SeatTally> remote;
};

enum class OfferAnswer { kConfirmed, kExpired, kNotOffered };

// Whom a message to an event's registrants goes to: everyone with a seat, an offer or a place
// in line; the confirmed; or those offered a seat or in line.
enum class Audience { kAll, kConfirmed, kWaiting };

// "all", "confirmed", "waiting" and back.
[[nodiscard]] std::string_view to_string(Audience audience);
[[nodiscard]] std::optional<Audience> parse_audience(std::string_view text);

// A message the staff sent to an event's registrants.
struct SentMessage {
  std::int64_t id = 0;
  std::string subject;
  std::string body;
  Audience audience = Audience::kAll;
  int recipients = 0;
  UtcTime sent_at{};
};

class RegistrationStore {
 public:
  virtual ~RegistrationStore() = default;
  // A seat while confirmed + offered < capacity, else a place at the end of the line — of the
  // registrant's way of taking part when the event has separate capacities (none chosen: on site,
  // or remote for an event without a place); a cancelled registration of the same address comes
  // back to life. The mail of `mail_for`
  // (confirmation, waiting or "already registered" with the same link) goes in the same
  // transaction.
  virtual RegisterResult register_for(const RegistrationRequest& request,
                                      const RegistrationMail& mail_for, UtcTime now) = 0;
  [[nodiscard]] virtual std::optional<Registration> find_by_manage_digest(
      std::string_view digest) = 0;
  // Cancels the registration of the manage link; a seat it held goes to the first in line.
  // False when there is no such active registration.
  virtual bool cancel(std::string_view manage_digest, const OfferPolicy& offers, UtcTime now) = 0;
  // New name, organisation, title, answers and way of taking part (not the address; the way
  // only when given) for the registration of the manage link, while it is active; false
  // otherwise. The caller keeps the way unchanged where seats depend on it.
  virtual bool update_registrant(std::string_view manage_digest,
                                 const core::RegistrantInput& registrant, UtcTime now) = 0;
  // The person offered a seat takes it, if the offer has not expired.
  virtual OfferAnswer accept_offer(std::string_view manage_digest, UtcTime now) = 0;
  // Offers unanswered at `now` are cancelled and their seats offered to the next in line;
  // returns how many expired.
  virtual int expire_offers(const OfferPolicy& offers, UtcTime now) = 0;
  // Offers the seats free in events neither started nor cancelled to those in line, one each
  // with the mail of `offers` — seats a raised capacity added or a staff move left free (all in
  // line when the limit was removed); returns how many were offered.
  virtual int offer_open_seats(const OfferPolicy& offers, UtcTime now) = 0;
  // Mails the reminders due at `now` (core::due_reminder with `hours_before`) to the confirmed
  // registrations of events not yet started, each with the mail of `mail_for`, and remembers
  // them; returns how many went.
  virtual int send_reminders(const std::vector<int>& hours_before, const RegistrationMail& mail_for,
                             UtcTime now) = 0;
  // The staff move registration `id` of `event_id` to confirmed (a seat even beyond the
  // capacity: the staff decide) or to cancelled (a seat it held is offered on with `offers`),
  // with the mail of `mail_for` to the person. False when there is no such registration, it is
  // in that state already, or `to` is neither.
  virtual bool move(std::int64_t event_id, std::int64_t id, core::RegistrationStatus to,
                    const RegistrationMail& mail_for, const OfferPolicy& offers, UtcTime now) = 0;
  // Marks the person of registration `id` present (at `now`) or not; false when there is no
  // such registration of `event_id` with a seat.
  virtual bool set_attended(std::int64_t event_id, std::int64_t id, bool present, UtcTime now) = 0;
  // The event's registrations in the order they came (cancelled ones included).
  [[nodiscard]] virtual std::vector<Registration> of_event(std::int64_t event_id) = 0;
  [[nodiscard]] virtual SeatCount seats(std::int64_t event_id) = 0;
  // seats() of several events in one query (lists: the API, the staff's events); an unknown id
  // is left out.
  [[nodiscard]] virtual std::map<std::int64_t, SeatCount> seats(
      const std::vector<std::int64_t>& event_ids) = 0;

  // Event notices (registration_notices.cpp).

  // Cancels the event (it stays listed, marked cancelled with `note`; no one can register, no
  // reminders go and no seats are offered) and mails every registration with a seat, an offer
  // or a place in line with `mail_for`, in one transaction. Returns how many were mailed;
  // nothing when there is no such event or it is cancelled already.
  virtual std::optional<int> cancel_event(std::int64_t event_id, std::string_view note,
                                          const RegistrationMail& mail_for, UtcTime now) = 0;
  // Mails the changes of time or place that EventStore::save marked to every registration with a
  // seat, an offer or a place in line of events neither over nor cancelled, each with the mail
  // of `mail_for`, and unmarks them in the same transaction; returns how many went.
  virtual int send_change_notices(const RegistrationMail& mail_for, UtcTime now) = 0;
  // mail_registrants, and keeps the message (subject, body) with the count in the same
  // transaction; returns how many were mailed.
  virtual int send_message(std::int64_t event_id, Audience audience, std::string_view subject,
                           std::string_view body, const RegistrationMail& mail_for,
                           UtcTime now) = 0;
  // Mails the meeting link to each confirmed remote registration of the events with a link, not
  // cancelled, starting after `now` and within `before`, once each (with the mail of
  // `mail_for`); returns how many went.
  virtual int send_remote_links(std::chrono::seconds before, const RegistrationMail& mail_for,
                                UtcTime now) = 0;
  // The messages sent to the event's registrants, the newest first.
  [[nodiscard]] virtual std::vector<SentMessage> messages(std::int64_t event_id) = 0;
};

}  // namespace tori::store
