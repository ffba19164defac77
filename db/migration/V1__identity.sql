-- Identity: portal users, their refresh tokens.
-- All timestamps are stored in UTC (the connection forces the session time zone to UTC).

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    roles                VARCHAR(64)  NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    agency_id            BIGINT       NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)  NULL,
    last_login_at        DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_roles CHECK (roles REGEXP '^(AGENCY|STAFF|ADMIN)(,(AGENCY|STAFF|ADMIN))*$'),
    CONSTRAINT ck_app_user_failed CHECK (failed_logins >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_agency ON app_user (agency_id);

CREATE TABLE refresh_token (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    user_id      BIGINT      NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    issued_at    DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6) NULL,
    revoke_cause VARCHAR(20) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_refresh_token_cause CHECK (revoke_cause IS NULL OR revoke_cause IN ('ROTATED', 'SIGN_OUT', 'REUSE', 'ADMIN', 'PASSWORD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_refresh_token_user ON refresh_token (user_id, revoked_at);
