-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0017_campaign_entries.sql (README.md there and here).
-- Campaign entries' categories (core/campaign_entries.hpp): a contributor's pick of a special
-- category for their practice, or an editor's move of an entry into or out of any category. The
-- practices that take part are those first published in the collecting window; sector and theme
-- categories take them by their terms; these rows record only the choices on top of that. One
-- row per campaign, practice and category: the latest choice.
CREATE TABLE campaign_entry_choices (
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  included BIGINT NOT NULL CHECK (included IN (0, 1)),
  chosen_by TEXT NOT NULL CHECK (chosen_by IN ('contributor', 'editor')),
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, practice_id, category)
);
CREATE INDEX campaign_entry_choices_practice ON campaign_entry_choices (practice_id);
