-- Related agencies (DOMAIN.md §12): the relation index, so that approving one agency recomputes only the links
-- of the values it holds or held instead of re-reading every profile of the pool.
-- agency_relation_key: each pool agency's values that can tie it to another, as the match_key its links carry
-- (a SHA-256 of the normalised value, never the value); looked up by match_key to find who shares a value.
CREATE TABLE agency_relation_key (
    agency_id BIGINT   NOT NULL,
    match_key CHAR(64) NOT NULL,
    PRIMARY KEY (agency_id, match_key),
    CONSTRAINT fk_agency_relation_key_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_relation_key_match ON agency_relation_key (match_key, agency_id);

-- The agencies the index holds: a pool agency missing here (put in the pool without an approval, or before this
-- migration), or one here that left the pool, is brought up to date by the next recompute.
CREATE TABLE agency_relation_indexed (
    agency_id  BIGINT      NOT NULL,
    indexed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (agency_id),
    CONSTRAINT fk_agency_relation_indexed_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row, locked by every recompute (FOR UPDATE) until its transaction ends: two approvals at once recompute
-- one after the other, each on the index as the other left it.
CREATE TABLE agency_relation_lock (
    id TINYINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO agency_relation_lock (id) VALUES (1);

-- The stored links of one shared value (replaced when one of its holders changes).
CREATE INDEX ix_agency_relation_match ON agency_relation_link (match_key);
