-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0002_practices.sql (README.md there and here).
-- The practices aggregate (DESIGN §4): organisations, the three vocabularies with their default
-- terms (docs: formats/practices-jsonl.md), practices and their ordered child rows.
--
-- Dialect: as the SQLite file, except the lines marked "PostgreSQL:" (identity ids, BIGINT for
-- SQLite's 64-bit INTEGER, no WITHOUT ROWID) and the collation "fi" created here: SQLite's store
-- registers it on each connection, PostgreSQL keeps it in the schema (ICU, the same Finnish
-- rules as text::compare_finnish). Queries apply it (ORDER BY … COLLATE fi); no column has it.
-- Times are UTC text 'YYYY-MM-DDTHH:MM:SS.mmmZ' (fixed width, so text order is time order).

-- PostgreSQL: Finnish order for titles and names (ä, ö after z; lower case first).
CREATE COLLATION fi (provider = icu, locale = 'fi');

-- Organisations that publish practices; created by import when a name is new.
CREATE TABLE organisations (
  -- PostgreSQL: identity (SQLite: AUTOINCREMENT); a deleted organisation's id is never reused.
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE CHECK (slug <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  -- The name case-folded (NFC, trimmed): import matches organisations by it.
  name_key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('municipality', 'city', 'joint_authority',
    'wellbeing_county', 'rescue_department', 'municipal_company', 'other')),
  municipality_code TEXT,
  municipality_name TEXT,
  created_at TEXT NOT NULL
);

-- The editable vocabularies: sector (toimiala), theme (teema), client group (asiakasryhmä).
CREATE TABLE vocabulary_terms (
  -- PostgreSQL: identity (as above).
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  vocabulary TEXT NOT NULL CHECK (vocabulary IN ('sector', 'theme', 'client_group')),
  slug TEXT NOT NULL CHECK (slug <> ''),
  label TEXT NOT NULL CHECK (label <> ''),
  -- The label case-folded (NFC, trimmed): import matches terms by it.
  label_key TEXT NOT NULL,
  -- The editors' order; listings sort by label in Finnish order.
  position BIGINT NOT NULL,
  UNIQUE (vocabulary, slug),
  UNIQUE (vocabulary, label_key)
);

CREATE TABLE practices (
  -- PostgreSQL: identity (as above); the change log refers to practices by this id.
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE CHECK (external_id <> ''),
  slug TEXT NOT NULL UNIQUE CHECK (slug <> ''),
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'published', 'archived')),
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  -- The seven sections (Markdown; '' when absent), in the order pages show them.
  background TEXT NOT NULL,
  solution TEXT NOT NULL,
  implementation TEXT NOT NULL,
  resources TEXT NOT NULL,
  results TEXT NOT NULL,
  transfer TEXT NOT NULL,
  lessons TEXT NOT NULL,
  -- Statistics Finland's 3-digit code and Finnish name; NULL when not given.
  municipality_code TEXT,
  municipality_name TEXT,
  -- The region's slug (from its Finnish name) and Finnish name; NULL when not given.
  region_slug TEXT,
  region_name TEXT,
  maturity TEXT CHECK (maturity IN ('idea', 'pilot', 'in_use', 'established')),
  started TEXT NOT NULL,  -- 'YYYY-MM', 'YYYY' or ''
  contact_name TEXT NOT NULL,
  contact_title TEXT NOT NULL,
  contact_email TEXT NOT NULL,
  contact_phone TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  published_at TEXT,  -- first publication; NULL for a practice never published
  -- The Europe/Helsinki year of published_at, computed by the store (so year filters and the
  -- year facet are plain SQL); NULL when published_at is.
  published_year BIGINT,
  revision BIGINT NOT NULL CHECK (revision >= 1)
);
-- Listings filter by state and sort newest/oldest by (published_at, id).
CREATE INDEX practices_state_published ON practices (state, published_at, id);
CREATE INDEX practices_year ON practices (published_year, state);
CREATE INDEX practices_region ON practices (region_slug, state);
CREATE INDEX practices_municipality ON practices (municipality_code, state);
CREATE INDEX practices_maturity ON practices (maturity, state);

-- A practice's organisations, in the order given.
CREATE TABLE practice_organisations (
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  position BIGINT NOT NULL,
  PRIMARY KEY (practice_id, organisation_id)
);  -- PostgreSQL: no WITHOUT ROWID (a heap and its key index)
-- The organisation filter and facet, and an organisation's published count.
CREATE INDEX practice_organisations_organisation
  ON practice_organisations (organisation_id, practice_id);

-- A practice's vocabulary terms, in the order given within each vocabulary.
CREATE TABLE practice_terms (
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  term_id BIGINT NOT NULL REFERENCES vocabulary_terms (id),
  position BIGINT NOT NULL,
  PRIMARY KEY (practice_id, term_id)
);
-- The sector, theme and client-group filters and facets, and a term's published count.
CREATE INDEX practice_terms_term ON practice_terms (term_id, practice_id);

CREATE TABLE practice_links (
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  PRIMARY KEY (practice_id, position)
);

-- Keywords as child rows rather than JSON text: portable, and no JSON code in the store.
CREATE TABLE practice_keywords (
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  keyword TEXT NOT NULL,
  PRIMARY KEY (practice_id, position)
);

-- The default vocabularies of formats/practices-jsonl.md. Slugs are text::slugify(label) and
-- keys the case-folded labels, written out literally (a test checks both).
INSERT INTO vocabulary_terms (vocabulary, slug, label, label_key, position) VALUES
  ('sector', 'sosiaali-ja-terveysala', 'sosiaali- ja terveysala', 'sosiaali- ja terveysala', 1),
  ('sector', 'opetus-ja-kasvatus', 'opetus ja kasvatus', 'opetus ja kasvatus', 2),
  ('sector', 'tekninen-toimi', 'tekninen toimi', 'tekninen toimi', 3),
  ('sector', 'elinkeino-ja-yrityspalvelut', 'elinkeino- ja yrityspalvelut',
    'elinkeino- ja yrityspalvelut', 4),
  ('sector', 'kulttuuri-ja-vapaa-aika', 'kulttuuri ja vapaa-aika', 'kulttuuri ja vapaa-aika', 5),
  ('sector', 'ruoka-ja-siivouspalvelut', 'ruoka- ja siivouspalvelut',
    'ruoka- ja siivouspalvelut', 6),
  ('sector', 'hallinto', 'hallinto', 'hallinto', 7),
  ('sector', 'pelastustoimi', 'pelastustoimi', 'pelastustoimi', 8),
  ('sector', 'koko-organisaatio', 'koko organisaatio', 'koko organisaatio', 9),
  ('theme', 'innovointi', 'innovointi', 'innovointi', 1),
  ('theme', 'digitalisaatio', 'digitalisaatio', 'digitalisaatio', 2),
  ('theme', 'tyohyvinvointi', 'työhyvinvointi', 'työhyvinvointi', 3),
  ('theme', 'johtaminen', 'johtaminen', 'johtaminen', 4),
  ('theme', 'asiakaslahtoisyys', 'asiakaslähtöisyys', 'asiakaslähtöisyys', 5),
  ('theme', 'osaaminen', 'osaaminen', 'osaaminen', 6),
  ('theme', 'yhteistoiminta', 'yhteistoiminta', 'yhteistoiminta', 7),
  ('theme', 'tuottavuus', 'tuottavuus', 'tuottavuus', 8),
  ('theme', 'viestinta', 'viestintä', 'viestintä', 9),
  ('theme', 'ymparisto', 'ympäristö', 'ympäristö', 10),
  ('theme', 'yhdenvertaisuus', 'yhdenvertaisuus', 'yhdenvertaisuus', 11),
  ('theme', 'eta-ja-hybridityo', 'etä- ja hybridityö', 'etä- ja hybridityö', 12),
  ('theme', 'rekrytointi-ja-veto-ja-pitovoima', 'rekrytointi ja veto- ja pitovoima',
    'rekrytointi ja veto- ja pitovoima', 13),
  ('client_group', 'lapset-ja-nuoret', 'lapset ja nuoret', 'lapset ja nuoret', 1),
  ('client_group', 'ikaantyneet', 'ikääntyneet', 'ikääntyneet', 2),
  ('client_group', 'tyoikaiset', 'työikäiset', 'työikäiset', 3),
  ('client_group', 'maahanmuuttajat', 'maahanmuuttajat', 'maahanmuuttajat', 4),
  ('client_group', 'yritykset', 'yritykset', 'yritykset', 5),
  ('client_group', 'henkilosto', 'henkilöstö', 'henkilöstö', 6),
  ('client_group', 'kuntalaiset', 'kuntalaiset', 'kuntalaiset', 7);
