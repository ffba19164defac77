-- The users list sorts user names as people read them (issue 11): agency1, agency2, agency10, not
-- agency1, agency10, agency2. identity.NaturalOrder writes the key (every run of digits padded) when a
-- user is saved; existing accounts get theirs at the next start (identity.UsernameSortBackfill).
ALTER TABLE app_user ADD COLUMN username_sort VARCHAR(255) NULL;
CREATE INDEX ix_app_user_username_sort ON app_user (username_sort);
