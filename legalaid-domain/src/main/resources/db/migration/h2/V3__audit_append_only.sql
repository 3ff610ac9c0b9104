-- H2 is only the demo database of the run command. It cannot run the PL/pgSQL trigger that
-- makes the audit trail append-only on PostgreSQL (postgresql/V3); the hash chain still reveals
-- any change. This script keeps the version numbers of both histories aligned.
COMMENT ON TABLE audit_entry IS 'append-only; enforced by a trigger on PostgreSQL';
