-- Identity: sessions that really end, and sign-in throttling per client.
--
-- A session is one sign-in. Its access tokens carry its id (claim "sid") and every request checks that
-- the session is still open (one primary-key read), so signing out, a password change or reset, disabling
-- an account or changing its roles takes effect at the next request on every portal instance. Its
-- refresh tokens belong to it. Refresh tokens issued before this version belong to no session: they are
-- removed, and their holders sign in once more.
--
-- Wrong passwords are counted per client (IP address) and user name as typed, and per client over all
-- names (sign_in_throttle). A lock keeps that client out, not the account's owner elsewhere; the per-user
-- counters of V1 (app_user.failed_logins, locked_until) go.

CREATE TABLE user_session (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    client     VARCHAR(45) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    ended_at   DATETIME(6) NULL,
    end_cause  VARCHAR(20) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_session_cause CHECK (end_cause IS NULL OR end_cause IN ('SIGN_OUT', 'REUSE', 'ADMIN', 'PASSWORD')),
    CONSTRAINT ck_user_session_end CHECK ((ended_at IS NULL AND end_cause IS NULL) OR (ended_at IS NOT NULL AND end_cause IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_session_user ON user_session (user_id, ended_at);
CREATE INDEX ix_user_session_started ON user_session (started_at);

DELETE FROM refresh_token;
ALTER TABLE refresh_token ADD COLUMN session_id BIGINT NOT NULL;
CREATE INDEX ix_refresh_token_session ON refresh_token (session_id, revoked_at);
ALTER TABLE refresh_token ADD CONSTRAINT fk_refresh_token_session
    FOREIGN KEY (session_id) REFERENCES user_session (id) ON DELETE CASCADE;

CREATE TABLE sign_in_throttle (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    scope            VARCHAR(10) NOT NULL,
    client           VARCHAR(45) NOT NULL,
    username         VARCHAR(64) NOT NULL,
    failures         INT         NOT NULL,
    first_failure_at DATETIME(6) NOT NULL,
    locked_until     DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_sign_in_throttle UNIQUE (scope, client, username),
    CONSTRAINT ck_sign_in_throttle_scope CHECK (scope IN ('ACCOUNT', 'CLIENT')),
    CONSTRAINT ck_sign_in_throttle_name CHECK (scope = 'ACCOUNT' OR username = ''),
    CONSTRAINT ck_sign_in_throttle_failures CHECK (failures >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sign_in_throttle_username ON sign_in_throttle (username, locked_until);
CREATE INDEX ix_sign_in_throttle_first ON sign_in_throttle (first_failure_at);

ALTER TABLE app_user DROP CONSTRAINT ck_app_user_failed;
ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until;
