-- Abnormally low fees (DOMAIN.md §11, issue 15 item 6): a procurement result below a share of the fee cap
-- (rule table engagement.low-fee) needs STAFF's justification (kept in engagement_selection.justification);
-- the selection keeps the limit and the rule version it was decided under, the engagement carries the flag.
ALTER TABLE engagement_selection
    ADD COLUMN low_fee_limit      DECIMAL(15,2) NULL,
    ADD COLUMN low_fee_version_id BIGINT        NULL,
    ADD CONSTRAINT fk_engagement_selection_low_fee_version FOREIGN KEY (low_fee_version_id) REFERENCES rule_version (id);

ALTER TABLE engagement
    ADD COLUMN low_fee BOOLEAN NOT NULL DEFAULT FALSE;

-- the list's filter lowFee=true, in the default order
CREATE INDEX ix_engagement_low_fee ON engagement (low_fee, created_at);
