-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0020_network_results.sql (README.md there and here).
-- Development networks, continued: who may register for a meeting's event (the network's members,
-- or anyone the event lets in), and the practices a network produced (its results), in order.
ALTER TABLE network_meetings ADD COLUMN registration TEXT NOT NULL DEFAULT 'members'
  CHECK (registration IN ('members', 'open'));

CREATE TABLE network_results (
  network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  practice_id BIGINT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  position BIGINT NOT NULL,
  PRIMARY KEY (network_id, practice_id)
);
CREATE INDEX network_results_practice ON network_results (practice_id);
