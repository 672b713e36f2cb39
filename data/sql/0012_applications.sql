-- SPDX-License-Identifier: AGPL-3.0-or-later
-- The services organisations apply for (in-house workshops, sparring, workplace visits, training
-- for internal developers): names in fi, sv, en, the last day of applications as a Helsinki date
-- (the whole day, DESIGN.md §4; NULL: no deadline), editable by the editors, and each type's own
-- questions in form order (choices newline-joined). Seeded with the four services.
CREATE TABLE service_types (
  code TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name_fi TEXT NOT NULL,
  name_sv TEXT NOT NULL,
  name_en TEXT NOT NULL,
  deadline_date TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE service_type_questions (
  type_code TEXT NOT NULL REFERENCES service_types (code) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('text', 'single', 'multi')),
  label_fi TEXT NOT NULL,
  label_sv TEXT NOT NULL,
  label_en TEXT NOT NULL,
  choices TEXT NOT NULL DEFAULT '',
  required INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (type_code, question_id)
);

-- An organisation's application for a service: the contact person (personal data: in
-- `tori privacy export/erase` by email_key), the organisation and its size, what it wants to
-- develop, the preferred months ("3,4"), the answers to the type's questions (values separated by
-- U+001F), its status, the digest of the form's one-time key (a re-sent form stores once), the
-- event it was scheduled as, and the summary published afterwards with the practices it produced.
CREATE TABLE applications (
  id INTEGER PRIMARY KEY AUTOINCREMENT,  -- SQLite-only: AUTOINCREMENT (PostgreSQL: identity)
  type_code TEXT NOT NULL REFERENCES service_types (code),
  contact_name TEXT NOT NULL,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL,
  staff_size INTEGER NOT NULL,
  development TEXT NOT NULL,
  preferred_months TEXT NOT NULL DEFAULT '',
  account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
  status TEXT NOT NULL
    CHECK (status IN ('received', 'accepted', 'declined', 'scheduled', 'done')),
  language TEXT NOT NULL DEFAULT 'fi',
  submission_digest TEXT NOT NULL DEFAULT '',
  event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
  summary TEXT NOT NULL DEFAULT '',
  summary_published_at TEXT,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX applications_status ON applications (status, id);
CREATE INDEX applications_email_key ON applications (email_key);
CREATE INDEX applications_submission ON applications (submission_digest);

CREATE TABLE application_answers (
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  PRIMARY KEY (application_id, question_id)
);

CREATE TABLE application_practices (
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  practice_slug TEXT NOT NULL,
  PRIMARY KEY (application_id, position)
);

INSERT INTO service_types (code, position, name_fi, name_sv, name_en, deadline_date, updated_at)
VALUES
  ('tyopaja', 1, 'Kekseliäät kehittäjät -työpaja', 'Verkstaden Kreativa utvecklare',
   'Kekseliäät kehittäjät in-house workshop', '2027-03-31', '2026-12-02T00:00:00.000Z'),
  ('sparraus', 2, 'Kehittämistyön sparraus', 'Sparrning i utvecklingsarbete',
   'Sparring for development work', '2027-10-31', '2026-12-02T00:00:00.000Z'),
  ('tyopaikkakaynti', 3, 'Työpaikkakäynti', 'Arbetsplatsbesök', 'Workplace visit', '2027-10-31',
   '2026-12-02T00:00:00.000Z'),
  ('koulutus', 4, 'Sisäisten kehittäjien koulutus', 'Utbildning för interna utvecklare',
   'Training for internal developers', '2027-08-31', '2026-12-02T00:00:00.000Z');

INSERT INTO service_type_questions
  (type_code, position, question_id, kind, label_fi, label_sv, label_en, choices, required)
VALUES
  ('tyopaja', 1, 'osallistujat', 'text', 'Keitä työpajaan osallistuisi ja kuinka monta?',
   'Vilka skulle delta i verkstaden, och hur många?',
   'Who would take part in the workshop, and how many?', '', 1),
  ('tyopaja', 2, 'aiempi', 'text', 'Mitä olette jo kokeilleet?', 'Vad har ni redan prövat?',
   'What have you tried already?', '', 0),
  ('sparraus', 1, 'vaihe', 'text', 'Missä vaiheessa kehittämistyö on nyt?',
   'I vilket skede är utvecklingsarbetet nu?', 'Where does the development work stand now?', '',
   1),
  ('tyopaikkakaynti', 1, 'teema', 'text', 'Mihin käynnin toivotaan keskittyvän?',
   'Vad ska besöket fokusera på?', 'What should the visit focus on?', '', 0),
  ('koulutus', 1, 'kehittajat', 'text', 'Kuinka monta sisäistä kehittäjää koulutukseen osallistuisi?',
   'Hur många interna utvecklare skulle delta i utbildningen?',
   'How many internal developers would take part in the training?', '', 1);
