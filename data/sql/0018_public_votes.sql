-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The optional public vote of a campaign (core/public_vote.hpp): open in its jury phase, one
-- vote per verified e-mail address per category. A vote waits until its mailed link is opened
-- and confirmed; the confirmed vote replaces the voter's earlier one in that category. The
-- address itself is not kept: `voter` is the site's keyed hash of `core::email_key(address)`.
ALTER TABLE campaigns ADD COLUMN public_vote INTEGER NOT NULL DEFAULT 0
  CHECK (public_vote IN (0, 1));
CREATE TABLE public_votes (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  practice_id INTEGER NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  voter TEXT NOT NULL,
  token_digest TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  confirmed_at TEXT
);
CREATE UNIQUE INDEX public_votes_one_per_voter ON public_votes (campaign_id, category, voter)
  WHERE confirmed_at IS NOT NULL;
CREATE INDEX public_votes_tally ON public_votes (campaign_id, category, practice_id)
  WHERE confirmed_at IS NOT NULL;
CREATE INDEX public_votes_voter ON public_votes (voter);
CREATE INDEX public_votes_practice ON public_votes (practice_id);
