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

-- Functions the SQL shared with SQLite calls where PostgreSQL lacks them; only the backend's
-- own needs, no data.
-- json_each(list): the elements of a JSON array as text, as SQLite's json_each(?) gives them to
-- `x IN (SELECT value FROM json_each(?))` (chosen over the built-in json_each(json) because a
-- parameter of unknown type prefers text).
CREATE FUNCTION json_each(list TEXT) RETURNS TABLE (value TEXT)
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT jsonb_array_elements_text(CAST(list AS jsonb)) $$;
-- group_concat(value, separator): SQLite's aggregate of that name (string_agg here).
CREATE FUNCTION group_concat_step(state TEXT, value TEXT, separator TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN value IS NULL THEN state WHEN state IS NULL THEN value
                    ELSE state || separator || value END $$;
CREATE AGGREGATE group_concat(TEXT, TEXT) (SFUNC = group_concat_step, STYPE = TEXT);
