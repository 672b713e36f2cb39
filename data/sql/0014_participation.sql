-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Taking part on site or remotely: a hybrid event's separate capacities (either given: each way
-- has its own seats and waiting list, NULL for the other is no limit; neither: capacity counts
-- all seats) and how each registration takes part. Registrations made before this are on site,
-- except those of events with no place (remote only).
ALTER TABLE events ADD COLUMN on_site_capacity INTEGER
  CHECK (on_site_capacity IS NULL OR on_site_capacity > 0);
ALTER TABLE events ADD COLUMN remote_capacity INTEGER
  CHECK (remote_capacity IS NULL OR remote_capacity > 0);
ALTER TABLE registrations ADD COLUMN participation TEXT NOT NULL DEFAULT 'on_site'
  CHECK (participation IN ('on_site', 'remote'));
UPDATE registrations SET participation = 'remote'
  WHERE event_id IN (SELECT id FROM events WHERE place_name IS NULL);
CREATE INDEX registrations_event_participation
  ON registrations (event_id, participation, status, id);
