-- The audit log: append-only and hash-chained. Each row's hash covers the previous row's hash and
-- its own content, so that editing or deleting a row breaks the chain (GET /api/audit-log/verification).

CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    seq         BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor_id    BIGINT       NULL,
    actor_name  VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   VARCHAR(64)  NULL,
    changes     MEDIUMTEXT   NULL,
    reason      VARCHAR(1000) NULL,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_audit_log_seq UNIQUE (seq),
    CONSTRAINT ck_audit_log_seq CHECK (seq > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_actor ON audit_log (actor_name, occurred_at);
CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id, occurred_at);

-- One row that serialises appends: a writer locks it (SELECT ... FOR UPDATE), links its entry to
-- last_hash and moves the head forward in the same transaction.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only in the database too: updates and deletes are refused.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
