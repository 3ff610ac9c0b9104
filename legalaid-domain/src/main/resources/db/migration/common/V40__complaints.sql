-- Complaints (complaints context, issue 15): MoJ order no. 149. The complaint with its procedure's
-- dates, its suspensions (art. 21), its investigators with their recusal (art. 16, 18), the
-- investigation records (art. 17) and the file's entries (一事一卷, art. 25).

CREATE SEQUENCE complaint_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE complaint (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    receipt_number           VARCHAR(14)   NOT NULL,
    unit_id                  BIGINT        NOT NULL REFERENCES org_unit (id),
    channel                  VARCHAR(20)   NOT NULL,
    complainant_name         VARCHAR(50)   NOT NULL,
    complainant_phone        VARCHAR(30),
    complainant_address      VARCHAR(200),
    respondent_type          VARCHAR(20)   NOT NULL,
    respondent_id            BIGINT,
    respondent_username      VARCHAR(32),
    respondent_name          VARCHAR(50)   NOT NULL,
    respondent_unit_id       BIGINT,
    case_id                  BIGINT,
    case_number              VARCHAR(60),
    case_lawyer_id           BIGINT,
    case_supervisor          VARCHAR(32),
    ground                   VARCHAR(30)   NOT NULL,
    facts                    VARCHAR(5000) NOT NULL,
    knew_on                  DATE          NOT NULL,
    received_at              TIMESTAMP     NOT NULL,
    received_by              VARCHAR(32),
    oral_confirmed_at        TIMESTAMP,
    status                   VARCHAR(20)   NOT NULL,
    materials_request        VARCHAR(2000),
    materials_requested_at   TIMESTAMP,
    materials_due_on         DATE,
    materials_received_at    TIMESTAMP,
    accepted_at              TIMESTAMP,
    last_accepted_at         TIMESTAMP,
    non_acceptance_ground    VARCHAR(30),
    reasons                  VARCHAR(2000),
    document_number          VARCHAR(60),
    merged_into_id           BIGINT        REFERENCES complaint (id),
    suspended_since          TIMESTAMP,
    stop_order               VARCHAR(2000),
    stop_ordered_at          TIMESTAMP,
    extension_requested_days INTEGER,
    extension_reason         VARCHAR(2000),
    extension_requested_by   VARCHAR(32),
    extension_decided_by     VARCHAR(32),
    extension_approved       BOOLEAN,
    extension_days           INTEGER       NOT NULL,
    extension_notified_at    TIMESTAMP,
    outcome                  VARCHAR(30),
    decided_at               TIMESTAMP,
    decided_by               VARCHAR(32),
    delivered_at             TIMESTAMP,
    follow_up                VARCHAR(2000),
    closed_at                TIMESTAMP,
    CONSTRAINT uq_complaint_receipt UNIQUE (receipt_number),
    CONSTRAINT ck_complaint_channel CHECK (channel IN ('WINDOW', 'HOTLINE_12348', 'LETTER', 'ONLINE', 'CUSTODY_FORWARD')),
    CONSTRAINT ck_complaint_respondent CHECK (respondent_type IN ('CENTRE', 'STAFF', 'FIRM', 'LAWYER')),
    CONSTRAINT ck_complaint_status CHECK (status IN ('RECEIVED', 'AWAITING_MATERIALS', 'INVESTIGATING', 'SUSPENDED',
        'DECIDED', 'DELIVERED', 'CLOSED', 'NOT_ACCEPTED', 'ABANDONED', 'WITHDRAWN', 'MERGED')),
    -- art. 23: one extension of at most 30 days, approved by someone other than who asked for it
    CONSTRAINT ck_complaint_extension CHECK (extension_days BETWEEN 0 AND 30),
    CONSTRAINT ck_complaint_extension_sod CHECK (extension_decided_by IS NULL OR extension_decided_by <> extension_requested_by),
    CONSTRAINT ck_complaint_decided CHECK ((outcome IS NULL) = (decided_at IS NULL))
);
CREATE INDEX ix_complaint_unit_status ON complaint (unit_id, status);
CREATE INDEX ix_complaint_received ON complaint (received_at);
CREATE INDEX ix_complaint_lawyer ON complaint (respondent_type, respondent_id, outcome);

CREATE TABLE complaint_suspension (
    complaint_id    BIGINT    NOT NULL REFERENCES complaint (id),
    suspended_from  TIMESTAMP NOT NULL,
    suspended_until TIMESTAMP NOT NULL,
    CONSTRAINT ck_complaint_suspension_order CHECK (suspended_until >= suspended_from)
);
CREATE INDEX ix_complaint_suspension ON complaint_suspension (complaint_id);

CREATE SEQUENCE complaint_investigator_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE complaint_investigator (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    complaint_id         BIGINT        NOT NULL REFERENCES complaint (id),
    username             VARCHAR(32)   NOT NULL,
    unit_id              BIGINT        NOT NULL,
    assigned_at          TIMESTAMP     NOT NULL,
    assigned_by          VARCHAR(32)   NOT NULL,
    recused_at           TIMESTAMP,
    recusal_reason       VARCHAR(2000),
    recusal_requested_at TIMESTAMP,
    recusal_request      VARCHAR(2000),
    recusal_decided_by   VARCHAR(32),
    recusal_granted      BOOLEAN,
    CONSTRAINT uq_complaint_investigator UNIQUE (complaint_id, username)
);

CREATE SEQUENCE complaint_record_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE complaint_record (
    id               BIGINT        NOT NULL PRIMARY KEY,
    complaint_id     BIGINT        NOT NULL REFERENCES complaint (id),
    kind             VARCHAR(20)   NOT NULL,
    person           VARCHAR(50),
    signed_by_person BOOLEAN       NOT NULL,
    content          VARCHAR(5000) NOT NULL,
    recorded_by      VARCHAR(32)   NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    CONSTRAINT ck_complaint_record_kind CHECK (kind IN ('INTERVIEW', 'SITE_VISIT', 'FILE_REVIEW')),
    -- art. 17: an interview is signed by the person interviewed
    CONSTRAINT ck_complaint_record_signed CHECK (kind <> 'INTERVIEW' OR (signed_by_person = TRUE AND person IS NOT NULL))
);
CREATE INDEX ix_complaint_record ON complaint_record (complaint_id);

CREATE SEQUENCE complaint_step_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE complaint_step (
    id           BIGINT       NOT NULL PRIMARY KEY,
    complaint_id BIGINT       NOT NULL REFERENCES complaint (id),
    kind         VARCHAR(30)  NOT NULL,
    step_at      TIMESTAMP    NOT NULL,
    actor        VARCHAR(32),
    note         VARCHAR(500)
);
CREATE INDEX ix_complaint_step ON complaint_step (complaint_id, id);

-- The intake clock engine's complaint steps (order 149 art. 12, 15, 23, 24); limits are data.
INSERT INTO time_limit_setting (step, amount, limit_unit, moves_off_rest_day, changed_by, changed_at) VALUES
    ('ACCEPT_COMPLAINT',           5,  'WORKING_DAYS',  FALSE, 'system', CURRENT_TIMESTAMP),
    ('COMPLAINT_MATERIALS',        15, 'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP),
    ('DECIDE_COMPLAINT',           60, 'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP),
    ('DELIVER_COMPLAINT_DECISION', 5,  'WORKING_DAYS',  FALSE, 'system', CURRENT_TIMESTAMP);

-- The written notice of non-acceptance and the decision are numbered in the centre's series.
ALTER TABLE document_number_series DROP CONSTRAINT ck_document_number_series_kind;
ALTER TABLE document_number_series ADD CONSTRAINT ck_document_number_series_kind CHECK (kind IN ('GRANT_DECISION',
    'REFUSAL_DECISION', 'ASSIGNMENT_NOTICE', 'AID_LETTER', 'TERMINATION_NOTICE', 'OBJECTION_DECISION', 'CASE_FILE',
    'COMPLAINT_NON_ACCEPTANCE', 'COMPLAINT_DECISION'));
