-- The agency may waive its objection window on a proposed event (the event then counts from that
-- day); an ADMIN's confirmation no longer shortens the window (credit.objection-window decides).
ALTER TABLE credit_event ADD COLUMN objection_waived_at DATETIME(6) NULL;
ALTER TABLE credit_event ADD COLUMN objection_waived_by_name VARCHAR(64) NULL;
ALTER TABLE credit_event ADD CONSTRAINT ck_credit_event_waiver
    CHECK ((objection_waived_at IS NULL) = (objection_waived_by_name IS NULL));

-- A blacklisting rests on a confirmed event of a type that proposes it (event_id), or on evidence
-- files attached to the entry: credit files may now belong to a blacklist entry.
ALTER TABLE credit_file DROP CONSTRAINT ck_credit_file_owner_type;
ALTER TABLE credit_file ADD CONSTRAINT ck_credit_file_owner_type
    CHECK (owner_type IS NULL OR owner_type IN ('EVENT', 'OBJECTION', 'BLACKLIST'));
