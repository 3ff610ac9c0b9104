-- The case list's indexes on the run command's H2 (the PostgreSQL version carries INCLUDE
-- columns, pattern-ops and partial indexes, which H2 does not have; see
-- db/migration/postgresql/V21__case_list_indexes.sql).
CREATE INDEX ix_legal_case_list_assigned ON legal_case (assigned_on, id);
CREATE INDEX ix_legal_case_list_applied ON legal_case (applied_on, id);
CREATE INDEX ix_legal_case_list_number ON legal_case (case_number, id);
CREATE INDEX ix_legal_case_list_client ON legal_case (client_name, id);
CREATE INDEX ix_legal_case_lawyer_name ON legal_case (lawyer_name);
CREATE INDEX ix_legal_case_assignment ON legal_case (assignment_id);
CREATE INDEX ix_clock_item_open_due ON clock_item (subject_type, due_at, subject_id);
