-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0004_accounts.sql (README.md there and here).
-- People (issue 5): accounts with their roles, one-time tokens (verify, reset, change of
-- address), sessions, two-factor recovery codes, memberships of organisations, the mail outbox
-- and the audit log.
--
-- Dialect: as the SQLite file, except identity ids and BIGINT for SQLite's 64-bit INTEGER.
-- Secrets are never stored as such: tokens, session ids and recovery codes as their BLAKE2b
-- digests (auth::token_digest), passwords as argon2id strings, IP addresses as keyed hashes.

CREATE TABLE accounts (
  -- PostgreSQL: identity (SQLite: AUTOINCREMENT); a deleted account's id is never reused.
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email TEXT NOT NULL CHECK (email <> ''),
  -- The address trimmed and lower-cased: one account per address.
  email_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  password_hash TEXT,  -- NULL until a password is set (`tori user add`)
  email_verified_at TEXT,
  totp_secret TEXT,            -- base32; NULL: no two-factor sign-in
  totp_last_step BIGINT,       -- the last time step accepted, so a code is never used twice
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX accounts_unverified ON accounts (email_verified_at, created_at);

-- Roles beyond contributor (which comes from memberships).
CREATE TABLE account_roles (
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('editor', 'juror', 'network_leader', 'admin')),
  PRIMARY KEY (account_id, role)
);

CREATE TABLE account_tokens (
  digest TEXT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'set_password',
    'change_email')),
  new_email TEXT,  -- change_email: the address being confirmed
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX account_tokens_account ON account_tokens (account_id, purpose);

CREATE TABLE sessions (
  digest TEXT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  -- 0 while the password is checked but the second factor is still to come.
  second_factor_done BIGINT NOT NULL CHECK (second_factor_done IN (0, 1)),
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);

CREATE TABLE recovery_codes (
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  digest TEXT NOT NULL,
  used_at TEXT,
  PRIMARY KEY (account_id, digest)
);

CREATE TABLE memberships (
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('member', 'admin')),
  state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'declined')),
  message TEXT NOT NULL,  -- the request's note to whoever approves it
  requested_at TEXT NOT NULL,
  decided_at TEXT,
  decided_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  PRIMARY KEY (account_id, organisation_id)
);
CREATE INDEX memberships_organisation ON memberships (organisation_id, state);

CREATE TABLE mail_outbox (
  -- PostgreSQL: identity (as above).
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recipient TEXT NOT NULL,
  recipient_key TEXT NOT NULL,  -- lower-cased, for the per-recipient limits
  message TEXT NOT NULL,        -- the whole RFC 5322 message
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
  attempts BIGINT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  claimed_until TEXT,  -- a worker holds it until then
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at);
CREATE INDEX mail_outbox_recipient ON mail_outbox (recipient_key, created_at);

-- Editorial and administrative actions; rows are only ever inserted.
CREATE TABLE audit_log (
  -- PostgreSQL: identity (as above).
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TEXT NOT NULL,
  actor_account_id BIGINT,   -- no foreign key: the log outlives deleted accounts
  actor TEXT NOT NULL,       -- the actor's address at the time, or "tori user add" etc.
  action TEXT NOT NULL,      -- "account.create", "membership.approve", "practice.publish", …
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  detail TEXT NOT NULL,      -- JSON
  ip_hash TEXT NOT NULL      -- keyed hash of the client address; '' for the command line
);
CREATE INDEX audit_log_at ON audit_log (at);
