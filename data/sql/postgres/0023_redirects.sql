-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0023_redirects.sql (README.md there and here).
-- Redirects from the site's old addresses (301) and the counts of addresses that found nothing
-- (404), so that editors see which old addresses still get traffic.
CREATE TABLE redirects (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  old_path TEXT NOT NULL UNIQUE,  -- normalised: decoded path without trailing slash, '?' + query
  target TEXT NOT NULL,           -- a normalised local path or an absolute http(s) URL
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,  -- NULL: the command line
  created_at TEXT NOT NULL,
  updated_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX redirects_target ON redirects (target);

CREATE TABLE not_found_hits (
  path TEXT PRIMARY KEY,          -- normalised like redirects.old_path
  hits BIGINT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL
);
CREATE INDEX not_found_hits_hits ON not_found_hits (hits);
