-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0001_change_log.sql: the change log of public objects
-- (DESIGN §4); every write of one appends a row here in the same transaction; followers such as
-- the search indexer read it in id (= commit) order.
CREATE TABLE change_log (
  -- PostgreSQL: an identity column (SQLite: AUTOINCREMENT); the store assigns ids under an
  -- advisory lock so that id order is commit order.
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  object_type TEXT NOT NULL CHECK (object_type <> ''),
  object_id BIGINT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
  -- UTC as 'YYYY-MM-DDTHH:MM:SS.mmmZ' (fixed width, so text order is time order).
  changed_at TEXT NOT NULL
);
