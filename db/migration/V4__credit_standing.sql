-- The current credit standing of each agency: a read model derived from the credit ledger
-- (DOMAIN.md §6: the ledger is the truth; this table is recomputed from it whenever an event,
-- a blacklisting or an expiry changes the result). Only the credit area writes it; lists of other
-- areas join it to filter and sort by grade without loading any ledger. An agency without a row
-- has the base standing (CreditStandings.baseGrade()).
CREATE TABLE credit_standing (
    agency_id         BIGINT      NOT NULL,
    score             INT         NOT NULL,
    grade             CHAR(1)     NOT NULL,
    blacklisted       BOOLEAN     NOT NULL DEFAULT FALSE,
    blacklisted_until DATE        NULL,
    computed_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (agency_id),
    CONSTRAINT ck_credit_standing_score CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT ck_credit_standing_grade CHECK (grade IN ('A', 'B', 'C', 'D'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credit_standing_grade ON credit_standing (grade, agency_id);
CREATE INDEX ix_credit_standing_blacklist ON credit_standing (blacklisted, agency_id);
