-- Agencies (第三方机构) and their profile (DOMAIN.md §3).
--
-- The profile's live tables (agency and the agency_* block tables) hold the data in force: for an
-- agency that was never approved that is its draft; once an agency is approved they hold the approved
-- profile, and an edit becomes a change request kept as JSON in agency.pending_change until a
-- reviewer approves it (then it is applied to these tables). Every submitted profile is kept whole,
-- as JSON, in agency_version; reviews refer to the version they decided.
--
-- Codes are checked here as well as in the code: agency_type (API.md), status (AgencyStatus),
-- work_type (engagement type codes of API.md).

CREATE TABLE agency (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    -- 1. 机构信息
    name                     VARCHAR(200)  NOT NULL,
    uscc                     CHAR(18) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    agency_type              VARCHAR(24)   NOT NULL,
    independent_legal_person BOOLEAN       NULL,
    head_office              VARCHAR(200)  NULL,
    registered_address       VARCHAR(300)  NULL,
    founded_on               DATE          NULL,
    registered_capital       DECIMAL(15,2) NULL,
    contact_name             VARCHAR(50)   NOT NULL,
    contact_phone            VARCHAR(20)   NOT NULL,
    email                    VARCHAR(254)  NOT NULL,
    business_scope           TEXT          NULL,
    quality_system           TEXT          NULL,
    -- 2. 法定代表人
    legal_rep_name           VARCHAR(50)   NULL,
    legal_rep_id_type        VARCHAR(20)   NULL,
    legal_rep_id_number      VARCHAR(30)   NULL,
    legal_rep_phone          VARCHAR(20)   NULL,
    -- 9. 承诺
    declaration_accepted     BOOLEAN       NOT NULL DEFAULT FALSE,
    declared_at              DATETIME(6)   NULL,
    -- lifecycle
    status                   VARCHAR(16)   NOT NULL,
    change_state             VARCHAR(16)   NULL,
    pending_change           MEDIUMTEXT    NULL,
    registered_at            DATETIME(6)   NOT NULL,
    submitted_at             DATETIME(6)   NULL,
    approved_at              DATETIME(6)   NULL,
    approved_version_id      BIGINT        NULL,
    status_reason            VARCHAR(1000) NULL,
    status_changed_at        DATETIME(6)   NULL,
    -- 年度信息确认 and certificate expiry, flagged by the scheduled check
    confirmed_year           INT           NULL,
    confirmed_at             DATETIME(6)   NULL,
    confirmation_overdue     BOOLEAN       NOT NULL DEFAULT FALSE,
    expiring_certificates    INT           NOT NULL DEFAULT 0,
    expired_certificates     INT           NOT NULL DEFAULT 0,
    flags_checked_at         DATETIME(6)   NULL,
    created_at               DATETIME(6)   NOT NULL,
    updated_at               DATETIME(6)   NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_agency_uscc UNIQUE (uscc),
    CONSTRAINT ck_agency_uscc CHECK (uscc REGEXP '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    CONSTRAINT ck_agency_type CHECK (agency_type IN ('ACCOUNTING_FIRM', 'ASSET_APPRAISAL', 'CONSULTING', 'LAW_FIRM',
                                                     'RESEARCH_INSTITUTE', 'UNIVERSITY')),
    CONSTRAINT ck_agency_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED', 'SUSPENDED',
                                                  'WITHDRAWN')),
    CONSTRAINT ck_agency_change_state CHECK (change_state IS NULL OR change_state IN ('EDITING', 'SUBMITTED', 'RETURNED',
                                                                                     'REJECTED')),
    CONSTRAINT ck_agency_change_only_approved CHECK (change_state IS NULL OR approved_version_id IS NOT NULL),
    CONSTRAINT ck_agency_legal_rep_id_type CHECK (legal_rep_id_type IS NULL OR legal_rep_id_type IN
        ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT', 'OTHER')),
    CONSTRAINT ck_agency_capital CHECK (registered_capital IS NULL OR registered_capital >= 0),
    CONSTRAINT ck_agency_certificates CHECK (expiring_certificates >= 0 AND expired_certificates >= 0),
    CONSTRAINT ck_agency_declared CHECK (declaration_accepted = FALSE OR declared_at IS NOT NULL),
    CONSTRAINT ck_agency_head_office CHECK (independent_legal_person IS NULL OR independent_legal_person = TRUE
                                            OR head_office IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the staff list: filters status, type, (grade through credit_standing), q on name or USCC (uq_agency_uscc);
-- sorts name, uscc, type, status, registeredAt, submittedAt, updatedAt
CREATE INDEX ix_agency_name ON agency (name);
CREATE INDEX ix_agency_status_name ON agency (status, name);
CREATE INDEX ix_agency_type_name ON agency (agency_type, name);
CREATE INDEX ix_agency_status_type ON agency (status, agency_type);
CREATE INDEX ix_agency_registered ON agency (registered_at);
CREATE INDEX ix_agency_submitted ON agency (submitted_at);
CREATE INDEX ix_agency_updated ON agency (updated_at);
CREATE INDEX ix_agency_change_state ON agency (change_state, submitted_at);
CREATE INDEX ix_agency_flags ON agency (confirmation_overdue, expiring_certificates);

-- 3. 主评人, 5. 合作专家, 6. 其他从业人员: one table, by role. A removed person is deactivated, not
-- deleted, because engagement teams refer to people by id.
CREATE TABLE agency_person (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id        BIGINT       NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    name             VARCHAR(50)  NOT NULL,
    id_type          VARCHAR(20)  NULL,
    id_number        VARCHAR(30)  NULL,
    title            VARCHAR(100) NULL,
    field            VARCHAR(100) NULL,
    employer         VARCHAR(200) NULL,
    position         VARCHAR(100) NULL,
    years_experience INT          NULL,
    phone            VARCHAR(20)  NULL,
    sort_order       INT          NOT NULL DEFAULT 0,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_person_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_agency_person_role CHECK (role IN ('LEAD_EVALUATOR', 'EXPERT', 'OTHER')),
    CONSTRAINT ck_agency_person_id_type CHECK (id_type IS NULL OR id_type IN
        ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT', 'OTHER')),
    CONSTRAINT ck_agency_person_id_pair CHECK (id_number IS NULL OR id_type IS NOT NULL),
    CONSTRAINT ck_agency_person_years CHECK (years_experience IS NULL OR years_experience BETWEEN 0 AND 70),
    CONSTRAINT ck_agency_person_lead_id CHECK (role <> 'LEAD_EVALUATOR' OR id_number IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_person_agency ON agency_person (agency_id, active, role, sort_order);

-- qualification certificates of lead evaluators (type, number, expiry)
CREATE TABLE agency_certificate (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    person_id   BIGINT       NOT NULL,
    agency_id   BIGINT       NOT NULL,
    cert_type   VARCHAR(100) NOT NULL,
    cert_number VARCHAR(100) NOT NULL,
    issued_on   DATE         NULL,
    expires_on  DATE         NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_certificate_person FOREIGN KEY (person_id) REFERENCES agency_person (id) ON DELETE CASCADE,
    CONSTRAINT fk_agency_certificate_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_agency_certificate_dates CHECK (issued_on IS NULL OR expires_on > issued_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_certificate_person ON agency_certificate (person_id, expires_on);
CREATE INDEX ix_agency_certificate_agency ON agency_certificate (agency_id, expires_on);
CREATE INDEX ix_agency_certificate_expiry ON agency_certificate (expires_on);

-- 4. 分支机构
CREATE TABLE agency_branch (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id  BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    address    VARCHAR(300) NULL,
    principal  VARCHAR(50)  NULL,
    phone      VARCHAR(20)  NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_branch_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_branch_agency ON agency_branch (agency_id, sort_order);

-- 7. 业绩: past evaluation work; work_type is an engagement type code (API.md), used to rank agencies
CREATE TABLE agency_track_record (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id  BIGINT        NOT NULL,
    client     VARCHAR(200)  NOT NULL,
    project    VARCHAR(300)  NOT NULL,
    year       INT           NOT NULL,
    amount     DECIMAL(15,2) NULL,
    result     VARCHAR(500)  NULL,
    work_type  VARCHAR(32)   NULL,
    sort_order INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_track_record_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE,
    CONSTRAINT ck_agency_track_record_year CHECK (year BETWEEN 1980 AND 2100),
    CONSTRAINT ck_agency_track_record_amount CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT ck_agency_track_record_work_type CHECK (work_type IS NULL OR work_type IN
        ('EX_ANTE_ASSESSMENT', 'TARGET_REVIEW', 'MONITORING', 'KEY_EVALUATION', 'DEPARTMENT_OVERALL',
         'SELF_EVALUATION_REVIEW', 'POLICY_EVALUATION', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_track_record_agency ON agency_track_record (agency_id, work_type);

-- 9. 利害关系单位: units the agency declares an interest relationship with (回避)
CREATE TABLE agency_interest_unit (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id    BIGINT       NOT NULL,
    unit_name    VARCHAR(200) NOT NULL,
    relationship VARCHAR(300) NULL,
    sort_order   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_interest_unit_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_interest_unit_agency ON agency_interest_unit (agency_id, sort_order);
CREATE INDEX ix_agency_interest_unit_name ON agency_interest_unit (unit_name);

-- 8. 证明材料: uploaded files are immutable; attached = part of the profile in force
CREATE TABLE agency_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id    BIGINT       NOT NULL,
    category     VARCHAR(24)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    storage_key  VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attached     BOOLEAN      NOT NULL DEFAULT TRUE,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_document_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uq_agency_document_key UNIQUE (storage_key),
    CONSTRAINT ck_agency_document_category CHECK (category IN ('BUSINESS_LICENCE', 'QUALIFICATION', 'CERTIFICATE',
                                                                'QUALITY_CONTROL', 'OTHER')),
    CONSTRAINT ck_agency_document_type CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT ck_agency_document_size CHECK (size_bytes > 0),
    CONSTRAINT ck_agency_document_sha CHECK (sha256 REGEXP '^[0-9a-f]{64}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_document_agency ON agency_document (agency_id, attached, uploaded_at);

-- every submitted profile, whole (the JSON of the profile as the agency submitted it)
CREATE TABLE agency_version (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    agency_id       BIGINT      NOT NULL,
    number          INT         NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    state           VARCHAR(16) NOT NULL,
    content         MEDIUMTEXT  NOT NULL,
    base_version_id BIGINT      NULL,
    submitted_at    DATETIME(6) NOT NULL,
    submitted_by    VARCHAR(64) NOT NULL,
    decided_at      DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agency_version_number UNIQUE (agency_id, number),
    CONSTRAINT fk_agency_version_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_version_base FOREIGN KEY (base_version_id) REFERENCES agency_version (id),
    CONSTRAINT ck_agency_version_number CHECK (number > 0),
    CONSTRAINT ck_agency_version_kind CHECK (kind IN ('REGISTRATION', 'CHANGE')),
    CONSTRAINT ck_agency_version_state CHECK (state IN ('SUBMITTED', 'APPROVED', 'RETURNED', 'REJECTED', 'SUPERSEDED')),
    CONSTRAINT ck_agency_version_decided CHECK (state = 'SUBMITTED' OR decided_at IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_version_state ON agency_version (state, submitted_at);

ALTER TABLE agency ADD CONSTRAINT fk_agency_approved_version FOREIGN KEY (approved_version_id) REFERENCES agency_version (id);

-- review decisions on a submitted version, with comments per field (a returned profile)
CREATE TABLE agency_review (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id     BIGINT        NOT NULL,
    version_id    BIGINT        NOT NULL,
    decision      VARCHAR(16)   NOT NULL,
    comment       VARCHAR(2000) NULL,
    reviewer_id   BIGINT        NULL,
    reviewer_name VARCHAR(64)   NOT NULL,
    decided_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agency_review_version UNIQUE (version_id),
    CONSTRAINT fk_agency_review_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_review_version FOREIGN KEY (version_id) REFERENCES agency_version (id),
    CONSTRAINT fk_agency_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
    CONSTRAINT ck_agency_review_decision CHECK (decision IN ('APPROVE', 'RETURN', 'REJECT')),
    CONSTRAINT ck_agency_review_reason CHECK (decision = 'APPROVE' OR (comment IS NOT NULL AND comment <> ''))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_review_agency ON agency_review (agency_id, decided_at);

CREATE TABLE agency_review_comment (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    review_id BIGINT        NOT NULL,
    field     VARCHAR(200)  NOT NULL,
    comment   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_review_comment_review FOREIGN KEY (review_id) REFERENCES agency_review (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_review_comment_review ON agency_review_comment (review_id);

-- pool management: suspend, reinstate, withdraw, each with its reason
CREATE TABLE agency_status_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id   BIGINT        NOT NULL,
    from_status VARCHAR(16)   NOT NULL,
    to_status   VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000) NULL,
    actor_name  VARCHAR(64)   NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_status_change_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_status_change_agency ON agency_status_change (agency_id, changed_at);

ALTER TABLE app_user ADD CONSTRAINT fk_app_user_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
