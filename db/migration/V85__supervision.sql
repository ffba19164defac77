-- Supervision after acceptance (DOMAIN.md §11): sampled re-checks (抽查复核) and practice-quality
-- inspections (执业质量检查, 双随机), their items, working papers, findings; credit repair applications.

CREATE TABLE inspection (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    kind                 VARCHAR(24)   NOT NULL,
    inspection_year      INT           NOT NULL,
    share                DECIMAL(5,4)  NOT NULL,
    minimum              INT           NOT NULL,
    -- the draw's record: the seed, the population as sampled ([[subject, stratum], ...] sorted by
    -- subject), and for a practice-quality inspection the inspector pool (user ids) and team size
    seed                 CHAR(64)      NOT NULL,
    population_size      INT           NOT NULL,
    population           LONGTEXT      NOT NULL,
    inspector_pool       TEXT          NULL,
    inspectors_per_item  INT           NOT NULL DEFAULT 0,
    checklist_version_id BIGINT        NOT NULL,
    rules_version_id     BIGINT        NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    published_at         DATETIME(6)   NULL,
    created_by_id        BIGINT        NULL,
    created_by_name      VARCHAR(64)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_checklist FOREIGN KEY (checklist_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_inspection_rules FOREIGN KEY (rules_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_inspection_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_inspection_kind CHECK (kind IN ('RECHECK', 'PRACTICE_QUALITY')),
    CONSTRAINT ck_inspection_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_inspection_year CHECK (inspection_year BETWEEN 2000 AND 2999),
    CONSTRAINT ck_inspection_share CHECK (share > 0 AND share <= 1),
    CONSTRAINT ck_inspection_counts CHECK (minimum >= 0 AND population_size >= 0 AND inspectors_per_item >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inspection_year ON inspection (inspection_year, id);
CREATE INDEX ix_inspection_kind ON inspection (kind, inspection_year, id);

-- one sampled subject: an accepted engagement (RECHECK) or an agency (PRACTICE_QUALITY)
CREATE TABLE inspection_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    inspection_id       BIGINT        NOT NULL,
    subject_id          BIGINT        NOT NULL,
    agency_id           BIGINT        NOT NULL,
    engagement_id       BIGINT        NULL,
    status              VARCHAR(24)   NOT NULL,
    papers_requested_on DATE          NULL,
    papers_deadline     DATE          NULL,
    papers_note         VARCHAR(1000) NULL,
    papers_submitted_at DATETIME(6)   NULL,
    rectification       VARCHAR(4000) NULL,
    rectified_at        DATETIME(6)   NULL,
    outcome             VARCHAR(24)   NULL,
    outcome_comment     VARCHAR(2000) NULL,
    concluded_by_name   VARCHAR(64)   NULL,
    concluded_at        DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_item_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_inspection_item_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_inspection_item_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT uq_inspection_item_subject UNIQUE (inspection_id, subject_id),
    CONSTRAINT ck_inspection_item_status CHECK (status IN ('SAMPLED', 'PAPERS_REQUESTED', 'PAPERS_SUBMITTED',
        'FINDING_RECORDED', 'RECTIFIED', 'CONCLUDED')),
    CONSTRAINT ck_inspection_item_outcome CHECK (outcome IS NULL OR outcome IN ('SATISFACTORY', 'MINOR_ISSUES', 'MAJOR_ISSUES')),
    CONSTRAINT ck_inspection_item_deadline CHECK ((papers_requested_on IS NULL) = (papers_deadline IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the agency's side lists its own items, newest first
CREATE INDEX ix_inspection_item_agency ON inspection_item (agency_id, id);
CREATE INDEX ix_inspection_item_engagement ON inspection_item (engagement_id);

-- the inspectors drawn for an item (双随机: random inspectors)
CREATE TABLE inspection_inspector (
    item_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, user_id),
    CONSTRAINT fk_inspection_inspector_item FOREIGN KEY (item_id) REFERENCES inspection_item (id),
    CONSTRAINT fk_inspection_inspector_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inspection_inspector_user ON inspection_inspector (user_id, item_id);

-- working papers (工作底稿) the agency uploads on request
CREATE TABLE inspection_workpaper (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    item_id          BIGINT       NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    storage_key      VARCHAR(255) NOT NULL,
    file_type        VARCHAR(16)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    uploaded_by_name VARCHAR(64)  NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_workpaper_item FOREIGN KEY (item_id) REFERENCES inspection_item (id),
    CONSTRAINT uq_inspection_workpaper_key UNIQUE (storage_key),
    CONSTRAINT ck_inspection_workpaper_size CHECK (size_bytes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inspection_workpaper_item ON inspection_workpaper (item_id, id);

-- a finding: the checklist results ([{itemId, result}] as JSON), the conclusion and, for a
-- misconduct type, the credit event it proposed (the credit area owns the event)
CREATE TABLE inspection_finding (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    item_id              BIGINT        NOT NULL,
    checklist            TEXT          NOT NULL,
    conclusion           VARCHAR(24)   NOT NULL,
    comment              VARCHAR(4000) NULL,
    misconduct_type      VARCHAR(40)   NULL,
    credit_event_id      BIGINT        NULL,
    recorded_by_id       BIGINT        NULL,
    recorded_by_name     VARCHAR(64)   NOT NULL,
    recorded_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inspection_finding_item FOREIGN KEY (item_id) REFERENCES inspection_item (id),
    CONSTRAINT fk_inspection_finding_event FOREIGN KEY (credit_event_id) REFERENCES credit_event (id),
    CONSTRAINT uq_inspection_finding_event UNIQUE (credit_event_id),
    CONSTRAINT ck_inspection_finding_conclusion CHECK (conclusion IN ('SATISFACTORY', 'MINOR_ISSUES', 'MAJOR_ISSUES')),
    CONSTRAINT ck_inspection_finding_misconduct CHECK ((misconduct_type IS NULL) = (credit_event_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inspection_finding_item ON inspection_finding (item_id, id);

-- 信用修复: the agency's application for one event or one blacklisting, STAFF's review, ADMIN's decision
CREATE TABLE credit_repair (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id         BIGINT        NOT NULL,
    event_id          BIGINT        NULL,
    blacklist_id      BIGINT        NULL,
    commitment        BOOLEAN       NOT NULL,
    explanation       VARCHAR(4000) NOT NULL,
    correction_proof  VARCHAR(4000) NULL,
    status            VARCHAR(16)   NOT NULL,
    applied_by_name   VARCHAR(64)   NOT NULL,
    applied_at        DATETIME(6)   NOT NULL,
    review_comment    VARCHAR(2000) NULL,
    review_recommends VARCHAR(16)   NULL,
    reviewed_by_name  VARCHAR(64)   NULL,
    reviewed_at       DATETIME(6)   NULL,
    decision_comment  VARCHAR(2000) NULL,
    decided_by_name   VARCHAR(64)   NULL,
    decided_at        DATETIME(6)   NULL,
    repaired_on       DATE          NULL,
    rules_version_id  BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_credit_repair_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_credit_repair_event FOREIGN KEY (event_id) REFERENCES credit_event (id),
    CONSTRAINT fk_credit_repair_blacklist FOREIGN KEY (blacklist_id) REFERENCES credit_blacklist_entry (id),
    CONSTRAINT fk_credit_repair_rules FOREIGN KEY (rules_version_id) REFERENCES rule_version (id),
    CONSTRAINT ck_credit_repair_subject CHECK ((event_id IS NULL) <> (blacklist_id IS NULL)),
    CONSTRAINT ck_credit_repair_commitment CHECK (commitment = TRUE),
    CONSTRAINT ck_credit_repair_status CHECK (status IN ('APPLIED', 'REVIEWED', 'GRANTED', 'REFUSED')),
    CONSTRAINT ck_credit_repair_recommends CHECK (review_recommends IS NULL OR review_recommends IN ('GRANT', 'REFUSE')),
    CONSTRAINT ck_credit_repair_granted CHECK ((status = 'GRANTED') = (repaired_on IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credit_repair_agency ON credit_repair (agency_id, id);
CREATE INDEX ix_credit_repair_status ON credit_repair (status, id);
CREATE INDEX ix_credit_repair_repaired ON credit_repair (repaired_on, id);
CREATE INDEX ix_credit_repair_event ON credit_repair (event_id);
CREATE INDEX ix_credit_repair_blacklist ON credit_repair (blacklist_id);

-- the re-check's population: the engagements accepted in a year (current scores only)
CREATE INDEX ix_acceptance_scored_at ON acceptance (scored_at, superseded_at, engagement_id);
