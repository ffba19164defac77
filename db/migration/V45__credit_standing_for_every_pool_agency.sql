-- Every agency admitted to the pool has its credit_standing row, and the row names what it belongs to.
--
-- Who reads credit tables (one rule, CONTRIBUTING.md "Credit"): credit_standing is the credit area's
-- published read model. Only the credit area writes it; other areas may JOIN it read-only to show,
-- filter and sort by score, grade and blacklisting. Every agency admitted to the pool gets its row when
-- it is approved (credit.StandingWriter#open), so no reader needs a fallback to a base grade (this
-- replaces what V4 said about agencies without a row). Every other credit table is private to the
-- credit area.

-- Agencies that were admitted and have no row yet never had an event or a blacklisting (either would
-- have made their row): they stand at the base of the bands in force (the latest version of the rule
-- table credit.bands, seeded on the first start, before any agency exists).
INSERT INTO credit_standing (agency_id, score, grade, blacklisted, blacklisted_until, computed_at, changes_on,
                             points_in_force, bands_version_id)
SELECT a.id,
       LEAST(100, GREATEST(0, b.base)),
       CASE WHEN LEAST(100, GREATEST(0, b.base)) >= b.min_a THEN 'A'
            WHEN LEAST(100, GREATEST(0, b.base)) >= b.min_b THEN 'B'
            WHEN LEAST(100, GREATEST(0, b.base)) >= b.min_c THEN 'C' ELSE 'D' END,
       FALSE, NULL, UTC_TIMESTAMP(6), NULL, 0, b.id
FROM agency a
JOIN (SELECT v.id,
              CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.base')) AS SIGNED) AS base,
              CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minA')) AS SIGNED) AS min_a,
              CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minB')) AS SIGNED) AS min_b,
              CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minC')) AS SIGNED) AS min_c
       FROM rule_version v WHERE v.rule_key = 'credit.bands' ORDER BY v.version DESC LIMIT 1) b ON 1 = 1
WHERE (a.status IN ('APPROVED', 'SUSPENDED') OR a.approved_at IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM credit_standing s WHERE s.agency_id = a.id);

-- Rows written before V30 named no bands: grade them under the bands in force.
UPDATE credit_standing s
JOIN (SELECT v.id,
              CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.base')) AS SIGNED) AS base,
              CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minA')) AS SIGNED) AS min_a,
              CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minB')) AS SIGNED) AS min_b,
              CAST(JSON_UNQUOTE(JSON_EXTRACT(v.content, '$.minC')) AS SIGNED) AS min_c
       FROM rule_version v WHERE v.rule_key = 'credit.bands' ORDER BY v.version DESC LIMIT 1) b ON 1 = 1
SET s.score = LEAST(100, GREATEST(0, b.base + s.points_in_force)),
    s.grade = CASE WHEN LEAST(100, GREATEST(0, b.base + s.points_in_force)) >= b.min_a THEN 'A'
                   WHEN LEAST(100, GREATEST(0, b.base + s.points_in_force)) >= b.min_b THEN 'B'
                   WHEN LEAST(100, GREATEST(0, b.base + s.points_in_force)) >= b.min_c THEN 'C' ELSE 'D' END,
    s.bands_version_id = b.id
WHERE s.bands_version_id IS NULL;

-- A row of an agency that does not exist describes nothing.
DELETE FROM credit_standing WHERE NOT EXISTS (SELECT 1 FROM agency a WHERE a.id = credit_standing.agency_id);

-- The constraints the code relies on (issue 10 item 7): a row belongs to an agency and was graded
-- under a version of the bands.
ALTER TABLE credit_standing MODIFY bands_version_id BIGINT NOT NULL;
ALTER TABLE credit_standing ADD CONSTRAINT fk_credit_standing_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE credit_standing ADD CONSTRAINT fk_credit_standing_bands FOREIGN KEY (bands_version_id) REFERENCES rule_version (id);
