-- Optimistic locking of quota reductions (issue 14): cancelling one is an edit that two assignment
-- officers can make at the same time; the version lets only the first of them commit.
ALTER TABLE quota_reduction ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
