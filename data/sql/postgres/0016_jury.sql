-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0016_jury.sql (README.md there and here).
-- The jury at work (core/jury.hpp, DESIGN.md §4). A campaign's juror (campaign_jurors, rewritten
-- on every save of the campaign) is found by the key of their address (core::email_key, now a
-- column there); an e-mailed invitation for that address, once accepted, links it to an account
-- in jury_members, keyed by campaign and account, which the campaign's save keeps while a juror
-- has that address (so it survives re-saves and re-ordering) and drops with the juror. One member
-- may chair. The jurors' work is kept by campaign, account and practice (not by juror row, so no
-- save of the campaign cascades it away): declared conflicts, one review per entry (comment,
-- submission) and its scores per criterion (slug; the campaign's criteria are not a foreign key
-- for the same reason), read only while the account is a member. The chair's decision is written
-- as the campaign's awards, at most one winner per category (an index says so).
ALTER TABLE campaign_jurors ADD COLUMN email_key TEXT NOT NULL DEFAULT '';
-- Rows saved before this file. PostgreSQL's lower() also folds non-ASCII letters, which
-- core::email_key keeps; such an address is keyed right when its campaign is next saved changed.
UPDATE campaign_jurors SET email_key = lower(trim(email));
CREATE INDEX campaign_jurors_email_key ON campaign_jurors (campaign_id, email_key);

CREATE UNIQUE INDEX campaign_awards_one_winner ON campaign_awards (campaign_id, category)
  WHERE level = 'winner';

CREATE TABLE jury_invitations (
  digest TEXT PRIMARY KEY,  -- of the token in the mailed link (auth::token_digest)
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  email_key TEXT NOT NULL CHECK (email_key <> ''),  -- the invited juror's, at the time
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  used_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX jury_invitations_juror ON jury_invitations (campaign_id, email_key);

CREATE TABLE jury_members (
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  email_key TEXT NOT NULL,  -- the juror's: campaign_jurors.email_key
  chair BIGINT NOT NULL DEFAULT 0 CHECK (chair IN (0, 1)),
  accepted_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, account_id),
  UNIQUE (campaign_id, email_key)
);
CREATE INDEX jury_members_account ON jury_members (account_id);
CREATE UNIQUE INDEX jury_members_one_chair ON jury_members (campaign_id) WHERE chair = 1;

CREATE TABLE jury_conflicts (
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  reason TEXT NOT NULL DEFAULT '',
  declared_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, account_id, practice_id)
);

CREATE TABLE jury_reviews (
  campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  comment TEXT NOT NULL DEFAULT '',
  saved_at TEXT NOT NULL,
  submitted_at TEXT,  -- NULL: a draft
  PRIMARY KEY (campaign_id, account_id, practice_id)
);
CREATE INDEX jury_reviews_practice ON jury_reviews (campaign_id, practice_id);

CREATE TABLE jury_scores (
  campaign_id BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  practice_id BIGINT NOT NULL,
  criterion TEXT NOT NULL,  -- a campaign_criteria slug
  value BIGINT NOT NULL CHECK (value BETWEEN 1 AND 10),  -- the campaign's scale: 5 or 10
  PRIMARY KEY (campaign_id, account_id, practice_id, criterion),
  FOREIGN KEY (campaign_id, account_id, practice_id)
    REFERENCES jury_reviews (campaign_id, account_id, practice_id) ON DELETE CASCADE
);
