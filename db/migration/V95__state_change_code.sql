-- Issue 10: the codes the portal writes on an engagement's timeline (REWORK, DRAFT_APPROVED) get their own
-- column; `note` keeps people's words only. Codes written so far into `note` move over.
ALTER TABLE engagement_state_change ADD COLUMN code VARCHAR(24) NULL AFTER actor_name;

UPDATE engagement_state_change SET code = note, note = NULL WHERE note IN ('REWORK', 'DRAFT_APPROVED');
