-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0005_submissions.sql (README.md there and here).
-- The submission workflow (issue 5): who wrote a practice, every saved revision of it, the
-- editors' messages (changes requested, published, …) and the organisations that adopted it.
--
-- Dialect: as the SQLite file, except identity ids and BIGINT for SQLite's 64-bit INTEGER.

-- The account that created the practice in the browser; NULL for imported practices and after
-- the account is deleted (the practice stays, attributed to its organisation).
ALTER TABLE practices ADD COLUMN author_account_id BIGINT REFERENCES accounts (id)
  ON DELETE SET NULL;
CREATE INDEX practices_author ON practices (author_account_id);

-- Every save through the form or the editors' tools, as the practice's exchange line
-- (formats/practices-jsonl.md), so that any two revisions can be compared.
CREATE TABLE practice_revisions (
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  revision BIGINT NOT NULL,
  state TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  account_id BIGINT,  -- no foreign key: the history outlives deleted accounts
  actor TEXT NOT NULL,  -- who saved, as shown in the history (name or address at the time)
  content TEXT NOT NULL,
  PRIMARY KEY (practice_id, revision)
);

CREATE TABLE editorial_messages (
  -- PostgreSQL: identity (SQLite: AUTOINCREMENT), so ids are never reused.
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  account_id BIGINT,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('submitted', 'changes_requested', 'published',
    'unpublished', 'archived')),
  message TEXT NOT NULL
);
CREATE INDEX editorial_messages_practice ON editorial_messages (practice_id, id);

-- "Otimme tämän käyttöön": an organisation says it adopted the practice.
CREATE TABLE practice_adoptions (
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  account_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
  note TEXT NOT NULL,
  adopted_at TEXT NOT NULL,
  PRIMARY KEY (practice_id, organisation_id)
);
