-- Assignment (lawyers context, issue 4), additions to V14: the case's label for the lawyer's
-- history, and the client's party key (ConflictKeys) so that the conflict check finds the parties a
-- lawyer or a firm acted for in legal aid with one indexed look-up, without reading intake records.
ALTER TABLE assignment ADD COLUMN subject_label VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE assignment ADD COLUMN client_key VARCHAR(80) NOT NULL DEFAULT '';
CREATE INDEX ix_assignment_client_key ON assignment (client_key);
CREATE INDEX ix_assignment_subject ON assignment (subject_type, subject_id);
CREATE INDEX ix_lawyer_refusal_subject ON lawyer_refusal (subject_type, subject_id);
