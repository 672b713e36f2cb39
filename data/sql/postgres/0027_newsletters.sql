-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0027_newsletters.sql (README.md there and here).
-- Newsletter issues (core/newsletter_issue.hpp) and their recipients. An issue is a draft
-- until sending starts: then its content (`html`, `text`: the Markdown body and the automatic
-- blocks as they were) is frozen and each confirmed subscriber of its segment (`language`, any
-- of `topics`, comma-separated; '' all) gets a delivery row, waiting until the throttled
-- dispatch queues its mail in the outbox (`outbox_id`); the outbox's outcome is copied to the
-- row once settled (sent, failed), so counts survive the outbox's purge. `skipped`: the
-- subscriber left before their turn. Sent when no delivery waits.
CREATE TABLE newsletter_issues (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  slug TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  topics TEXT NOT NULL DEFAULT '',
  blocks TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL CHECK (state IN ('draft', 'sending', 'sent')),
  html TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  sending_at TEXT,
  sent_at TEXT
);
CREATE INDEX newsletter_issues_state ON newsletter_issues (state, sending_at);

CREATE TABLE newsletter_deliveries (
  issue_id BIGINT NOT NULL REFERENCES newsletter_issues (id) ON DELETE CASCADE,
  subscriber_id BIGINT NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'queued', 'sent', 'failed', 'skipped')),
  outbox_id BIGINT REFERENCES mail_outbox (id) ON DELETE SET NULL,
  queued_at TEXT,
  PRIMARY KEY (issue_id, subscriber_id)
);
CREATE INDEX newsletter_deliveries_state ON newsletter_deliveries (state, issue_id);
CREATE INDEX newsletter_deliveries_subscriber ON newsletter_deliveries (subscriber_id);
CREATE INDEX newsletter_deliveries_outbox ON newsletter_deliveries (outbox_id);
