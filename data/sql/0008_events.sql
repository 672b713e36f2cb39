-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Events the programme runs (regional events, galas, webinars, network meetings, workshops):
-- what `tori import events` and the editors write and /tapahtumat shows. Times are UTC text;
-- registration_closes is the first closed instant, registration_closes_date the Helsinki date
-- it was given as (then the whole day is open), or NULL when given as an instant. A NULL
-- capacity has no limit. A place is all three place_ columns or none (remote only).
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,  -- SQLite-only: AUTOINCREMENT (PostgreSQL: identity)
  external_id TEXT NOT NULL UNIQUE,
  slug TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('regional_event', 'gala', 'webinar', 'network_meeting',
                                     'workshop', 'other')),
  title TEXT NOT NULL,
  lead TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  series TEXT NOT NULL DEFAULT '',
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  place_name TEXT,
  place_address TEXT,
  place_municipality TEXT,
  remote INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
  capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
  registration_opens TEXT,
  registration_closes TEXT,
  registration_closes_date TEXT,
  language TEXT NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_at >= starts_at),
  CHECK ((place_name IS NULL) = (place_address IS NULL)
         AND (place_name IS NULL) = (place_municipality IS NULL))
);
CREATE INDEX events_starts_at ON events (starts_at);
CREATE INDEX events_ends_at ON events (ends_at);
CREATE INDEX events_series ON events (series, starts_at);

-- An event's registration questions, in form order; choices newline-separated.
CREATE TABLE event_questions (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question_id TEXT NOT NULL,
  label TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('text', 'single', 'multi')),
  choices TEXT NOT NULL DEFAULT '',
  required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
  PRIMARY KEY (event_id, position),
  UNIQUE (event_id, question_id)
);
