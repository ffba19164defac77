-- The audit log's action filter (a drop-down since issue 11) and the list of actions it offers
-- (SELECT DISTINCT action) read this index; newest first within an action.
CREATE INDEX ix_audit_log_action ON audit_log (action, occurred_at);
