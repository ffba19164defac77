-- Settings an ADMIN keeps from the browser (issue 11): the portal's title, in each language, naming the
-- bureau that runs it (e.g. ××县财政局预算绩效第三方机构管理系统). No row: the built-in title.
CREATE TABLE portal_setting (
    setting_key   VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(500) NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    CONSTRAINT pk_portal_setting PRIMARY KEY (setting_key),
    CONSTRAINT ck_portal_setting_key CHECK (setting_key IN ('portal.title.zh-CN', 'portal.title.en')),
    CONSTRAINT ck_portal_setting_value CHECK (CHAR_LENGTH(TRIM(setting_value)) > 0)
);
