-- In-app notifications (消息): every decision that concerns a user. The title is a message key with
-- arguments, rendered in the reader's language; body is free text (a reviewer's reason) shown as it is.
CREATE TABLE inbox_message (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    user_id    BIGINT        NOT NULL,
    title_key  VARCHAR(100)  NOT NULL,
    title_args VARCHAR(2000) NULL,
    body       VARCHAR(4000) NULL,
    link       VARCHAR(300)  NULL,
    created_at DATETIME(6)   NOT NULL,
    read_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inbox_message_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_inbox_message_link CHECK (link IS NULL OR link LIKE '/%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inbox_message_user ON inbox_message (user_id, id);
CREATE INDEX ix_inbox_message_unread ON inbox_message (user_id, read_at);
