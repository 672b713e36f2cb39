-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0024_pages.sql (README.md there and here).
-- Editable pages of the site (core/site_page.hpp): the page by its key (the Finnish slug, its
-- address after the language prefix), its place in the main navigation (NULL: not there), when
-- and by whom it was last changed; and its versions per language (Finnish always, Swedish and
-- English when written), each a title and a Markdown body.
CREATE TABLE site_pages (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  slug TEXT NOT NULL UNIQUE,
  nav_position BIGINT CHECK (nav_position IS NULL OR nav_position >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX site_pages_navigation ON site_pages (nav_position) WHERE nav_position IS NOT NULL;

CREATE TABLE site_page_versions (
  page_id BIGINT NOT NULL REFERENCES site_pages (id) ON DELETE CASCADE,
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (page_id, language)
);
