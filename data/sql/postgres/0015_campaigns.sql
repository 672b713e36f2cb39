-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0015_campaigns.sql (README.md there and here).
-- Campaigns (core/campaign.hpp, docs/formats/campaigns-jsonl.md): the yearly campaign with its
-- dates (Helsinki calendar days YYYY-MM-DD: collecting from, the deadline, the gala from which
-- the results are public), the jury's scale and blind mode; its award categories (kind sector or
-- theme with that label, or special), criteria with weights, jurors, and the awards given, each
-- a practice in a category with the jury's justification. The lists keep the order they came in.
CREATE TABLE campaigns (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  year BIGINT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  rules TEXT NOT NULL DEFAULT '',
  collecting_from TEXT NOT NULL,
  collecting_until TEXT NOT NULL,
  gala_date TEXT NOT NULL,
  score_max BIGINT NOT NULL DEFAULT 5 CHECK (score_max IN (5, 10)),
  blind BIGINT NOT NULL DEFAULT 0 CHECK (blind IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (collecting_from <= collecting_until AND collecting_until < gala_date)
);
CREATE INDEX campaigns_year ON campaigns (year);

CREATE TABLE campaign_categories (
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  slug TEXT NOT NULL,
  position BIGINT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('sector', 'theme', 'special')),
  label TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (campaign_id, slug)
);

CREATE TABLE campaign_criteria (
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  slug TEXT NOT NULL,
  position BIGINT NOT NULL,
  name TEXT NOT NULL,
  weight BIGINT NOT NULL CHECK (weight BETWEEN 1 AND 100),
  PRIMARY KEY (campaign_id, slug)
);

CREATE TABLE campaign_jurors (
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (campaign_id, position)
);

CREATE TABLE campaign_awards (
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  position BIGINT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('winner', 'honourable_mention')),
  justification TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (campaign_id, practice_id),
  FOREIGN KEY (campaign_id, category) REFERENCES campaign_categories (campaign_id, slug)
);
CREATE INDEX campaign_awards_practice ON campaign_awards (practice_id);
