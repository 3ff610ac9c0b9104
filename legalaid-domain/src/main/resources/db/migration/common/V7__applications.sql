-- Applications for legal aid and their timeline (intake context, issue 3).
-- Times are China Standard Time local date-times (the zone has no daylight saving).

CREATE SEQUENCE application_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE application_step_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE application (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL DEFAULT 0,
    unit_id                   BIGINT        NOT NULL REFERENCES org_unit (id),
    applicant_id              BIGINT        NOT NULL REFERENCES applicant (id),
    applicant_name            VARCHAR(50)   NOT NULL,
    consultation_id           BIGINT        REFERENCES consultation (id),
    matter_type               VARCHAR(30)   NOT NULL,
    matter_category           VARCHAR(40)   NOT NULL,
    facts                     VARCHAR(4000) NOT NULL,
    opposing_party_name       VARCHAR(50),
    opposing_party_id_number  CHAR(18),
    opposing_party_birth_date DATE,
    channel                   VARCHAR(30)   NOT NULL,
    custody_facility          VARCHAR(100),
    custody_received_at       TIMESTAMP,
    forwarded_late            BOOLEAN       NOT NULL,
    region_code               CHAR(6)       NOT NULL,
    status                    VARCHAR(30)   NOT NULL,
    received_at               TIMESTAMP     NOT NULL,
    received_by               VARCHAR(32)   NOT NULL,
    accepted_at               TIMESTAMP,
    accepted_by               VARCHAR(32),
    jurisdiction              VARCHAR(40),
    materials_requested_at    TIMESTAMP,
    materials_due_at          TIMESTAMP,
    materials_note            VARCHAR(500),
    materials_supplied_at     TIMESTAMP,
    urgent_ground             VARCHAR(30),
    urgent_note               VARCHAR(500),
    urgent_started_at         TIMESTAMP,
    urgent_started_by         VARCHAR(32),
    scope_in                  BOOLEAN,
    scope_rule                VARCHAR(60),
    scope_basis_key           VARCHAR(80),
    exemption_code            VARCHAR(60),
    exemption_basis           VARCHAR(300),
    verification              VARCHAR(30),
    income_per_head           DECIMAL(12, 2),
    hardship_limit            DECIMAL(12, 2),
    standard_year             INTEGER,
    proposed_grant            BOOLEAN,
    reasons                   VARCHAR(2000),
    proposed_by               VARCHAR(32),
    proposed_at               TIMESTAMP,
    decided_by                VARCHAR(32),
    decided_at                TIMESTAMP,
    decision_number           VARCHAR(60),
    objection_grounds         VARCHAR(2000),
    objection_received_at     TIMESTAMP,
    objection_received_by     VARCHAR(32),
    objection_ordered_aid     BOOLEAN,
    objection_reasons         VARCHAR(2000),
    objection_decided_by      VARCHAR(32),
    objection_decided_at      TIMESTAMP,
    objection_decision_number VARCHAR(60),
    withdrawn_at              TIMESTAMP,
    -- the date logic of docs/domain.md "Case lifecycle" 9, also held by the database
    CONSTRAINT ck_application_accepted_after_received CHECK (accepted_at IS NULL OR accepted_at >= received_at),
    CONSTRAINT ck_application_decided_after_received CHECK (decided_at IS NULL OR decided_at >= received_at),
    CONSTRAINT ck_application_decided_after_accepted CHECK (decided_at IS NULL OR accepted_at IS NULL OR decided_at >= accepted_at),
    CONSTRAINT ck_application_custody_before_received CHECK (custody_received_at IS NULL OR custody_received_at <= received_at),
    CONSTRAINT ck_application_decider_not_proposer CHECK (decided_by IS NULL OR proposed_by IS NULL OR decided_by <> proposed_by)
);
CREATE INDEX ix_application_unit_received ON application (unit_id, received_at DESC);
CREATE INDEX ix_application_unit_status ON application (unit_id, status);
CREATE INDEX ix_application_applicant ON application (applicant_id);
CREATE INDEX ix_application_opposing_id ON application (opposing_party_id_number);
CREATE INDEX ix_application_opposing_name ON application (opposing_party_name, opposing_party_birth_date);
CREATE UNIQUE INDEX uq_application_decision_number ON application (decision_number);

CREATE TABLE application_document (
    application_id BIGINT      NOT NULL REFERENCES application (id),
    document       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_application_document PRIMARY KEY (application_id, document)
);

CREATE TABLE application_missing_document (
    application_id BIGINT      NOT NULL REFERENCES application (id),
    document       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_application_missing_document PRIMARY KEY (application_id, document)
);

CREATE TABLE application_step (
    id             BIGINT        NOT NULL PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES application (id),
    kind           VARCHAR(40)   NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(32)   NOT NULL,
    note           VARCHAR(2000)
);
CREATE INDEX ix_application_step_application ON application_step (application_id, occurred_at);
