-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0007_vocabulary_admin.sql (README.md there and here).
-- Vocabulary management by the editors: a term can be hidden (1) — no longer offered on the
-- practice form, in public term lists, the API's vocabularies or as a filter — while the
-- practices that carry it keep it. Booleans are BIGINT 0/1 (SQLite's INTEGER) as elsewhere.
ALTER TABLE vocabulary_terms ADD COLUMN hidden BIGINT NOT NULL DEFAULT 0
  CHECK (hidden IN (0, 1));
