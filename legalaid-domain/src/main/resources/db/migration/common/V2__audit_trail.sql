-- The hash-chained audit trail (audit context). Rows are only ever inserted; the vendor
-- migration that follows makes the database refuse UPDATE and DELETE.

CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    seq         BIGINT        NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    unit_id     BIGINT,
    action      VARCHAR(30)   NOT NULL,
    entity_type VARCHAR(60)   NOT NULL,
    entity_id   VARCHAR(64),
    summary     VARCHAR(2000) NOT NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    CONSTRAINT uq_audit_entry_seq UNIQUE (seq)
);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);

-- The chain's head: one row, locked by every append so the chain has a single order.
CREATE TABLE audit_head (
    id        BIGINT   NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
