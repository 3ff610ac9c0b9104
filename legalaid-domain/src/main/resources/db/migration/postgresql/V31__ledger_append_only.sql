-- The funding ledger is append-only, enforced by the database (as the audit trail, V3): a trigger
-- refuses UPDATE, DELETE and TRUNCATE on postings, lines and allocations for every role, the
-- application's included. A correction is a reversing posting. Only a superuser who disables
-- triggers can still change a row, and the hash chain then names the first posting changed.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER ledger_posting_no_update BEFORE UPDATE OR DELETE ON ledger_posting
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_posting_no_truncate BEFORE TRUNCATE ON ledger_posting
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_line_no_update BEFORE UPDATE OR DELETE ON ledger_line
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_line_no_truncate BEFORE TRUNCATE ON ledger_line
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER fund_allocation_no_update BEFORE UPDATE OR DELETE ON fund_allocation
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER fund_allocation_no_truncate BEFORE TRUNCATE ON fund_allocation
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON ledger_posting, ledger_line, fund_allocation FROM PUBLIC;
