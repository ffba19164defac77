-- Selection integrity (DOMAIN.md §12): links between approved agencies that share a legal representative,
-- a practitioner or lead evaluator (by ID number), a phone, an own e-mail domain or an address. The link
-- keeps a hash of the shared value (match_key), never the value itself; the evidence is masked.
CREATE TABLE agency_relation_link (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    agency_low       BIGINT       NOT NULL,
    agency_high      BIGINT       NOT NULL,
    kind             VARCHAR(24)  NOT NULL,
    match_key        CHAR(64)     NOT NULL,
    evidence         VARCHAR(500) NOT NULL,
    found_at         DATETIME(6)  NOT NULL,
    dismissed_at     DATETIME(6)  NULL,
    dismissed_by     VARCHAR(100) NULL,
    dismissal_reason VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agency_relation_link UNIQUE (agency_low, agency_high, kind, match_key),
    CONSTRAINT fk_agency_relation_low FOREIGN KEY (agency_low) REFERENCES agency (id),
    CONSTRAINT fk_agency_relation_high FOREIGN KEY (agency_high) REFERENCES agency (id),
    CONSTRAINT ck_agency_relation_order CHECK (agency_low < agency_high),
    CONSTRAINT ck_agency_relation_kind CHECK (kind IN
        ('LEGAL_REPRESENTATIVE', 'SHAREHOLDER', 'PRACTITIONER', 'PHONE', 'EMAIL_DOMAIN', 'ADDRESS')),
    CONSTRAINT ck_agency_relation_dismissal CHECK ((dismissed_at IS NULL AND dismissal_reason IS NULL)
        OR (dismissed_at IS NOT NULL AND dismissal_reason IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_relation_high ON agency_relation_link (agency_high);
CREATE INDEX ix_agency_relation_dismissed ON agency_relation_link (dismissed_at);

-- A group STAFF has confirmed as related (its members at the time, ascending ids joined by commas).
CREATE TABLE agency_relation_confirmation (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    group_id      BIGINT        NOT NULL,
    member_ids    VARCHAR(4000) NOT NULL,
    member_hash   CHAR(64)      NOT NULL,
    comment       VARCHAR(500)  NULL,
    confirmed_by  VARCHAR(100)  NOT NULL,
    confirmed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agency_relation_confirmation UNIQUE (member_hash),
    CONSTRAINT fk_agency_relation_confirmation_group FOREIGN KEY (group_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_relation_confirmation_group ON agency_relation_confirmation (group_id);

-- One practitioner, one agency: finding another agency's listing of an ID number reads this index.
CREATE INDEX ix_agency_person_id_number ON agency_person (id_number, agency_id);
