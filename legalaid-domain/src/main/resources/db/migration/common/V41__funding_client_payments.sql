-- Funding's record of upheld complaints that a lawyer took money from the client (有偿办案, LAL art. 20),
-- from the complaints context's event (issue 15): rule 10 CLIENT_PAYMENT counts them per case.
CREATE SEQUENCE funding_client_payment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE funding_client_payment (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    case_id          BIGINT                   NOT NULL,
    lawyer_id        BIGINT,
    complaint_number VARCHAR(20)              NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_funding_client_payment UNIQUE (complaint_number)
);
CREATE INDEX ix_funding_client_payment_case ON funding_client_payment (case_id);
