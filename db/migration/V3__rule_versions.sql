-- The bureau's editable rule tables (scoring templates, grade bands, fee ratios, fee caps, credit
-- rules, deadlines ...). Each change is a new version; nothing is overwritten, so that a record can
-- name the version it was decided under.
CREATE TABLE rule_version (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    rule_key   VARCHAR(64)   NOT NULL,
    version    INT           NOT NULL,
    content    MEDIUMTEXT    NOT NULL,
    reason     VARCHAR(1000) NULL,
    created_by VARCHAR(64)   NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rule_version UNIQUE (rule_key, version),
    CONSTRAINT ck_rule_version_positive CHECK (version > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which demonstration-data parts have been seeded (PORTAL_DEMO=true).
CREATE TABLE demo_seed (
    name      VARCHAR(100) NOT NULL,
    seeded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
