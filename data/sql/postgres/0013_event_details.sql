-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0013_event_details.sql (README.md there and here).
-- An event's details beside its description: whom it is for, how to get into its place, the
-- remote meeting link (shown and mailed to registrants only), whom to ask (organiser_name NULL:
-- nobody named), a picture on this site with its text alternative (image_path NULL: none) and
-- what a registrant agrees to on the form ('' none).
ALTER TABLE events ADD COLUMN audience TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN place_accessibility TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN remote_url TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN organiser_name TEXT;
ALTER TABLE events ADD COLUMN organiser_email TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN organiser_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN image_path TEXT;
ALTER TABLE events ADD COLUMN image_alt TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN consent TEXT NOT NULL DEFAULT '';

-- An event's programme, in order: when each item starts (UTC text), what it is, who speaks.
CREATE TABLE event_programme (
  event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  starts_at TEXT NOT NULL,
  title TEXT NOT NULL,
  speakers TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, position)
);

-- When the remote meeting link was mailed to a registration ([events] remote_link_hours before
-- the start; NULL: not yet).
ALTER TABLE registrations ADD COLUMN remote_link_sent_at TEXT;
