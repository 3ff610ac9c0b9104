-- H2 is only the demo database of the run command; it cannot run the PL/pgSQL trigger that makes the
-- ledger append-only on PostgreSQL (postgresql/V31). The hash chain still reveals any change. This
-- script keeps the version numbers of both histories aligned.
COMMENT ON TABLE ledger_posting IS 'append-only; enforced by a trigger on PostgreSQL';
