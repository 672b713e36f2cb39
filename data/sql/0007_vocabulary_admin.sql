-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Vocabulary management by the editors: a term can be hidden (1) — no longer offered on the
-- practice form, in public term lists, the API's vocabularies or as a filter — while the
-- practices that carry it keep it. Booleans are INTEGER 0/1 as elsewhere.
ALTER TABLE vocabulary_terms ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0
  CHECK (hidden IN (0, 1));
