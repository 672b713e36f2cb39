-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The change log of public objects (DESIGN §4): every write of one appends a row here in the
-- same transaction; followers such as the search indexer read it in id (= commit) order.
CREATE TABLE change_log (
  -- SQLite dialect: AUTOINCREMENT so that a committed id is never reused, even after pruning.
  -- PostgreSQL: BIGINT GENERATED ALWAYS AS IDENTITY, assigned under an advisory lock.
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  object_type TEXT NOT NULL CHECK (object_type <> ''),
  object_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
  -- UTC as 'YYYY-MM-DDTHH:MM:SS.mmmZ' (fixed width, so text order is time order).
  changed_at TEXT NOT NULL
);
