-- The agency's work and its review (DOMAIN.md §4): work plans and reports in rounds, each round kept
-- with the reviewer's decision and comment; the coordination log shared by staff and agency.
CREATE TABLE engagement_plan (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id     BIGINT        NOT NULL,
    round             INT           NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    -- JSON: [{personId, name, role, duty}], [{milestone, dueOn}], [{name, weight}]
    team              MEDIUMTEXT    NOT NULL,
    schedule          MEDIUMTEXT    NOT NULL,
    indicators        MEDIUMTEXT    NOT NULL,
    sampling_coverage VARCHAR(2000) NOT NULL,
    method            VARCHAR(4000) NOT NULL,
    document_id       BIGINT        NULL,
    submitted_by      VARCHAR(64)   NOT NULL,
    submitted_at      DATETIME(6)   NOT NULL,
    reviewed_by       VARCHAR(64)   NULL,
    reviewed_at       DATETIME(6)   NULL,
    review_comment    VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_plan_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_engagement_plan_document FOREIGN KEY (document_id) REFERENCES engagement_document (id),
    CONSTRAINT uq_engagement_plan_round UNIQUE (engagement_id, round),
    CONSTRAINT ck_engagement_plan_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN')),
    CONSTRAINT ck_engagement_plan_review CHECK (status IN ('SUBMITTED', 'WITHDRAWN') OR reviewed_at IS NOT NULL),
    CONSTRAINT ck_engagement_plan_returned CHECK (status <> 'RETURNED' OR review_comment IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engagement_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id  BIGINT        NOT NULL,
    round          INT           NOT NULL,
    kind           VARCHAR(8)    NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    document_id    BIGINT        NOT NULL,
    summary        VARCHAR(4000) NULL,
    submitted_by   VARCHAR(64)   NOT NULL,
    submitted_at   DATETIME(6)   NOT NULL,
    reviewed_by    VARCHAR(64)   NULL,
    reviewed_at    DATETIME(6)   NULL,
    review_comment VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_report_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_engagement_report_document FOREIGN KEY (document_id) REFERENCES engagement_document (id),
    CONSTRAINT uq_engagement_report_round UNIQUE (engagement_id, round),
    CONSTRAINT ck_engagement_report_kind CHECK (kind IN ('DRAFT', 'FINAL')),
    CONSTRAINT ck_engagement_report_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN')),
    CONSTRAINT ck_engagement_report_review CHECK (status IN ('SUBMITTED', 'WITHDRAWN') OR reviewed_at IS NOT NULL),
    CONSTRAINT ck_engagement_report_returned CHECK (status <> 'RETURNED' OR review_comment IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 协调问题: communication, document collection, site checks, consultation ...
CREATE TABLE coordination_issue (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id    BIGINT        NOT NULL,
    category         VARCHAR(24)   NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    raised_by_id     BIGINT        NULL,
    raised_by_name   VARCHAR(64)   NOT NULL,
    raised_by_side   VARCHAR(8)    NOT NULL,
    raised_at        DATETIME(6)   NOT NULL,
    resolution       VARCHAR(4000) NULL,
    resolved_by_name VARCHAR(64)   NULL,
    resolved_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_coordination_issue_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT ck_coordination_issue_category CHECK (category IN ('COMMUNICATION', 'DOCUMENTS', 'SITE_CHECK',
        'CONSULTATION', 'SCHEDULE', 'OTHER')),
    CONSTRAINT ck_coordination_issue_side CHECK (raised_by_side IN ('BUREAU', 'AGENCY')),
    CONSTRAINT ck_coordination_issue_resolved CHECK ((resolution IS NULL) = (resolved_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_coordination_issue ON coordination_issue (engagement_id, raised_at);
