-- Budget units (预算单位) and the loop from an evaluation's result to next year's budget (DOMAIN.md §9):
-- the register of budget units and their UNIT accounts, the result of each evaluated unit/project with its
-- findings and revisions, the feedback letter, the rectification tasks, the result application, the
-- publication of approved reports and the units' feedback on the agency.

CREATE TABLE budget_unit (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    department VARCHAR(200) NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_budget_unit_code UNIQUE (code),
    CONSTRAINT ck_budget_unit_name CHECK (CHAR_LENGTH(name) > 0),
    CONSTRAINT ck_budget_unit_code CHECK (CHAR_LENGTH(code) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_budget_unit_name ON budget_unit (name, id);
CREATE INDEX ix_budget_unit_department ON budget_unit (department, id);

-- a UNIT account belongs to one budget unit (the column came with V48); the roles of V1 gain UNIT and EXPERT
ALTER TABLE app_user DROP CONSTRAINT ck_app_user_roles;
ALTER TABLE app_user
    ADD CONSTRAINT ck_app_user_roles CHECK (roles REGEXP '^(AGENCY|STAFF|ADMIN|UNIT|EXPERT)(,(AGENCY|STAFF|ADMIN|UNIT|EXPERT))*$'),
    ADD CONSTRAINT ck_app_user_unit_role CHECK (unit_id IS NULL OR roles = 'UNIT'),
    ADD CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES budget_unit (id);
CREATE INDEX ix_app_user_unit ON app_user (unit_id);

-- an engagement's evaluated unit may name the budget unit it is
ALTER TABLE engagement_unit
    ADD COLUMN budget_unit_id BIGINT NULL,
    ADD CONSTRAINT fk_engagement_unit_budget_unit FOREIGN KEY (budget_unit_id) REFERENCES budget_unit (id);
CREATE INDEX ix_engagement_unit_budget_unit ON engagement_unit (budget_unit_id, engagement_id);

-- the result of one evaluated unit/project (not the agency's acceptance score) and its application
CREATE TABLE evaluation_result (
    evaluated_unit_id      BIGINT        NOT NULL,
    engagement_id          BIGINT        NOT NULL,
    budget_unit_id         BIGINT        NULL,
    result_year            INT           NOT NULL,
    score                  DECIMAL(5,2)  NOT NULL,
    conclusion             VARCHAR(16)   NOT NULL,
    bands_version_id       BIGINT        NOT NULL,
    recommendations        VARCHAR(4000) NULL,
    revision               INT           NOT NULL,
    funds                  DECIMAL(15,2) NULL,
    suggested_action       VARCHAR(20)   NOT NULL,
    suggested_min          DECIMAL(15,2) NULL,
    suggested_max          DECIMAL(15,2) NULL,
    application_version_id BIGINT        NOT NULL,
    decided_action         VARCHAR(20)   NULL,
    decided_amount         DECIMAL(15,2) NULL,
    decision_reason        VARCHAR(1000) NULL,
    decided_by             VARCHAR(64)   NULL,
    decided_at             DATETIME(6)   NULL,
    recorded_by            VARCHAR(64)   NOT NULL,
    recorded_at            DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (evaluated_unit_id),
    CONSTRAINT fk_evaluation_result_unit FOREIGN KEY (evaluated_unit_id) REFERENCES engagement_unit (id),
    CONSTRAINT fk_evaluation_result_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_evaluation_result_budget_unit FOREIGN KEY (budget_unit_id) REFERENCES budget_unit (id),
    CONSTRAINT fk_evaluation_result_bands FOREIGN KEY (bands_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_evaluation_result_application FOREIGN KEY (application_version_id) REFERENCES rule_version (id),
    CONSTRAINT ck_evaluation_result_score CHECK (score >= 0 AND score <= 100),
    CONSTRAINT ck_evaluation_result_conclusion CHECK (conclusion IN ('EXCELLENT', 'GOOD', 'MEDIUM', 'POOR')),
    CONSTRAINT ck_evaluation_result_suggested CHECK (suggested_action IN ('COMMEND_PRIORITY', 'RECTIFY', 'REDUCE', 'CANCEL')),
    CONSTRAINT ck_evaluation_result_decided CHECK (decided_action IS NULL OR decided_action IN ('COMMEND_PRIORITY', 'RECTIFY', 'REDUCE', 'CANCEL')),
    CONSTRAINT ck_evaluation_result_decision CHECK ((decided_action IS NULL) = (decided_at IS NULL)),
    CONSTRAINT ck_evaluation_result_amount CHECK (decided_amount IS NULL OR decided_amount >= 0),
    CONSTRAINT ck_evaluation_result_range CHECK (suggested_min IS NULL OR suggested_max IS NULL OR suggested_min <= suggested_max)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_evaluation_result_engagement ON evaluation_result (engagement_id, evaluated_unit_id);
CREATE INDEX ix_evaluation_result_year ON evaluation_result (result_year, evaluated_unit_id);
CREATE INDEX ix_evaluation_result_unit_year ON evaluation_result (budget_unit_id, result_year, evaluated_unit_id);
CREATE INDEX ix_evaluation_result_conclusion ON evaluation_result (conclusion, evaluated_unit_id);

-- the findings (问题) of a result, each with its category
CREATE TABLE result_finding (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    evaluated_unit_id BIGINT        NOT NULL,
    position          INT           NOT NULL,
    text              VARCHAR(2000) NOT NULL,
    category          VARCHAR(24)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_result_finding_result FOREIGN KEY (evaluated_unit_id) REFERENCES evaluation_result (evaluated_unit_id),
    CONSTRAINT uq_result_finding_position UNIQUE (evaluated_unit_id, position),
    CONSTRAINT ck_result_finding_category CHECK (category IN ('DECISION', 'BUDGET_EXECUTION', 'FUND_MANAGEMENT',
        'PROJECT_MANAGEMENT', 'OUTPUT', 'BENEFIT', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every version of a result: what it said, who changed it and why (changes after the letter need a reason)
CREATE TABLE result_revision (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    evaluated_unit_id BIGINT        NOT NULL,
    revision          INT           NOT NULL,
    content           MEDIUMTEXT    NOT NULL,
    reason            VARCHAR(1000) NULL,
    changed_by        VARCHAR(64)   NOT NULL,
    changed_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_result_revision_result FOREIGN KEY (evaluated_unit_id) REFERENCES evaluation_result (evaluated_unit_id),
    CONSTRAINT uq_result_revision UNIQUE (evaluated_unit_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 《预算绩效评价结果反馈意见书》: one per evaluated unit
CREATE TABLE feedback_letter (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    evaluated_unit_id   BIGINT       NOT NULL,
    engagement_id       BIGINT       NOT NULL,
    budget_unit_id      BIGINT       NOT NULL,
    issued_on           DATE         NOT NULL,
    deadline            DATE         NOT NULL,
    rules_version_id    BIGINT       NOT NULL,
    issued_by           VARCHAR(64)  NOT NULL,
    issued_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_feedback_letter_unit UNIQUE (evaluated_unit_id),
    CONSTRAINT fk_feedback_letter_result FOREIGN KEY (evaluated_unit_id) REFERENCES evaluation_result (evaluated_unit_id),
    CONSTRAINT fk_feedback_letter_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_feedback_letter_budget_unit FOREIGN KEY (budget_unit_id) REFERENCES budget_unit (id),
    CONSTRAINT fk_feedback_letter_rules FOREIGN KEY (rules_version_id) REFERENCES rule_version (id),
    CONSTRAINT ck_feedback_letter_deadline CHECK (deadline >= issued_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feedback_letter_unit ON feedback_letter (budget_unit_id, id);
CREATE INDEX ix_feedback_letter_engagement ON feedback_letter (engagement_id, budget_unit_id);

-- 整改: one task per finding of a letter
CREATE TABLE rectification_task (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    letter_id        BIGINT        NOT NULL,
    budget_unit_id   BIGINT        NOT NULL,
    finding_id       BIGINT        NOT NULL,
    finding_text     VARCHAR(2000) NOT NULL,
    category         VARCHAR(24)   NOT NULL,
    deadline         DATE          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    measures         VARCHAR(4000) NULL,
    answered_by      VARCHAR(64)   NULL,
    answered_at      DATETIME(6)   NULL,
    review_comment   VARCHAR(4000) NULL,
    reviewed_by      VARCHAR(64)   NULL,
    reviewed_at      DATETIME(6)   NULL,
    extension_days   INT           NULL,
    extension_reason VARCHAR(1000) NULL,
    extension_status VARCHAR(16)   NULL,
    extension_comment VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_rectification_task_letter FOREIGN KEY (letter_id) REFERENCES feedback_letter (id),
    CONSTRAINT fk_rectification_task_unit FOREIGN KEY (budget_unit_id) REFERENCES budget_unit (id),
    CONSTRAINT fk_rectification_task_finding FOREIGN KEY (finding_id) REFERENCES result_finding (id),
    CONSTRAINT uq_rectification_task_finding UNIQUE (finding_id),
    CONSTRAINT ck_rectification_task_status CHECK (status IN ('OPEN', 'ANSWERED', 'RETURNED', 'ACCEPTED')),
    CONSTRAINT ck_rectification_task_answered CHECK (status IN ('OPEN') OR measures IS NOT NULL),
    CONSTRAINT ck_rectification_task_returned CHECK (status <> 'RETURNED' OR review_comment IS NOT NULL),
    CONSTRAINT ck_rectification_task_extension CHECK (extension_status IS NULL
        OR (extension_status IN ('REQUESTED', 'GRANTED', 'REFUSED') AND extension_days > 0 AND extension_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rectification_task_letter ON rectification_task (letter_id, id);
CREATE INDEX ix_rectification_task_unit ON rectification_task (budget_unit_id, deadline, id);
CREATE INDEX ix_rectification_task_unit_status ON rectification_task (budget_unit_id, status, deadline, id);
CREATE INDEX ix_rectification_task_status ON rectification_task (status, deadline, id);
CREATE INDEX ix_rectification_task_deadline ON rectification_task (deadline, id);

-- evidence files of an answer (the shared upload pipeline keeps the bytes)
CREATE TABLE rectification_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    task_id      BIGINT       NOT NULL,
    storage_key  VARCHAR(300) NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rectification_file_task FOREIGN KEY (task_id) REFERENCES rectification_task (id),
    CONSTRAINT uq_rectification_file_key UNIQUE (storage_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rectification_file_task ON rectification_file (task_id, id);

-- 公开: an approved report the bureau published, with the redacted PDF it uploaded
CREATE TABLE result_publication (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    pub_year      INT           NOT NULL,
    published_on  DATE          NOT NULL,
    summary       VARCHAR(4000) NOT NULL,
    storage_key   VARCHAR(300)  NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    published_by  VARCHAR(64)   NOT NULL,
    published_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_result_publication_engagement UNIQUE (engagement_id),
    CONSTRAINT fk_result_publication_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_result_publication_year ON result_publication (pub_year, published_on, id);
CREATE INDEX ix_result_publication_on ON result_publication (published_on, id);

-- a unit's judgement of the agency's conduct after its letter, and its complaint
CREATE TABLE unit_feedback (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id   BIGINT        NOT NULL,
    budget_unit_id  BIGINT        NOT NULL,
    rating          INT           NOT NULL,
    comment         VARCHAR(4000) NULL,
    complaint       BOOLEAN       NOT NULL,
    credit_event_id BIGINT        NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_unit_feedback UNIQUE (engagement_id, budget_unit_id),
    CONSTRAINT fk_unit_feedback_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_unit_feedback_unit FOREIGN KEY (budget_unit_id) REFERENCES budget_unit (id),
    CONSTRAINT ck_unit_feedback_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT ck_unit_feedback_complaint CHECK (complaint = FALSE OR comment IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_unit_feedback_unit ON unit_feedback (budget_unit_id, id);
