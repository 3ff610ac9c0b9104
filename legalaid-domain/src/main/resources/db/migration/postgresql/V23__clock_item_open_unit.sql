-- The home page's deadline figures (overdue, due within 2 days, paused, running) for the caller's
-- units, read at every sign-in: one pass over the open items of those units, answered from this
-- index alone (paused_since is in it), without visiting the table.
CREATE INDEX ix_clock_item_open_unit ON clock_item (unit_id, due_at, paused_since) WHERE open_flag = TRUE;
