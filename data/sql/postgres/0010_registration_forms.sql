-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0010_registration_forms.sql (README.md there and here).
-- A registration remembers the digest of the one-time key of the form it came from, so that a
-- double-clicked or re-sent form registers once and mails once ('' when none was given).
ALTER TABLE registrations ADD COLUMN submission_digest TEXT NOT NULL DEFAULT '';
-- The language the person registered in: the language of every later mail (offers, reminders).
ALTER TABLE registrations ADD COLUMN language TEXT NOT NULL DEFAULT 'fi';
-- The reminder last mailed, as hours before the start ([events] reminder_hours; NULL: none yet).
ALTER TABLE registrations ADD COLUMN reminded_hours INTEGER;
