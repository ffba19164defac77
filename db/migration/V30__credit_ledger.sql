-- The credit ledger (信用档案, DOMAIN.md §6): events, objections, evidence files, blacklist entries and
-- the published yearly results. The ledger is the truth; credit_standing (V4) is the read model the
-- credit area recomputes from it.
--
-- An event copies what its type said when it was created (code, names, points, validity, source)
-- and names the version of the rule table credit.event-types it was created under: editing the
-- table later changes new events only, never the history.

CREATE TABLE credit_event (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id           BIGINT        NOT NULL,
    type_code           VARCHAR(40)   NOT NULL,
    type_name_zh        VARCHAR(100)  NOT NULL,
    type_name_en        VARCHAR(100)  NOT NULL,
    points              INT           NOT NULL,
    validity_months     INT           NOT NULL,
    proposes_blacklist  BOOLEAN       NOT NULL DEFAULT FALSE,
    source              VARCHAR(16)   NOT NULL,
    types_version_id    BIGINT        NOT NULL,
    -- the engagement it relates to; no foreign key: credit does not depend on the engagement area
    engagement_id       BIGINT        NULL,
    evidence            TEXT          NULL,
    status              VARCHAR(12)   NOT NULL,
    proposed_on         DATE          NOT NULL,
    objection_deadline  DATE          NOT NULL,
    -- for a PROPOSED event the day it comes into force by itself; otherwise the day it did
    effective_on        DATE          NOT NULL,
    expires_on          DATE          NOT NULL,
    proposed_by_id      BIGINT        NULL,
    proposed_by_name    VARCHAR(64)   NOT NULL,
    confirmed_by_name   VARCHAR(64)   NULL,
    confirmed_at        DATETIME(6)   NULL,
    withdrawn_by_name   VARCHAR(64)   NULL,
    withdrawn_at        DATETIME(6)   NULL,
    withdrawal_reason   VARCHAR(1000) NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_credit_event_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_credit_event_types_version FOREIGN KEY (types_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_credit_event_proposer FOREIGN KEY (proposed_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_credit_event_points CHECK (points BETWEEN -100 AND 100),
    CONSTRAINT ck_credit_event_validity CHECK (validity_months BETWEEN 1 AND 120),
    CONSTRAINT ck_credit_event_source CHECK (source IN ('ACCEPTANCE', 'INSPECTION', 'COMPLAINT', 'DEADLINE', 'COMMENDATION')),
    CONSTRAINT ck_credit_event_status CHECK (status IN ('PROPOSED', 'OBJECTED', 'EFFECTIVE', 'WITHDRAWN')),
    CONSTRAINT ck_credit_event_dates CHECK (objection_deadline >= proposed_on AND expires_on > effective_on),
    CONSTRAINT ck_credit_event_withdrawn CHECK (status <> 'WITHDRAWN' OR (withdrawn_at IS NOT NULL AND withdrawal_reason IS NOT NULL)),
    CONSTRAINT ck_credit_event_acceptance CHECK (source <> 'ACCEPTANCE' OR engagement_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one agency's ledger (its credit page, recomputing its standing)
CREATE INDEX ix_credit_event_agency ON credit_event (agency_id, proposed_on, id);
-- the ledger list: filters status, type, source, proposed date; sorts proposedOn, effectiveOn, points
CREATE INDEX ix_credit_event_status ON credit_event (status, proposed_on);
CREATE INDEX ix_credit_event_type ON credit_event (type_code, proposed_on);
CREATE INDEX ix_credit_event_source ON credit_event (source, proposed_on);
CREATE INDEX ix_credit_event_proposed ON credit_event (proposed_on, id);
CREATE INDEX ix_credit_event_effective ON credit_event (effective_on, id);
CREATE INDEX ix_credit_event_points ON credit_event (points, id);
CREATE INDEX ix_credit_event_engagement ON credit_event (engagement_id, source);
-- the daily job: proposed events whose window has passed
CREATE INDEX ix_credit_event_due ON credit_event (status, effective_on);

-- 异议: an agency's objection to a proposed event or to an acceptance score (then against the engagement).
CREATE TABLE credit_objection (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    event_id           BIGINT        NOT NULL,
    agency_id          BIGINT        NOT NULL,
    engagement_id      BIGINT        NULL,
    kind               VARCHAR(20)   NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    submitted_by_id    BIGINT        NOT NULL,
    submitted_by_name  VARCHAR(64)   NOT NULL,
    submitted_at       DATETIME(6)   NOT NULL,
    decided_by_name    VARCHAR(64)   NULL,
    decided_at         DATETIME(6)   NULL,
    decision_comment   VARCHAR(2000) NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- one objection per event
    CONSTRAINT uq_credit_objection_event UNIQUE (event_id),
    CONSTRAINT fk_credit_objection_event FOREIGN KEY (event_id) REFERENCES credit_event (id),
    CONSTRAINT fk_credit_objection_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_credit_objection_submitter FOREIGN KEY (submitted_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_credit_objection_kind CHECK (kind IN ('EVENT', 'ACCEPTANCE_SCORE')),
    CONSTRAINT ck_credit_objection_status CHECK (status IN ('PENDING', 'UPHELD', 'DISMISSED')),
    CONSTRAINT ck_credit_objection_engagement CHECK (kind <> 'ACCEPTANCE_SCORE' OR engagement_id IS NOT NULL),
    CONSTRAINT ck_credit_objection_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credit_objection_status ON credit_objection (status, submitted_at);
CREATE INDEX ix_credit_objection_agency ON credit_objection (agency_id, submitted_at);
CREATE INDEX ix_credit_objection_kind ON credit_objection (kind, submitted_at);

-- Evidence files (PDF, JPG, PNG by their content) of events and objections. A file is uploaded
-- first (owner NULL) and attached when the event or objection is saved; the bytes live on disk under
-- the data directory, named by storage_key, with their SHA-256 here.
CREATE TABLE credit_file (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    owner_type         VARCHAR(10)   NULL,
    owner_id           BIGINT        NULL,
    file_name          VARCHAR(255)  NOT NULL,
    content_type       VARCHAR(32)   NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    sha256             CHAR(64)      NOT NULL,
    storage_key        VARCHAR(100)  NOT NULL,
    uploaded_by_id     BIGINT        NOT NULL,
    uploaded_by_name   VARCHAR(64)   NOT NULL,
    uploader_agency_id BIGINT        NULL,
    uploaded_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_credit_file_storage UNIQUE (storage_key),
    CONSTRAINT fk_credit_file_uploader FOREIGN KEY (uploaded_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_credit_file_owner CHECK ((owner_type IS NULL) = (owner_id IS NULL)),
    CONSTRAINT ck_credit_file_owner_type CHECK (owner_type IS NULL OR owner_type IN ('EVENT', 'OBJECTION')),
    CONSTRAINT ck_credit_file_type CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT ck_credit_file_size CHECK (size_bytes > 0),
    CONSTRAINT ck_credit_file_sha CHECK (sha256 REGEXP '^[0-9a-f]{64}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credit_file_owner ON credit_file (owner_type, owner_id);
CREATE INDEX ix_credit_file_unattached ON credit_file (uploaded_by_id, owner_type, uploaded_at);

-- 黑名单: from start_on through until_on, unless lifted earlier by a credit repair (信用修复).
CREATE TABLE credit_blacklist_entry (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id        BIGINT        NOT NULL,
    event_id         BIGINT        NULL,
    reason           VARCHAR(1000) NOT NULL,
    evidence         TEXT          NULL,
    start_on         DATE          NOT NULL,
    until_on         DATE          NOT NULL,
    created_by_name  VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    lifted_on        DATE          NULL,
    lift_reason      VARCHAR(1000) NULL,
    lifted_by_name   VARCHAR(64)   NULL,
    lifted_at        DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_credit_blacklist_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_credit_blacklist_event FOREIGN KEY (event_id) REFERENCES credit_event (id),
    CONSTRAINT ck_credit_blacklist_period CHECK (until_on >= start_on),
    CONSTRAINT ck_credit_blacklist_lift CHECK ((lifted_on IS NULL) = (lift_reason IS NULL)
                                               AND (lifted_on IS NULL) = (lifted_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credit_blacklist_agency ON credit_blacklist_entry (agency_id, start_on);
-- the public list and the admin list: current entries by period
CREATE INDEX ix_credit_blacklist_current ON credit_blacklist_entry (lifted_on, until_on, start_on);
CREATE INDEX ix_credit_blacklist_event ON credit_blacklist_entry (event_id);

-- 信用评价结果: the yearly snapshot, published once per year and kept (history).
CREATE TABLE credit_result_publication (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    result_year       INT           NOT NULL,
    as_of             DATE          NOT NULL,
    bands_version_id  BIGINT        NOT NULL,
    agency_count      INT           NOT NULL,
    published_by_name VARCHAR(64)   NOT NULL,
    published_at      DATETIME(6)   NOT NULL,
    note              VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_credit_result_year UNIQUE (result_year),
    CONSTRAINT fk_credit_result_bands FOREIGN KEY (bands_version_id) REFERENCES rule_version (id),
    CONSTRAINT ck_credit_result_year CHECK (result_year BETWEEN 2000 AND 2999),
    CONSTRAINT ck_credit_result_count CHECK (agency_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one published line per agency: the name and code as they were, so history survives renames
CREATE TABLE credit_result (
    publication_id    BIGINT       NOT NULL,
    agency_id         BIGINT       NOT NULL,
    agency_name       VARCHAR(200) NOT NULL,
    uscc              CHAR(18)     NOT NULL,
    agency_type       VARCHAR(24)  NOT NULL,
    score             INT          NOT NULL,
    grade             CHAR(1)      NOT NULL,
    blacklisted       BOOLEAN      NOT NULL,
    PRIMARY KEY (publication_id, agency_id),
    CONSTRAINT fk_credit_result_publication FOREIGN KEY (publication_id) REFERENCES credit_result_publication (id),
    CONSTRAINT fk_credit_result_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_credit_result_score CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT ck_credit_result_grade CHECK (grade IN ('A', 'B', 'C', 'D'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credit_result_grade ON credit_result (publication_id, grade, agency_name);
CREATE INDEX ix_credit_result_score ON credit_result (publication_id, score);
CREATE INDEX ix_credit_result_name ON credit_result (publication_id, agency_name);

-- The read model learns when it goes stale by the calendar alone (an event comes into force or
-- expires, a blacklisting ends): changes_on is the first such day; the daily job and every read
-- recompute rows whose day has come.
-- points_in_force (the unclamped sum) and bands_version_id let a new base or new bands re-grade every
-- row with one statement.
ALTER TABLE credit_standing ADD COLUMN changes_on DATE NULL;
ALTER TABLE credit_standing ADD COLUMN points_in_force INT NOT NULL DEFAULT 0;
ALTER TABLE credit_standing ADD COLUMN bands_version_id BIGINT NULL;
CREATE INDEX ix_credit_standing_changes ON credit_standing (changes_on);
CREATE INDEX ix_credit_standing_bands ON credit_standing (bands_version_id);
CREATE INDEX ix_credit_standing_score ON credit_standing (score, agency_id);
