-- The home page's deadline figures for the caller's units (see the PostgreSQL version, which is a
-- partial index of the open items; H2 has no partial indexes).
CREATE INDEX ix_clock_item_open_unit ON clock_item (unit_id, open_flag, due_at, paused_since);
