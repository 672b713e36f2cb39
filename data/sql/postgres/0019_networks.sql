-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0019_networks.sql (README.md there and here).
-- Development networks (core/network.hpp, docs/formats/networks-jsonl.md): the network with its
-- period (Helsinki dates YYYY-MM-DD), whether /verkostot lists it, who reads its board of ideas,
-- and the programme's part of the expert costs; its leaders, member organisations with the people
-- they appointed, and the history of who joined and left; meetings (each perhaps an event of kind
-- network_meeting); expert days with the organisations that took part, agreed shares and a
-- snapshot of the costs at every change; join requests; the board's ideas with comments and
-- supports, and what leaders forwarded from it (the items' texts copied, so the record stays as
-- sent). Lists keep the order they came in.
CREATE TABLE networks (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  goals TEXT NOT NULL DEFAULT '',
  period_from TEXT NOT NULL,
  period_until TEXT NOT NULL,
  listed BIGINT NOT NULL DEFAULT 1 CHECK (listed IN (0, 1)),
  board TEXT NOT NULL DEFAULT 'members' CHECK (board IN ('members', 'public')),
  paid_days BIGINT NOT NULL DEFAULT 2 CHECK (paid_days >= 0),
  day_fee_cents BIGINT NOT NULL DEFAULT 0 CHECK (day_fee_cents >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (period_from <= period_until)
);

CREATE TABLE network_leaders (
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  email_key TEXT NOT NULL DEFAULT '',  -- core::email_key(email): how an account is matched
  PRIMARY KEY (network_id, position)
);
CREATE INDEX network_leaders_email ON network_leaders (email_key);

-- The current members.
CREATE TABLE network_members (
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  position BIGINT NOT NULL,
  municipality TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (network_id, organisation_id)
);
CREATE INDEX network_members_organisation ON network_members (organisation_id);

CREATE TABLE network_people (
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  position BIGINT NOT NULL,
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (network_id, organisation_id, position)
);

-- Who joined and left, when (and, for requests, with the message and who decided).
CREATE TABLE network_member_history (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  action TEXT NOT NULL CHECK (action IN ('joined', 'left')),
  happened_at TEXT NOT NULL,
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX network_member_history_network ON network_member_history (network_id, id);

CREATE TABLE network_meetings (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  remote BIGINT NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
  agenda TEXT NOT NULL DEFAULT '',
  minutes TEXT NOT NULL DEFAULT '',
  event_id BIGINT REFERENCES events (id) ON DELETE SET NULL
);
CREATE INDEX network_meetings_network ON network_meetings (network_id, held_on);
CREATE INDEX network_meetings_event ON network_meetings (event_id);

CREATE TABLE network_expert_days (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  held_on TEXT NOT NULL,
  UNIQUE (network_id, held_on)
);

CREATE TABLE network_expert_day_participants (
  day_id BIGINT NOT NULL REFERENCES network_expert_days (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  position BIGINT NOT NULL,
  PRIMARY KEY (day_id, organisation_id)
);

CREATE TABLE network_cost_shares (
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  position BIGINT NOT NULL,
  share BIGINT NOT NULL CHECK (share BETWEEN 1 AND 1000),
  PRIMARY KEY (network_id, organisation_id)
);

-- The costs (paid days, day fee, days and participants, shares) as JSON after each change.
CREATE TABLE network_cost_history (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  changed_at TEXT NOT NULL,
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  costs TEXT NOT NULL
);
CREATE INDEX network_cost_history_network ON network_cost_history (network_id, id);

CREATE TABLE network_ideas (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  quadrant TEXT NOT NULL
    CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat', 'idea')),
  body TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX network_ideas_network ON network_ideas (network_id, position);

CREATE TABLE network_idea_comments (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  idea_id BIGINT NOT NULL REFERENCES network_ideas (id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX network_idea_comments_idea ON network_idea_comments (idea_id, id);

-- One support per account and idea.
CREATE TABLE network_idea_supports (
  idea_id BIGINT NOT NULL REFERENCES network_ideas (id) ON DELETE CASCADE,
  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (idea_id, account_id)
);

-- An organisation's request to join, with its message, until a leader approves or declines it;
-- at most one waiting per network and organisation.
CREATE TABLE network_join_requests (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  message TEXT NOT NULL DEFAULT '',
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  requested_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'declined')),
  decided_at TEXT,
  decided_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX network_join_requests_waiting ON network_join_requests
  (network_id, organisation_id) WHERE state = 'pending';

CREATE TABLE network_forwards (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- PostgreSQL: identity
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  forwarded_on TEXT NOT NULL,
  recipients TEXT NOT NULL,
  addresses TEXT NOT NULL DEFAULT '',  -- where the mail went, one address a line
  note TEXT NOT NULL DEFAULT '',
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX network_forwards_network ON network_forwards (network_id, position);

CREATE TABLE network_forward_items (
  forward_id BIGINT NOT NULL REFERENCES network_forwards (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  idea_id BIGINT REFERENCES network_ideas (id) ON DELETE SET NULL,
  quadrant TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (forward_id, position)
);
