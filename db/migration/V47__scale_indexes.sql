-- Indexes for a province's scale (issue 9: 10,000 agencies, 100,000 engagements, 1,000,000 credit
-- events): every count of the dashboard and every filter and sort of the lists reads an index
-- instead of the table. Measured by bench/load.sh.

-- the blacklist proposals waiting for a decision (the credit summary on the dashboard, the ledger's
-- blacklistProposal filter): without it every count read all events
CREATE INDEX ix_credit_event_blacklist_proposal ON credit_event (proposes_blacklist, status);

-- one agency's standing from its ledger: the events that can count (status), by expiry, with what the
-- score needs, so that recomputing a long ledger reads this index alone
CREATE INDEX ix_credit_event_facts ON credit_event (agency_id, status, expires_on, effective_on, points);

-- the events an agency may still object to (its credit record's count)
CREATE INDEX ix_credit_event_objectable ON credit_event (agency_id, objection_deadline);

-- the ledger's sort by expiry (the other sorts have theirs in V30)
CREATE INDEX ix_credit_event_expires ON credit_event (expires_on);

-- the dashboard: fees contracted and paid by month, the oldest overdue engagements
CREATE INDEX ix_engagement_fee_contracted ON engagement_fee (contracted_on, fee);
CREATE INDEX ix_payment_paid ON payment (paid_on, amount);
CREATE INDEX ix_engagement_overdue_since ON engagement (overdue, overdue_since);
