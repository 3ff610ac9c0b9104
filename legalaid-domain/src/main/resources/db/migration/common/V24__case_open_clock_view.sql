-- The cases context's read model of the statutory clocks (db/tables/cases.txt declares it): the
-- open clocks with their subject, step and due moment, for the case list's overdue filter. Intake
-- owns clock_item and may change it; the case list's SQL names only this view, so a change to the
-- clock table meets the view here, in one place, instead of the cases context's queries.
--
-- A plain view, not a materialised one: PostgreSQL inlines it into the query, so the filter's plan
-- is the one it had on clock_item itself — the partial index ix_clock_item_open_due (subject_type,
-- due_at, subject_id) WHERE open_flag = TRUE (V21) matches the view's own condition.
CREATE VIEW case_open_clock AS
SELECT subject_type, subject_id, step, due_at
FROM clock_item
WHERE open_flag = TRUE;
