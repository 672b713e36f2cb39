-- SPDX-License-Identifier: AGPL-3.0-or-later
-- An erased subscriber's deliveries stay as anonymous rows, so an issue's counts (recipients,
-- sent, failed, skipped) do not change when someone later asks to be forgotten: the row loses
-- its subscriber (ON DELETE SET NULL) instead of going with them; a row still waiting then is
-- skipped by the next dispatch. SQLite cannot change a foreign key in place, so the table is
-- made again with the same columns and indexes; the pair (issue, subscriber) stays unique.
CREATE TABLE newsletter_deliveries_kept (
  issue_id INTEGER NOT NULL REFERENCES newsletter_issues (id) ON DELETE CASCADE,
  subscriber_id INTEGER REFERENCES newsletter_subscribers (id) ON DELETE SET NULL,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'queued', 'sent', 'failed', 'skipped')),
  outbox_id INTEGER REFERENCES mail_outbox (id) ON DELETE SET NULL,
  queued_at TEXT,
  UNIQUE (issue_id, subscriber_id)
);
INSERT INTO newsletter_deliveries_kept (issue_id, subscriber_id, state, outbox_id, queued_at)
  SELECT issue_id, subscriber_id, state, outbox_id, queued_at FROM newsletter_deliveries;
DROP TABLE newsletter_deliveries;
ALTER TABLE newsletter_deliveries_kept RENAME TO newsletter_deliveries;
CREATE INDEX newsletter_deliveries_state ON newsletter_deliveries (state, issue_id);
CREATE INDEX newsletter_deliveries_subscriber ON newsletter_deliveries (subscriber_id);
CREATE INDEX newsletter_deliveries_outbox ON newsletter_deliveries (outbox_id);
