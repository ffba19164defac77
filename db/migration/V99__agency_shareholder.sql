-- Selection integrity (DOMAIN.md §12, issue 16): the agency profile's shareholders and partners (股东/合伙人).
-- A person is identified by an identity document, an organisation by its unified social credit code; a shared
-- holder ties two agencies (a relation of kind SHAREHOLDER), and so does an agency that holds another.
CREATE TABLE agency_shareholder (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id     BIGINT        NOT NULL,
    holder_kind   VARCHAR(16)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    id_type       VARCHAR(24)   NULL,
    id_number     VARCHAR(30)   NULL,
    share_percent DECIMAL(5,2)  NULL,
    sort_order    INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_shareholder_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE,
    CONSTRAINT ck_agency_shareholder_kind CHECK (holder_kind IN ('PERSON', 'ORGANISATION')),
    CONSTRAINT ck_agency_shareholder_share CHECK (share_percent IS NULL OR (share_percent > 0 AND share_percent <= 100))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_shareholder_agency ON agency_shareholder (agency_id, sort_order);
CREATE INDEX ix_agency_shareholder_id_number ON agency_shareholder (id_number, agency_id);
