-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0026_episodes.sql (README.md there and here).
-- Podcast and webinar episodes (core/episode.hpp, docs/formats/episodes-jsonl.md): the episode
-- with its publication time (UTC text; visible from then on), its audio file under uploads/
-- (type, bytes, duration in seconds), optional episode and season numbers, the transcript, an
-- optional recording address for a webinar, and the practices it discusses, in order.
CREATE TABLE episodes (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  slug TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('podcast', 'webinar')),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  published_at TEXT NOT NULL,
  audio_file TEXT NOT NULL,
  audio_type TEXT NOT NULL,
  audio_bytes BIGINT NOT NULL CHECK (audio_bytes > 0),
  duration_seconds BIGINT NOT NULL CHECK (duration_seconds > 0),
  episode_number BIGINT,
  season_number BIGINT,
  transcript TEXT NOT NULL CHECK (transcript <> ''),
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  recording_url TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX episodes_published ON episodes (published_at);
CREATE INDEX episodes_audio_file ON episodes (audio_file);

CREATE TABLE episode_practices (
  episode_id BIGINT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  PRIMARY KEY (episode_id, position)
);
CREATE INDEX episode_practices_practice ON episode_practices (practice_id);
