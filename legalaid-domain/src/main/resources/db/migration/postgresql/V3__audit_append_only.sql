-- Append-only audit trail, enforced by the database (PostgreSQL).
-- The trigger refuses UPDATE, DELETE and TRUNCATE for every role, the application's included;
-- the REVOKE removes the privileges from PUBLIC as well. Only a superuser who deliberately
-- disables triggers (session_replication_role = replica) can still change a row, and the hash
-- chain then shows which row it was.

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;

-- Prefix searches on the unit path ("this unit and everything under it").
CREATE INDEX ix_org_unit_path_prefix ON org_unit (path varchar_pattern_ops);
