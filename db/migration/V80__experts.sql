-- Experts (专家库, DOMAIN.md §10): the pool, expert panels drawn for an engagement's plan or report
-- review, their opinions, ratings and fees. EXPERT accounts (app_user.expert_id, V48) reference the pool.

-- The role check of V1 knew three roles; accounts now also hold UNIT (budget units) and EXPERT.
ALTER TABLE app_user DROP CONSTRAINT ck_app_user_roles;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_roles
    CHECK (roles REGEXP '^(AGENCY|STAFF|ADMIN|UNIT|EXPERT)(,(AGENCY|STAFF|ADMIN|UNIT|EXPERT))*$');

CREATE TABLE expert (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(50)   NOT NULL,
    id_number      CHAR(18)      NOT NULL,
    title          VARCHAR(12)   NOT NULL,
    employer       VARCHAR(200)  NOT NULL,
    phone          VARCHAR(20)   NOT NULL,
    email          VARCHAR(100)  NULL,
    bank_name      VARCHAR(100)  NULL,
    bank_account   VARCHAR(40)   NULL,
    status         VARCHAR(10)   NOT NULL,
    status_reason  VARCHAR(1000) NULL,
    source         VARCHAR(10)   NOT NULL,
    rating_count   INT           NOT NULL DEFAULT 0,
    rating_total   INT           NOT NULL DEFAULT 0,
    sittings       INT           NOT NULL DEFAULT 0,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    reviewed_by    VARCHAR(64)   NULL,
    reviewed_at    DATETIME(6)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_expert_id_number UNIQUE (id_number),
    CONSTRAINT ck_expert_title CHECK (title IN ('SENIOR', 'INTERMEDIATE', 'OTHER')),
    CONSTRAINT ck_expert_status CHECK (status IN ('SUBMITTED', 'ACTIVE', 'PAUSED', 'REMOVED', 'REJECTED')),
    CONSTRAINT ck_expert_source CHECK (source IN ('BUREAU', 'REGISTERED')),
    CONSTRAINT ck_expert_ratings CHECK (rating_count >= 0 AND rating_total >= 0 AND sittings >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_expert_status ON expert (status, id);
CREATE INDEX ix_expert_name ON expert (name, id);
CREATE INDEX ix_expert_title ON expert (title, id);
CREATE INDEX ix_expert_created ON expert (created_at, id);

CREATE TABLE expert_specialty (
    expert_id BIGINT      NOT NULL,
    specialty VARCHAR(40) NOT NULL,
    PRIMARY KEY (expert_id, specialty),
    CONSTRAINT fk_expert_specialty_expert FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_expert_specialty ON expert_specialty (specialty, expert_id);

ALTER TABLE app_user
    ADD CONSTRAINT fk_app_user_expert FOREIGN KEY (expert_id) REFERENCES expert (id);
CREATE INDEX ix_app_user_expert ON app_user (expert_id);

-- A panel for one review round (PLAN or REPORT) of an engagement. agency_id is the engagement's
-- selected agency when the panel was drawn (the rotation limit counts panels per agency and year).
CREATE TABLE expert_panel (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id        BIGINT        NOT NULL,
    agency_id            BIGINT        NULL,
    purpose              VARCHAR(6)    NOT NULL,
    size                 INT           NOT NULL,
    specialty            VARCHAR(40)   NOT NULL,
    days                 DECIMAL(4, 1) NOT NULL,
    status               VARCHAR(8)    NOT NULL,
    draw_version_id      BIGINT        NOT NULL,
    checklist_version_id BIGINT        NOT NULL,
    decision             VARCHAR(8)    NULL,
    override_reason      VARCHAR(1000) NULL,
    override_by          VARCHAR(64)   NULL,
    created_by           VARCHAR(64)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    closed_by            VARCHAR(64)   NULL,
    closed_at            DATETIME(6)   NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_expert_panel_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_expert_panel_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_expert_panel_draw_rules FOREIGN KEY (draw_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_expert_panel_checklist FOREIGN KEY (checklist_version_id) REFERENCES rule_version (id),
    CONSTRAINT ck_expert_panel_purpose CHECK (purpose IN ('PLAN', 'REPORT')),
    CONSTRAINT ck_expert_panel_size CHECK (size BETWEEN 1 AND 15 AND MOD(size, 2) = 1),
    CONSTRAINT ck_expert_panel_days CHECK (days > 0 AND days <= 30),
    CONSTRAINT ck_expert_panel_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_expert_panel_decision CHECK (decision IS NULL OR decision IN ('APPROVE', 'RETURN')),
    CONSTRAINT ck_expert_panel_closed CHECK ((status = 'OPEN') = (closed_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_expert_panel_engagement ON expert_panel (engagement_id, purpose, status, id);
CREATE INDEX ix_expert_panel_agency_year ON expert_panel (agency_id, created_at);
CREATE INDEX ix_expert_panel_status ON expert_panel (status, created_at, id);
CREATE INDEX ix_expert_panel_created ON expert_panel (created_at, id);

-- Every draw of a panel (round 1 draws the panel, each later round replaces a declined member), with
-- what re-runs it: the seed, the pool in draw order with weights, the exclusions and the result.
CREATE TABLE expert_panel_draw (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    panel_id        BIGINT      NOT NULL,
    round           INT         NOT NULL,
    seed            CHAR(64)    NOT NULL,
    pool            LONGTEXT    NOT NULL,
    excluded        LONGTEXT    NOT NULL,
    drawn           LONGTEXT    NOT NULL,
    count           INT         NOT NULL,
    replaces        BIGINT      NULL,
    drawn_by        VARCHAR(64) NOT NULL,
    drawn_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_expert_panel_draw UNIQUE (panel_id, round),
    CONSTRAINT fk_expert_panel_draw_panel FOREIGN KEY (panel_id) REFERENCES expert_panel (id),
    CONSTRAINT fk_expert_panel_draw_replaces FOREIGN KEY (replaces) REFERENCES expert (id),
    CONSTRAINT ck_expert_panel_draw_count CHECK (count >= 1 AND round >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_panel_member (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    panel_id       BIGINT        NOT NULL,
    expert_id      BIGINT        NOT NULL,
    draw_round     INT           NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    decline_reason VARCHAR(1000) NULL,
    declined_by    VARCHAR(64)   NULL,
    declined_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_expert_panel_member UNIQUE (panel_id, expert_id),
    CONSTRAINT fk_expert_panel_member_panel FOREIGN KEY (panel_id) REFERENCES expert_panel (id),
    CONSTRAINT fk_expert_panel_member_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT ck_expert_panel_member_status CHECK (status IN ('INVITED', 'DECLINED')),
    CONSTRAINT ck_expert_panel_member_declined CHECK ((status = 'DECLINED') = (declined_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_expert_panel_member_expert ON expert_panel_member (expert_id, panel_id);

CREATE TABLE expert_opinion (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    panel_id             BIGINT      NOT NULL,
    expert_id            BIGINT      NOT NULL,
    verdict              VARCHAR(6)  NOT NULL,
    items                LONGTEXT    NOT NULL,
    comment              TEXT        NULL,
    checklist_version_id BIGINT      NOT NULL,
    submitted_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_expert_opinion UNIQUE (panel_id, expert_id),
    CONSTRAINT fk_expert_opinion_member FOREIGN KEY (panel_id, expert_id) REFERENCES expert_panel_member (panel_id, expert_id),
    CONSTRAINT fk_expert_opinion_checklist FOREIGN KEY (checklist_version_id) REFERENCES rule_version (id),
    CONSTRAINT ck_expert_opinion_verdict CHECK (verdict IN ('PASS', 'REVISE', 'FAIL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_expert_opinion_expert ON expert_opinion (expert_id, panel_id);

CREATE TABLE expert_rating (
    panel_id    BIGINT        NOT NULL,
    expert_id   BIGINT        NOT NULL,
    on_time     TINYINT       NOT NULL,
    substantive TINYINT       NOT NULL,
    comment     VARCHAR(1000) NULL,
    rated_by    VARCHAR(64)   NOT NULL,
    rated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (panel_id, expert_id),
    CONSTRAINT fk_expert_rating_opinion FOREIGN KEY (panel_id, expert_id) REFERENCES expert_opinion (panel_id, expert_id),
    CONSTRAINT ck_expert_rating_points CHECK (on_time BETWEEN 1 AND 5 AND substantive BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_expert_rating_expert ON expert_rating (expert_id, rated_at);

-- One fee per sitting (panel and expert): UNIQUE, and paid once (status moves PAYABLE → PAID only).
CREATE TABLE expert_fee (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    panel_id       BIGINT         NOT NULL,
    expert_id      BIGINT         NOT NULL,
    title          VARCHAR(12)    NOT NULL,
    days           DECIMAL(4, 1)  NOT NULL,
    rate           DECIMAL(15, 2) NOT NULL,
    amount         DECIMAL(15, 2) NOT NULL,
    fee_version_id BIGINT         NOT NULL,
    status         VARCHAR(8)     NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    paid_on        DATE           NULL,
    paid_reference VARCHAR(100)   NULL,
    paid_by        VARCHAR(64)    NULL,
    paid_at        DATETIME(6)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_expert_fee_sitting UNIQUE (panel_id, expert_id),
    CONSTRAINT fk_expert_fee_opinion FOREIGN KEY (panel_id, expert_id) REFERENCES expert_opinion (panel_id, expert_id),
    CONSTRAINT fk_expert_fee_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT fk_expert_fee_rules FOREIGN KEY (fee_version_id) REFERENCES rule_version (id),
    CONSTRAINT ck_expert_fee_status CHECK (status IN ('PAYABLE', 'PAID')),
    CONSTRAINT ck_expert_fee_paid CHECK ((status = 'PAID') = (paid_at IS NOT NULL AND paid_on IS NOT NULL)),
    CONSTRAINT ck_expert_fee_amount CHECK (amount >= 0 AND rate >= 0 AND days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_expert_fee_status ON expert_fee (status, created_at, id);
CREATE INDEX ix_expert_fee_created ON expert_fee (created_at, id);
CREATE INDEX ix_expert_fee_expert ON expert_fee (expert_id, created_at, id);
