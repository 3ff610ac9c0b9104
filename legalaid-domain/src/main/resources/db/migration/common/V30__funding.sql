-- Funding and case subsidies (funding context, issue 13; docs/domain.md "Funding"; LAL art. 52, 58, 61).
-- Money is NUMERIC(18,2) in yuan. Balances are never stored: they are sums over ledger_line.

-- Funds: one source, one fiscal year, one holding unit, the uses it may pay for (专款专用).
CREATE SEQUENCE fund_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE fund (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    fiscal_year INTEGER      NOT NULL,
    source      VARCHAR(30)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    uses        VARCHAR(200) NOT NULL,
    created_by  VARCHAR(32)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_fund_name UNIQUE (unit_id, fiscal_year, name),
    CONSTRAINT ck_fund_source CHECK (source IN ('CITY_BUDGET', 'DISTRICT_BUDGET', 'PROVINCIAL_SUBSIDY',
                                                'CENTRAL_EARMARKED', 'DONATION')),
    -- the central earmarked fund pays case subsidies only
    CONSTRAINT ck_fund_earmarked CHECK (source <> 'CENTRAL_EARMARKED' OR uses = 'CASE_SUBSIDY')
);
CREATE INDEX ix_fund_unit_year ON fund (unit_id, fiscal_year);

-- The ledger: double-entry, appended, hash-chained (the append-only guard is in the vendor scripts).
CREATE SEQUENCE ledger_posting_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ledger_posting (
    id           BIGINT       NOT NULL PRIMARY KEY,
    seq          BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    reference    VARCHAR(60)  NOT NULL,
    memo         VARCHAR(500) NOT NULL,
    reverses_seq BIGINT,
    posted_by    VARCHAR(32)  NOT NULL,
    posted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    CONSTRAINT uq_ledger_posting_seq UNIQUE (seq),
    CONSTRAINT ck_ledger_posting_kind CHECK (kind IN ('BUDGET', 'ALLOCATION', 'COMMITMENT', 'PAYMENT', 'REVERSAL')),
    CONSTRAINT ck_ledger_posting_reversal CHECK ((kind = 'REVERSAL') = (reverses_seq IS NOT NULL))
);
-- a posting is reversed at most once
CREATE UNIQUE INDEX uq_ledger_posting_reverses ON ledger_posting (reverses_seq);
CREATE INDEX ix_ledger_posting_reference ON ledger_posting (reference);

CREATE SEQUENCE ledger_line_seq START WITH 100 INCREMENT BY 100;
CREATE TABLE ledger_line (
    id         BIGINT        NOT NULL PRIMARY KEY,
    posting_id BIGINT        NOT NULL REFERENCES ledger_posting (id),
    line_no    INTEGER       NOT NULL,
    fund_id    BIGINT        NOT NULL REFERENCES fund (id),
    unit_id    BIGINT        NOT NULL REFERENCES org_unit (id),
    account    VARCHAR(20)   NOT NULL,
    debit      NUMERIC(18,2) NOT NULL,
    credit     NUMERIC(18,2) NOT NULL,
    CONSTRAINT uq_ledger_line UNIQUE (posting_id, line_no),
    CONSTRAINT ck_ledger_line_account CHECK (account IN ('APPROPRIATION', 'AVAILABLE', 'COMMITTED', 'PAID')),
    CONSTRAINT ck_ledger_line_side CHECK (debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0))
);
CREATE INDEX ix_ledger_line_fund ON ledger_line (fund_id, unit_id, account);

CREATE TABLE ledger_head (
    id        BIGINT   NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_ledger_head_single CHECK (id = 1)
);
INSERT INTO ledger_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Allocations passed down the tree, with the dates the withholding rule (截留) looks at.
CREATE SEQUENCE fund_allocation_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE fund_allocation (
    id           BIGINT        NOT NULL PRIMARY KEY,
    fund_id      BIGINT        NOT NULL REFERENCES fund (id),
    from_unit_id BIGINT        NOT NULL REFERENCES org_unit (id),
    to_unit_id   BIGINT        NOT NULL REFERENCES org_unit (id),
    amount       NUMERIC(18,2) NOT NULL,
    passed_on    DATE          NOT NULL,
    received_on  DATE          NOT NULL,
    posting_seq  BIGINT        NOT NULL,
    recorded_by  VARCHAR(32)   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_fund_allocation_amount CHECK (amount > 0),
    CONSTRAINT ck_fund_allocation_units CHECK (from_unit_id <> to_unit_id),
    CONSTRAINT ck_fund_allocation_dates CHECK (received_on >= passed_on)
);
CREATE INDEX ix_fund_allocation_to ON fund_allocation (to_unit_id, received_on);

-- Subsidy standards: rate by region (unit), matter type and stage, with effective dates.
CREATE SEQUENCE subsidy_standard_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE subsidy_standard (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    unit_id          BIGINT        NOT NULL REFERENCES org_unit (id),
    matter_type      VARCHAR(30)   NOT NULL,
    stage            VARCHAR(30)   NOT NULL,
    base_amount      NUMERIC(18,2) NOT NULL,
    extra_per_party  NUMERIC(18,2) NOT NULL,
    remote_allowance NUMERIC(18,2) NOT NULL,
    copying_cap      NUMERIC(18,2) NOT NULL,
    travel_cap       NUMERIC(18,2) NOT NULL,
    effective_from   DATE          NOT NULL,
    effective_to     DATE,
    basis            VARCHAR(500)  NOT NULL,
    created_by       VARCHAR(32)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_by         VARCHAR(32),
    CONSTRAINT ck_subsidy_standard_amounts CHECK (base_amount > 0 AND extra_per_party >= 0 AND remote_allowance >= 0
                                                  AND copying_cap >= 0 AND travel_cap >= 0),
    CONSTRAINT ck_subsidy_standard_dates CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX ix_subsidy_standard_key ON subsidy_standard (unit_id, matter_type, stage, effective_from);

-- The settings (one row) and the rules' switches.
CREATE TABLE funding_settings (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    rate_date_basis       VARCHAR(20)   NOT NULL,
    second_approval_above NUMERIC(18,2) NOT NULL,
    factor_excellent      NUMERIC(5,2)  NOT NULL,
    factor_good           NUMERIC(5,2)  NOT NULL,
    factor_pass           NUMERIC(5,2)  NOT NULL,
    factor_fail           NUMERIC(5,2)  NOT NULL,
    factor_not_evaluated  NUMERIC(5,2)  NOT NULL,
    split_window_days     INTEGER       NOT NULL,
    split_margin_percent  INTEGER       NOT NULL,
    split_min_count       INTEGER       NOT NULL,
    pass_on_days          INTEGER       NOT NULL,
    changed_by            VARCHAR(32)   NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_funding_settings_single CHECK (id = 1)
);
-- Defaults a city changes on its settings screen: rate by the assignment date; above ¥5,000 a second
-- approver; 优秀 +20 %, 良好 and 合格 as standard, 不合格 withheld, not yet evaluated as standard.
INSERT INTO funding_settings (id, rate_date_basis, second_approval_above, factor_excellent, factor_good, factor_pass,
                              factor_fail, factor_not_evaluated, split_window_days, split_margin_percent,
                              split_min_count, pass_on_days, changed_by, changed_at)
VALUES (1, 'ASSIGNMENT', 5000.00, 1.20, 1.00, 1.00, 0.00, 1.00, 30, 10, 3, 30, 'system', CURRENT_TIMESTAMP);

CREATE TABLE funding_rule_setting (
    rule       VARCHAR(40) NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    enabled    BOOLEAN     NOT NULL,
    severity   VARCHAR(10) NOT NULL,
    changed_by VARCHAR(32) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_funding_rule_severity CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH'))
);
INSERT INTO funding_rule_setting (rule, enabled, severity, changed_by, changed_at) VALUES
    ('NOT_ARCHIVED', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('PAYEE_NOT_ASSIGNED', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('ABOVE_STANDARD', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('DUPLICATE', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('SPLIT_PAYMENTS', TRUE, 'MEDIUM', 'system', CURRENT_TIMESTAMP),
    ('UNREGISTERED_ACCOUNT', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('SHARED_ACCOUNT', TRUE, 'MEDIUM', 'system', CURRENT_TIMESTAMP),
    ('SUSPENDED_LAWYER', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('FUND_PURPOSE', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('WITHHELD_ALLOCATION', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('BUDGET_OVERRUN', TRUE, 'MEDIUM', 'system', CURRENT_TIMESTAMP),
    ('CLIENT_PAYMENT', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('RECON_UNMATCHED_PAYMENT', TRUE, 'MEDIUM', 'system', CURRENT_TIMESTAMP),
    ('RECON_UNMATCHED_LINE', TRUE, 'MEDIUM', 'system', CURRENT_TIMESTAMP),
    ('RECON_AMOUNT_MISMATCH', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP),
    ('RECON_ACCOUNT_MISMATCH', TRUE, 'HIGH', 'system', CURRENT_TIMESTAMP);

-- The archived cases waiting for their subsidy: funding's own read model, filled by the CaseArchived
-- event in the archiving transaction (the funding context reads no table of the cases context).
CREATE TABLE funding_payable_case (
    case_id     BIGINT       NOT NULL PRIMARY KEY,
    case_number VARCHAR(60)  NOT NULL,
    unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    matter_type VARCHAR(30)  NOT NULL,
    lawyer_id   BIGINT,
    lawyer_name VARCHAR(100),
    firm_name   VARCHAR(200),
    assigned_on DATE,
    ended_on    DATE,
    archived_on DATE         NOT NULL
);
CREATE INDEX ix_funding_payable_case_unit ON funding_payable_case (unit_id, archived_on);

-- Claims: one per case, lawyer and stage while active (active_key, unique); four different people.
CREATE SEQUENCE subsidy_claim_seq START WITH 20 INCREMENT BY 20;
CREATE TABLE subsidy_claim (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    case_id            BIGINT        NOT NULL REFERENCES funding_payable_case (case_id),
    case_number        VARCHAR(60)   NOT NULL,
    unit_id            BIGINT        NOT NULL REFERENCES org_unit (id),
    matter_type        VARCHAR(30)   NOT NULL,
    stage              VARCHAR(30)   NOT NULL,
    lawyer_id          BIGINT        NOT NULL,
    lawyer_name        VARCHAR(100)  NOT NULL,
    firm_id            BIGINT        NOT NULL,
    firm_name          VARCHAR(100)  NOT NULL,
    rate_date          DATE          NOT NULL,
    standard_id        BIGINT        NOT NULL REFERENCES subsidy_standard (id),
    grade              VARCHAR(20)   NOT NULL,
    extra_parties      INTEGER       NOT NULL,
    remote             BOOLEAN       NOT NULL,
    calculated_amount  NUMERIC(18,2) NOT NULL,
    amount             NUMERIC(18,2) NOT NULL,
    exception_reason   VARCHAR(500),
    fund_id            BIGINT        NOT NULL REFERENCES fund (id),
    state              VARCHAR(20)   NOT NULL,
    active_key         VARCHAR(80),
    claimed_by         VARCHAR(32)   NOT NULL,
    claimed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by        VARCHAR(32),
    reviewed_at        TIMESTAMP WITH TIME ZONE,
    approved_by        VARCHAR(32),
    approved_at        TIMESTAMP WITH TIME ZONE,
    second_approved_by VARCHAR(32),
    second_approved_at TIMESTAMP WITH TIME ZONE,
    paid_by            VARCHAR(32),
    paid_at            TIMESTAMP WITH TIME ZONE,
    rejected_by        VARCHAR(32),
    rejected_at        TIMESTAMP WITH TIME ZONE,
    rejection_reason   VARCHAR(500),
    batch_id           BIGINT,
    commitment_seq     BIGINT,
    CONSTRAINT uq_subsidy_claim_active UNIQUE (active_key),
    CONSTRAINT ck_subsidy_claim_amount CHECK (amount > 0 AND calculated_amount >= 0),
    CONSTRAINT ck_subsidy_claim_state CHECK (state IN ('CLAIMED', 'REVIEWED', 'AWAITING_SECOND', 'APPROVED', 'BATCHED',
                                                       'PAID', 'REJECTED')),
    CONSTRAINT ck_subsidy_claim_active CHECK ((state = 'REJECTED') = (active_key IS NULL)),
    CONSTRAINT ck_subsidy_claim_exception CHECK (amount <= calculated_amount OR exception_reason IS NOT NULL),
    -- segregation of duties: who claims, reviews, approves, approves again and pays are different people
    CONSTRAINT ck_subsidy_claim_sod CHECK (
        (reviewed_by IS NULL OR reviewed_by <> claimed_by)
        AND (approved_by IS NULL OR (approved_by <> claimed_by AND approved_by <> reviewed_by))
        AND (second_approved_by IS NULL OR (second_approved_by <> claimed_by AND second_approved_by <> reviewed_by
                                            AND second_approved_by <> approved_by))
        AND (paid_by IS NULL OR (paid_by <> claimed_by AND paid_by <> reviewed_by AND paid_by <> approved_by
                                 AND (second_approved_by IS NULL OR paid_by <> second_approved_by))))
);
CREATE INDEX ix_subsidy_claim_unit_state ON subsidy_claim (unit_id, state);
CREATE INDEX ix_subsidy_claim_case ON subsidy_claim (case_id, stage);
CREATE INDEX ix_subsidy_claim_firm ON subsidy_claim (firm_id, approved_at);

CREATE TABLE subsidy_claim_line (
    claim_id  BIGINT        NOT NULL REFERENCES subsidy_claim (id),
    line_no   INTEGER       NOT NULL,
    label_key VARCHAR(60)   NOT NULL,
    detail    VARCHAR(500)  NOT NULL,
    amount    NUMERIC(18,2) NOT NULL,
    PRIMARY KEY (claim_id, line_no)
);

-- Payment batches and their payments: one case, lawyer and stage paid at most once (active_key).
CREATE SEQUENCE payment_batch_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE payment_batch (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    unit_id      BIGINT      NOT NULL REFERENCES org_unit (id),
    state        VARCHAR(20) NOT NULL,
    created_by   VARCHAR(32) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    exported_at  TIMESTAMP WITH TIME ZONE,
    confirmed_by VARCHAR(32),
    confirmed_at TIMESTAMP WITH TIME ZONE,
    paid_on      DATE,
    CONSTRAINT ck_payment_batch_state CHECK (state IN ('OPEN', 'EXPORTED', 'CONFIRMED'))
);

CREATE SEQUENCE subsidy_payment_seq START WITH 20 INCREMENT BY 20;
CREATE TABLE subsidy_payment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    batch_id    BIGINT        NOT NULL REFERENCES payment_batch (id),
    claim_id    BIGINT        NOT NULL REFERENCES subsidy_claim (id),
    case_id     BIGINT        NOT NULL,
    lawyer_id   BIGINT        NOT NULL,
    firm_id     BIGINT        NOT NULL,
    fund_id     BIGINT        NOT NULL REFERENCES fund (id),
    stage       VARCHAR(30)   NOT NULL,
    reference   VARCHAR(30)   NOT NULL,
    payee_name  VARCHAR(100)  NOT NULL,
    bank_name   VARCHAR(100)  NOT NULL,
    account_no  VARCHAR(40)   NOT NULL,
    amount      NUMERIC(18,2) NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    active_key  VARCHAR(80),
    paid_on     DATE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_subsidy_payment_reference UNIQUE (reference),
    CONSTRAINT uq_subsidy_payment_active UNIQUE (active_key),
    CONSTRAINT uq_subsidy_payment_claim UNIQUE (claim_id),
    CONSTRAINT ck_subsidy_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_subsidy_payment_state CHECK (state IN ('PENDING', 'PAID'))
);
CREATE INDEX ix_subsidy_payment_batch ON subsidy_payment (batch_id);

-- The exceptions queue: flags resolved with a reason, never deleted; one per rule and subject.
CREATE SEQUENCE funding_flag_seq START WITH 20 INCREMENT BY 20;
CREATE TABLE funding_flag (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    rule            VARCHAR(40)   NOT NULL,
    severity        VARCHAR(10)   NOT NULL,
    unit_id         BIGINT        NOT NULL REFERENCES org_unit (id),
    claim_id        BIGINT,
    subject         VARCHAR(80)   NOT NULL,
    explanation_key VARCHAR(80)   NOT NULL,
    figures         VARCHAR(1000) NOT NULL,
    evidence        VARCHAR(2000) NOT NULL,
    dedupe_key      VARCHAR(140)  NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    raised_by       VARCHAR(32)   NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by     VARCHAR(32),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolution      VARCHAR(500),
    CONSTRAINT uq_funding_flag_dedupe UNIQUE (dedupe_key),
    CONSTRAINT ck_funding_flag_state CHECK (state IN ('OPEN', 'RESOLVED')),
    CONSTRAINT ck_funding_flag_resolved CHECK ((state = 'RESOLVED') = (resolution IS NOT NULL))
);
CREATE INDEX ix_funding_flag_unit_state ON funding_flag (unit_id, state);
CREATE INDEX ix_funding_flag_claim ON funding_flag (claim_id);

-- The intake clock engine's new step: the subsidy paid within 30 days of the archive (及时足额支付,
-- seed 001); the time limit is data like every other.
INSERT INTO time_limit_setting (step, amount, limit_unit, moves_off_rest_day, changed_by, changed_at)
VALUES ('PAY_SUBSIDY', 30, 'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP);
