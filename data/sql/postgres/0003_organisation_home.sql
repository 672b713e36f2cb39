-- SPDX-License-Identifier: AGPL-3.0-or-later
-- PostgreSQL sibling of data/sql/0003_organisation_home.sql (README.md there and here).
-- A local organisation's home municipality: import now records the municipality of an
-- organisation's first practice when it creates a municipality, city, municipal company or other
-- local organisation (regional ones — wellbeing services counties, joint authorities, rescue
-- departments — have none). This fills it in for organisations created before that.
UPDATE organisations
SET municipality_code = (
      SELECT p.municipality_code FROM practices p
      JOIN practice_organisations po ON po.practice_id = p.id
      WHERE po.organisation_id = organisations.id AND p.municipality_code IS NOT NULL
      ORDER BY p.id LIMIT 1),
    municipality_name = (
      SELECT p.municipality_name FROM practices p
      JOIN practice_organisations po ON po.practice_id = p.id
      WHERE po.organisation_id = organisations.id AND p.municipality_code IS NOT NULL
      ORDER BY p.id LIMIT 1)
WHERE municipality_code IS NULL
  AND type IN ('municipality', 'city', 'municipal_company', 'other');
