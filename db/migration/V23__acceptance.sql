-- Acceptance and the fee (验收考核与费用挂钩, DOMAIN.md §5).
--
-- engagement_fee is the engagement's account, made when the contract is concluded (the agency
-- confirms): the fee, the fee-ratio table and advance share in force then, the current acceptance's
-- grade, ratio and payable amount, and the running total paid. Payments lock this row
-- (SELECT ... FOR UPDATE), so that two payments at the same moment cannot both pass the check.
CREATE TABLE engagement_fee (
    engagement_id            BIGINT        NOT NULL,
    fee                      DECIMAL(15,2) NOT NULL,
    contracted_on            DATE          NOT NULL,
    fee_ratio_version_id     BIGINT        NOT NULL,
    advance_share_version_id BIGINT        NOT NULL,
    acceptance_id            BIGINT        NULL,
    grade                    VARCHAR(16)   NULL,
    fee_ratio                DECIMAL(5,4)  NULL,
    payable                  DECIMAL(15,2) NULL,
    paid                     DECIMAL(15,2) NOT NULL DEFAULT 0,
    -- the first payment after acceptance locks the score; an ADMIN may reopen it with a reason
    locked                   BOOLEAN       NOT NULL DEFAULT FALSE,
    reopened                 BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at               DATETIME(6)   NOT NULL,
    PRIMARY KEY (engagement_id),
    CONSTRAINT fk_engagement_fee_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_engagement_fee_ratio_version FOREIGN KEY (fee_ratio_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_engagement_fee_advance_version FOREIGN KEY (advance_share_version_id) REFERENCES rule_version (id),
    CONSTRAINT ck_engagement_fee_amounts CHECK (fee >= 0 AND paid >= 0 AND (payable IS NULL OR payable >= 0)),
    CONSTRAINT ck_engagement_fee_ratio CHECK (fee_ratio IS NULL OR fee_ratio BETWEEN 0 AND 1),
    CONSTRAINT ck_engagement_fee_grade CHECK (grade IS NULL OR grade IN ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
    CONSTRAINT ck_engagement_fee_scored CHECK ((acceptance_id IS NULL) = (payable IS NULL) AND (payable IS NULL) = (fee_ratio IS NULL)),
    CONSTRAINT ck_engagement_fee_lock CHECK (locked = FALSE OR acceptance_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every scoring of an engagement, in rounds; the current one is the one the account points to
CREATE TABLE acceptance (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id          BIGINT        NOT NULL,
    round                  INT           NOT NULL,
    template_version_id    BIGINT        NOT NULL,
    grade_bands_version_id BIGINT        NOT NULL,
    fee_ratio_version_id   BIGINT        NOT NULL,
    total                  DECIMAL(5,1)  NOT NULL,
    grade                  VARCHAR(16)   NOT NULL,
    fee_ratio              DECIMAL(5,4)  NOT NULL,
    fee                    DECIMAL(15,2) NOT NULL,
    payable                DECIMAL(15,2) NOT NULL,
    comment                VARCHAR(4000) NULL,
    scored_by_id           BIGINT        NULL,
    scored_by              VARCHAR(64)   NOT NULL,
    scored_at              DATETIME(6)   NOT NULL,
    superseded_at          DATETIME(6)   NULL,
    superseded_reason      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_acceptance_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_acceptance_template FOREIGN KEY (template_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_acceptance_bands FOREIGN KEY (grade_bands_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_acceptance_ratios FOREIGN KEY (fee_ratio_version_id) REFERENCES rule_version (id),
    CONSTRAINT uq_acceptance_round UNIQUE (engagement_id, round),
    CONSTRAINT ck_acceptance_total CHECK (total BETWEEN 0 AND 100),
    CONSTRAINT ck_acceptance_grade CHECK (grade IN ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
    CONSTRAINT ck_acceptance_ratio CHECK (fee_ratio BETWEEN 0 AND 1),
    CONSTRAINT ck_acceptance_money CHECK (fee >= 0 AND payable >= 0 AND payable <= fee)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE engagement_fee ADD CONSTRAINT fk_engagement_fee_acceptance FOREIGN KEY (acceptance_id) REFERENCES acceptance (id);

-- the points of each template item, with the item as it was in the template version used
CREATE TABLE acceptance_score (
    acceptance_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    item_id       VARCHAR(40)   NOT NULL,
    stage         VARCHAR(8)    NOT NULL,
    item_name     VARCHAR(200)  NOT NULL,
    max_points    DECIMAL(5,1)  NOT NULL,
    points        DECIMAL(5,1)  NOT NULL,
    PRIMARY KEY (acceptance_id, item_id),
    CONSTRAINT fk_acceptance_score FOREIGN KEY (acceptance_id) REFERENCES acceptance (id),
    CONSTRAINT ck_acceptance_score_points CHECK (points >= 0 AND points <= max_points),
    CONSTRAINT ck_acceptance_score_stage CHECK (stage IN ('BEFORE', 'DURING', 'AFTER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every payment, advances included; a RECOVERY (追回) is money the agency paid back
CREATE TABLE payment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    amount        DECIMAL(15,2) NOT NULL,
    paid_on       DATE          NOT NULL,
    reference     VARCHAR(100)  NOT NULL,
    recorded_by_id BIGINT       NULL,
    recorded_by   VARCHAR(64)   NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_payment_engagement FOREIGN KEY (engagement_id) REFERENCES engagement_fee (engagement_id),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_payment_kind CHECK (kind IN ('ADVANCE', 'PAYMENT', 'RECOVERY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_payment_engagement ON payment (engagement_id, paid_on);
