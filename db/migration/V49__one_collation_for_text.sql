-- Issue 8: every text column uses utf8mb4 with the collation of every table (utf8mb4_unicode_ci).
-- A column in another character set cannot be compared with a search term it cannot hold: a Chinese
-- `q` against `agency.uscc` (ascii_bin) failed with "Illegal mix of collations". audit_chain_head was
-- created without a character set and took whatever the schema's default was on the server.
-- The format checks compare in utf8mb4_bin, so they stay exact (upper-case USCC, lower-case hex).

ALTER TABLE agency DROP CONSTRAINT ck_agency_uscc;
ALTER TABLE agency MODIFY uscc CHAR(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL;
ALTER TABLE agency ADD CONSTRAINT ck_agency_uscc
    CHECK ((uscc COLLATE utf8mb4_bin) REGEXP '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$');

ALTER TABLE agency_document DROP CONSTRAINT ck_agency_document_sha;
ALTER TABLE agency_document
    MODIFY sha256 CHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    MODIFY storage_key VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL;
ALTER TABLE agency_document ADD CONSTRAINT ck_agency_document_sha
    CHECK ((sha256 COLLATE utf8mb4_bin) REGEXP '^[0-9a-f]{64}$');

ALTER TABLE audit_chain_head CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
