-- Engagements (委托业务, DOMAIN.md §4): the commissioned work, its evaluated units and projects, and the
-- timeline of its states. Codes are checked here as well as in the code (EngagementType,
-- EngagementState, selection methods of API.md).

CREATE TABLE engagement (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    title                   VARCHAR(200)  NOT NULL,
    engagement_type         VARCHAR(32)   NOT NULL,
    commissioning_unit      VARCHAR(200)  NOT NULL,
    funds_involved          DECIMAL(15,2) NOT NULL,
    fee                     DECIMAL(15,2) NOT NULL,
    -- the cap found for type and funds in the fee-cap table version the fee was checked against
    fee_cap                 DECIMAL(15,2) NULL,
    fee_cap_version_id      BIGINT        NOT NULL,
    fee_cap_override_reason VARCHAR(1000) NULL,
    fee_cap_override_by     VARCHAR(64)   NULL,
    planned_start           DATE          NOT NULL,
    planned_end             DATE          NOT NULL,
    supervisor_id           BIGINT        NOT NULL,
    state                   VARCHAR(24)   NOT NULL,
    state_entered_at        DATETIME(6)   NOT NULL,
    agency_id               BIGINT        NULL,
    selection_method        VARCHAR(16)   NULL,
    contracted_on           DATE          NULL,
    -- the date by which the current state must be left (engagement.deadlines), flagged by OverdueJob
    deadline                DATE          NULL,
    deadline_version_id     BIGINT        NULL,
    overdue                 BOOLEAN       NOT NULL DEFAULT FALSE,
    overdue_since           DATE          NULL,
    termination_reason      VARCHAR(1000) NULL,
    created_by              VARCHAR(64)   NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_fee_cap_version FOREIGN KEY (fee_cap_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_engagement_deadline_version FOREIGN KEY (deadline_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_engagement_supervisor FOREIGN KEY (supervisor_id) REFERENCES app_user (id),
    CONSTRAINT fk_engagement_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_engagement_type CHECK (engagement_type IN ('EX_ANTE_ASSESSMENT', 'TARGET_REVIEW', 'MONITORING',
        'KEY_EVALUATION', 'DEPARTMENT_OVERALL', 'SELF_EVALUATION_REVIEW', 'POLICY_EVALUATION', 'OTHER')),
    CONSTRAINT ck_engagement_state CHECK (state IN ('CREATED', 'AGENCY_SELECTED', 'ACCEPTED_BY_AGENCY', 'PLAN_SUBMITTED',
        'PLAN_APPROVED', 'IN_FIELDWORK', 'REPORT_SUBMITTED', 'REPORT_APPROVED', 'ACCEPTED', 'SETTLED', 'CLOSED', 'TERMINATED')),
    CONSTRAINT ck_engagement_method CHECK (selection_method IS NULL OR selection_method IN ('PROCUREMENT', 'MERIT', 'DRAW')),
    CONSTRAINT ck_engagement_money CHECK (fee >= 0 AND funds_involved >= 0 AND (fee_cap IS NULL OR fee_cap >= 0)),
    CONSTRAINT ck_engagement_dates CHECK (planned_end >= planned_start),
    CONSTRAINT ck_engagement_cap CHECK (fee_cap IS NULL OR fee <= fee_cap OR fee_cap_override_reason IS NOT NULL),
    CONSTRAINT ck_engagement_agency CHECK (state IN ('CREATED', 'TERMINATED') OR agency_id IS NOT NULL),
    CONSTRAINT ck_engagement_terminated CHECK (state <> 'TERMINATED' OR termination_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the list: filters state, type, agency, overdue, supervisor, q (title); sorts createdAt (default),
-- title, fee, plannedStart, plannedEnd, deadline, state
CREATE INDEX ix_engagement_created ON engagement (created_at);
CREATE INDEX ix_engagement_state ON engagement (state, created_at);
CREATE INDEX ix_engagement_type ON engagement (engagement_type, created_at);
CREATE INDEX ix_engagement_agency ON engagement (agency_id, state, created_at);
CREATE INDEX ix_engagement_overdue ON engagement (overdue, created_at);
CREATE INDEX ix_engagement_supervisor ON engagement (supervisor_id, created_at);
CREATE INDEX ix_engagement_title ON engagement (title);
CREATE INDEX ix_engagement_fee ON engagement (fee);
CREATE INDEX ix_engagement_planned_start ON engagement (planned_start);
CREATE INDEX ix_engagement_planned_end ON engagement (planned_end);
CREATE INDEX ix_engagement_deadline ON engagement (state, deadline);

-- the evaluated units and projects with the funds involved (被评价单位、项目、涉及资金)
CREATE TABLE engagement_unit (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    unit_name     VARCHAR(200)  NOT NULL,
    project_name  VARCHAR(200)  NULL,
    funds         DECIMAL(15,2) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_unit_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE,
    CONSTRAINT uq_engagement_unit_position UNIQUE (engagement_id, position),
    CONSTRAINT ck_engagement_unit_funds CHECK (funds IS NULL OR funds >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- rotation looks up who evaluated a unit
CREATE INDEX ix_engagement_unit_name ON engagement_unit (unit_name, engagement_id);

-- the timeline: every change of state, who made it and why
CREATE TABLE engagement_state_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    from_state    VARCHAR(24)   NULL,
    to_state      VARCHAR(24)   NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    actor_id      BIGINT        NULL,
    actor_name    VARCHAR(64)   NOT NULL,
    note          VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_state_change FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_engagement_state_change ON engagement_state_change (engagement_id, id);
