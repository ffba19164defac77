-- Accounts of the new roles: a UNIT account belongs to one budget unit, an EXPERT account to one expert
-- of the pool (the tables, and the foreign keys to them, come with those areas' migrations). Like
-- agency_id, at most one owner per account.

ALTER TABLE app_user
    ADD COLUMN unit_id   BIGINT NULL AFTER agency_id,
    ADD COLUMN expert_id BIGINT NULL AFTER unit_id,
    ADD CONSTRAINT ck_app_user_one_owner CHECK (
        (agency_id IS NULL) + (unit_id IS NULL) + (expert_id IS NULL) >= 2);
