-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Registrations for events: one per e-mail address (email_key, case-folded) and event, its
-- status (confirmed, waiting, offered a freed seat until offer_expires_at, cancelled), the
-- digest of the personal manage link's token, and the answers to the event's questions (values
-- separated by U+001F). Dietary and accessibility answers may be health data: they are purged a
-- while after the event, and included in `tori privacy export/erase`.
CREATE TABLE registrations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,  -- SQLite-only: AUTOINCREMENT (PostgreSQL: identity)
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting', 'offered', 'cancelled')),
  manage_digest TEXT NOT NULL UNIQUE,
  registered_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  offer_expires_at TEXT,
  attended_at TEXT,
  UNIQUE (event_id, email_key),
  CHECK ((status = 'offered') = (offer_expires_at IS NOT NULL))
);
CREATE INDEX registrations_event_status ON registrations (event_id, status, id);
CREATE INDEX registrations_email_key ON registrations (email_key);

CREATE TABLE registration_answers (
  registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  PRIMARY KEY (registration_id, question_id)
);
