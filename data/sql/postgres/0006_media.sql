-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0006_media.sql (README.md there and here).
-- A practice's images and PDF attachments: the files live in the data folder's uploads/
-- (named by a random token, never by the uploader), the rows say whose they are and what they
-- show. Images are stored re-encoded (WebP, metadata stripped) with a thumbnail.
CREATE TABLE practice_media (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('image', 'attachment')),
  file TEXT NOT NULL UNIQUE,          -- under uploads/: "<token>.webp" or "<token>.pdf"
  thumbnail TEXT UNIQUE,              -- images: "<token>-pieni.webp"; attachments: NULL
  description TEXT NOT NULL,          -- an image's alt text, an attachment's title
  original_name TEXT NOT NULL,        -- the uploader's file name, path stripped
  width BIGINT NOT NULL DEFAULT 0,
  height BIGINT NOT NULL DEFAULT 0,
  thumbnail_width BIGINT NOT NULL DEFAULT 0,
  thumbnail_height BIGINT NOT NULL DEFAULT 0,
  pages BIGINT NOT NULL DEFAULT 0,    -- attachments
  bytes BIGINT NOT NULL,
  position BIGINT NOT NULL,
  added_at TEXT NOT NULL,
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX practice_media_practice ON practice_media (practice_id, kind, position);
