-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0011_event_notices.sql (README.md there and here).
-- An event the staff cancel stays listed and marked cancelled (when, and their note to the
-- public); its registrations are kept, no longer reminded nor offered seats.
ALTER TABLE events ADD COLUMN cancelled_at TEXT;
ALTER TABLE events ADD COLUMN cancellation_note TEXT NOT NULL DEFAULT '';
-- 1 when the event's time or place changed and its registrants have not yet been mailed the
-- change (the registration worker mails them and sets it back to 0 in one transaction).
ALTER TABLE events ADD COLUMN change_notice_due INTEGER NOT NULL DEFAULT 0;

-- The staff's messages to an event's registrants: what went, to whom (all with a seat or in
-- line, the confirmed, those waiting) and to how many. Who sent each is in the audit log.
CREATE TABLE event_messages (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('all', 'confirmed', 'waiting')),
  recipients BIGINT NOT NULL,
  sent_at TEXT NOT NULL
);
CREATE INDEX event_messages_event ON event_messages (event_id, id);
