-- How the agency was chosen (DOMAIN.md §4), one row per round: a decline ends a round and the next
-- selection is a new round. Each method keeps its evidence; a draw keeps everything needed to re-run
-- it (the pool in order with grades and weights, the exclusions with reasons, the seed, the ticket)
-- and the rule versions it was decided under.
CREATE TABLE engagement_document (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    engagement_id      BIGINT       NOT NULL,
    purpose            VARCHAR(16)  NOT NULL,
    file_name          VARCHAR(255) NOT NULL,
    content_type       VARCHAR(64)  NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    storage_key        VARCHAR(300) NOT NULL,
    uploaded_by        VARCHAR(64)  NOT NULL,
    uploaded_by_agency BIGINT       NULL,
    uploaded_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_document_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT uq_engagement_document_key UNIQUE (storage_key),
    CONSTRAINT ck_engagement_document_purpose CHECK (purpose IN ('PLAN', 'REPORT', 'PROCUREMENT', 'OTHER')),
    CONSTRAINT ck_engagement_document_type CHECK (content_type = 'application/pdf'),
    CONSTRAINT ck_engagement_document_size CHECK (size_bytes > 0),
    CONSTRAINT ck_engagement_document_sha CHECK (sha256 REGEXP '^[0-9a-f]{64}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_engagement_document ON engagement_document (engagement_id, uploaded_at);

CREATE TABLE engagement_selection (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id           BIGINT        NOT NULL,
    round                   INT           NOT NULL,
    method                  VARCHAR(16)   NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    agency_id               BIGINT        NOT NULL,
    -- PROCUREMENT: 公开招标, 竞争性磋商, 框架协议 ...
    procurement_method      VARCHAR(32)   NULL,
    procurement_reference   VARCHAR(100)  NULL,
    procurement_date        DATE          NULL,
    procurement_document_id BIGINT        NULL,
    -- MERIT: the ranked shortlist as JSON and the justification
    shortlist               MEDIUMTEXT    NULL,
    justification           VARCHAR(4000) NULL,
    -- DRAW (and MERIT's eligibility): pool as JSON [{agencyId, grade, weight}], exclusions as JSON
    seed                    CHAR(64)      NULL,
    pool                    MEDIUMTEXT    NULL,
    excluded                MEDIUMTEXT    NULL,
    ticket                  BIGINT        NULL,
    total_weight            BIGINT        NULL,
    eligibility_version_id  BIGINT        NULL,
    draw_version_id         BIGINT        NULL,
    selected_by             VARCHAR(64)   NOT NULL,
    selected_at             DATETIME(6)   NOT NULL,
    answered_by             VARCHAR(64)   NULL,
    answered_at             DATETIME(6)   NULL,
    no_conflict_declared    BOOLEAN       NULL,
    decline_reason          VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_engagement_selection_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_engagement_selection_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_engagement_selection_document FOREIGN KEY (procurement_document_id) REFERENCES engagement_document (id),
    CONSTRAINT fk_engagement_selection_eligibility FOREIGN KEY (eligibility_version_id) REFERENCES rule_version (id),
    CONSTRAINT fk_engagement_selection_draw FOREIGN KEY (draw_version_id) REFERENCES rule_version (id),
    CONSTRAINT uq_engagement_selection_round UNIQUE (engagement_id, round),
    CONSTRAINT ck_engagement_selection_method CHECK (method IN ('PROCUREMENT', 'MERIT', 'DRAW')),
    CONSTRAINT ck_engagement_selection_status CHECK (status IN ('PENDING', 'CONFIRMED', 'DECLINED', 'CANCELLED')),
    CONSTRAINT ck_engagement_selection_draw CHECK (method <> 'DRAW' OR (seed IS NOT NULL AND pool IS NOT NULL
        AND excluded IS NOT NULL AND ticket IS NOT NULL AND draw_version_id IS NOT NULL AND eligibility_version_id IS NOT NULL)),
    CONSTRAINT ck_engagement_selection_merit CHECK (method <> 'MERIT' OR (justification IS NOT NULL AND shortlist IS NOT NULL)),
    CONSTRAINT ck_engagement_selection_procurement CHECK (method <> 'PROCUREMENT' OR (procurement_method IS NOT NULL
        AND procurement_reference IS NOT NULL AND procurement_date IS NOT NULL)),
    CONSTRAINT ck_engagement_selection_answer CHECK (status NOT IN ('CONFIRMED', 'DECLINED') OR answered_at IS NOT NULL),
    CONSTRAINT ck_engagement_selection_confirmed CHECK (status <> 'CONFIRMED' OR no_conflict_declared = TRUE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_engagement_selection_agency ON engagement_selection (agency_id, status);
