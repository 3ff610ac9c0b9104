-- Changes to the lawyer pool that need a second person (lawyers context, issue 4): a lawyer's
-- status (准入 → active → suspended → exited) and a firm's registered bank account. An assignment
-- officer requests; a different person approves or rejects (四眼原则). The database refuses a
-- decision by the requester, whatever the application does.

CREATE SEQUENCE lawyer_status_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lawyer_status_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE firm_account_request_seq START WITH 50 INCREMENT BY 50;

-- A requested status change: pending until an approver (centre director) or the bureau's
-- supervisor decides it. decided_by is never the requester.
CREATE TABLE lawyer_status_request (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    lawyer_id      BIGINT       NOT NULL REFERENCES lawyer (id),
    from_status    VARCHAR(20)  NOT NULL,
    to_status      VARCHAR(20)  NOT NULL,
    effective_date DATE         NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    requested_by   VARCHAR(32)  NOT NULL,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    decided_by     VARCHAR(32),
    decided_at     TIMESTAMP WITH TIME ZONE,
    decision_note  VARCHAR(500),
    CONSTRAINT ck_lawyer_status_request_state CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_lawyer_status_request_decided CHECK ((state = 'PENDING') = (decided_by IS NULL)
                                                       AND (decided_by IS NULL) = (decided_at IS NULL)),
    CONSTRAINT ck_lawyer_status_request_four_eyes CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX ix_lawyer_status_request_lawyer ON lawyer_status_request (lawyer_id);
CREATE INDEX ix_lawyer_status_request_state ON lawyer_status_request (state);

-- The lawyer's status history: one row per applied change, appended on approval and never
-- changed (issue 4: each transition with date, reason and approver).
CREATE TABLE lawyer_status_change (
    id             BIGINT       NOT NULL PRIMARY KEY,
    lawyer_id      BIGINT       NOT NULL REFERENCES lawyer (id),
    request_id     BIGINT       REFERENCES lawyer_status_request (id),
    from_status    VARCHAR(20)  NOT NULL,
    to_status      VARCHAR(20)  NOT NULL,
    effective_date DATE         NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    requested_by   VARCHAR(32)  NOT NULL,
    approved_by    VARCHAR(32)  NOT NULL,
    approved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_lawyer_status_change_four_eyes CHECK (approved_by <> requested_by),
    CONSTRAINT ck_lawyer_status_change_moves CHECK (from_status <> to_status)
);
CREATE INDEX ix_lawyer_status_change_lawyer ON lawyer_status_change (lawyer_id);

-- A requested change of a firm's registered bank account (the only account subsidies are paid
-- to): pending until an approver or a finance approver other than the requester decides it;
-- only an approval copies it into law_firm.
CREATE TABLE firm_account_request (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    firm_id           BIGINT       NOT NULL REFERENCES law_firm (id),
    bank_name         VARCHAR(100) NOT NULL,
    bank_account_name VARCHAR(100) NOT NULL,
    bank_account_no   VARCHAR(40)  NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    requested_by      VARCHAR(32)  NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    decided_by        VARCHAR(32),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_note     VARCHAR(500),
    CONSTRAINT ck_firm_account_request_state CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_firm_account_request_decided CHECK ((state = 'PENDING') = (decided_by IS NULL)
                                                      AND (decided_by IS NULL) = (decided_at IS NULL)),
    CONSTRAINT ck_firm_account_request_four_eyes CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX ix_firm_account_request_firm ON firm_account_request (firm_id);
CREATE INDEX ix_firm_account_request_state ON firm_account_request (state);
