-- Bank and treasury statement reconciliation (issue 13, "Reconciliation"): the statement as uploaded
-- (its lines staged as text, read by the batch job), the runs of the job (dry runs preview, one real
-- run per statement posts), and what each run found per statement line and per payment. The unique
-- keys (run, line) and (run, payment) make the job's writer idempotent: a restarted run never counts a
-- line or a payment twice.

-- The matching window of pass 2 (days either side of the payment's day) and the largest statement file.
ALTER TABLE funding_settings ADD COLUMN recon_window_days INTEGER DEFAULT 3 NOT NULL;
ALTER TABLE funding_settings ADD COLUMN statement_max_mb INTEGER DEFAULT 20 NOT NULL;

CREATE SEQUENCE bank_statement_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE bank_statement (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    unit_id      BIGINT        NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    charset      VARCHAR(10)   NOT NULL,
    header       VARCHAR(2000) NOT NULL,
    line_count   INTEGER       NOT NULL,
    first_day    DATE          NOT NULL,
    last_day     DATE          NOT NULL,
    total_amount NUMERIC(18,2) NOT NULL,
    uploaded_by  VARCHAR(32)   NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_bank_statement_days CHECK (first_day <= last_day)
);
CREATE INDEX ix_bank_statement_unit ON bank_statement (unit_id, uploaded_at);

-- Each transaction line as it stands in the file (line 1 is the header), for the job's reader.
CREATE TABLE bank_statement_line (
    statement_id BIGINT        NOT NULL,
    line_no      BIGINT        NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_bank_statement_line PRIMARY KEY (statement_id, line_no),
    CONSTRAINT fk_bank_statement_line FOREIGN KEY (statement_id) REFERENCES bank_statement (id)
);

CREATE SEQUENCE recon_run_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE recon_run (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    statement_id       BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    dry_run            BOOLEAN       NOT NULL,
    -- the statement's id on its one real run (a dry run may be repeated, a statement posted once)
    posting_key        BIGINT,
    window_days        INTEGER       NOT NULL,
    unit_ids           VARCHAR(4000) NOT NULL,
    state              VARCHAR(12)   NOT NULL,
    execution_id       BIGINT,
    started_by         VARCHAR(32)   NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    matched            INTEGER       NOT NULL DEFAULT 0,
    amount_mismatch    INTEGER       NOT NULL DEFAULT 0,
    account_mismatch   INTEGER       NOT NULL DEFAULT 0,
    unmatched_lines    INTEGER       NOT NULL DEFAULT 0,
    unmatched_payments INTEGER       NOT NULL DEFAULT 0,
    flags_raised       INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT fk_recon_run_statement FOREIGN KEY (statement_id) REFERENCES bank_statement (id),
    CONSTRAINT uq_recon_run_posting UNIQUE (posting_key),
    CONSTRAINT ck_recon_run_state CHECK (state IN ('STARTING', 'RUNNING', 'COMPLETED', 'FAILED', 'STOPPED'))
);
CREATE INDEX ix_recon_run_statement ON recon_run (statement_id);

-- A statement line in a run: parsed, then decided by a pass (outcome null until one does).
CREATE TABLE recon_line (
    run_id       BIGINT        NOT NULL,
    line_no      BIGINT        NOT NULL,
    line_date    DATE          NOT NULL,
    account_no   VARCHAR(40)   NOT NULL,
    amount       NUMERIC(18,2) NOT NULL,
    counterparty VARCHAR(200),
    reference    VARCHAR(200),
    summary      VARCHAR(400),
    outcome      VARCHAR(20),
    pass         VARCHAR(20),
    CONSTRAINT pk_recon_line PRIMARY KEY (run_id, line_no),
    CONSTRAINT fk_recon_line_run FOREIGN KEY (run_id) REFERENCES recon_run (id),
    CONSTRAINT ck_recon_line_outcome CHECK (outcome IS NULL OR outcome IN ('MATCHED', 'AMOUNT_MISMATCH',
        'ACCOUNT_MISMATCH', 'UNMATCHED_LINE'))
);

-- A payment in a run: settled (fully or with a mismatch) by a line, or without line (line_no null).
CREATE TABLE recon_match (
    run_id     BIGINT      NOT NULL,
    payment_id BIGINT      NOT NULL,
    line_no    BIGINT,
    outcome    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_recon_match PRIMARY KEY (run_id, payment_id),
    CONSTRAINT fk_recon_match_run FOREIGN KEY (run_id) REFERENCES recon_run (id),
    CONSTRAINT fk_recon_match_payment FOREIGN KEY (payment_id) REFERENCES subsidy_payment (id),
    CONSTRAINT ck_recon_match_outcome CHECK (outcome IN ('MATCHED', 'AMOUNT_MISMATCH', 'ACCOUNT_MISMATCH',
        'UNMATCHED_PAYMENT'))
);
CREATE INDEX ix_recon_match_payment ON recon_match (payment_id);

-- Pass 2 looks payments up by the account the bank paid to.
CREATE INDEX ix_subsidy_payment_account ON subsidy_payment (account_no);
