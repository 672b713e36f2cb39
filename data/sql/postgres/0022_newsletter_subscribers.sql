-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0022_newsletter_subscribers.sql (README.md there and here).
-- Newsletter subscribers (core/subscriber.hpp): no account needed. A subscription waits
-- (pending) until its mailed confirmation link is used (double opt-in), then is confirmed until
-- unsubscribed. `email_key` is core::email_key(email), unique like accounts'. `topics` is the
-- chosen topics comma-separated in core::kNewsletterTopics order. The consent record: when, the
-- version of the consent text shown, and the site's keyed hash of the client's IP address
-- (blanked by the retention purge). Links hold tokens; only their digests are stored: the manage
-- link's (derived from the site key, the address and created_at, so later mail can rebuild it)
-- and the latest confirmation link's (random; cleared once used).
CREATE TABLE newsletter_subscribers (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  email TEXT NOT NULL,
  email_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  topics TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'unsubscribed')),
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  unsubscribed_at TEXT,
  consented_at TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  consent_ip_hash TEXT NOT NULL DEFAULT '',
  manage_digest TEXT NOT NULL UNIQUE,
  confirm_digest TEXT UNIQUE,
  confirm_sent_at TEXT
);
CREATE INDEX newsletter_subscribers_segment ON newsletter_subscribers (state, language);
