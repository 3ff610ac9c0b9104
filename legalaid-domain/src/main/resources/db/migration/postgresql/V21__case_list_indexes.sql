-- The central case list at a million cases (issue 5, "Case list at scale"). One index per sort
-- field on (key, id) — the order of a keyset page — carrying the list's common filters (unit,
-- status, matter type) as INCLUDE columns: a filtered first page reads the index in order and
-- stops after one page; the jump to a deep page finds the page's first key by an index-only
-- offset scan, then reads the page from that key (CaseListSql).
CREATE INDEX ix_legal_case_list_assigned ON legal_case (assigned_on, id) INCLUDE (unit_id, status, matter_type);
CREATE INDEX ix_legal_case_list_applied ON legal_case (applied_on, id) INCLUDE (unit_id, status, matter_type);
CREATE INDEX ix_legal_case_list_number ON legal_case (case_number, id) INCLUDE (unit_id, status, matter_type);
CREATE INDEX ix_legal_case_list_client ON legal_case (client_name, id) INCLUDE (unit_id, status, matter_type);

-- Name and number filters are prefixes (LIKE 'x%'): pattern-ops indexes serve them whatever the
-- database's collation.
CREATE INDEX ix_legal_case_client_prefix ON legal_case (client_name varchar_pattern_ops);
CREATE INDEX ix_legal_case_lawyer_prefix ON legal_case (lawyer_name varchar_pattern_ops);
CREATE INDEX ix_legal_case_number_prefix ON legal_case (case_number varchar_pattern_ops);
CREATE INDEX ix_legal_case_assignment ON legal_case (assignment_id);

-- The overdue filter: open clocks past due, per subject type.
CREATE INDEX ix_clock_item_open_due ON clock_item (subject_type, due_at, subject_id) WHERE open_flag = TRUE;
