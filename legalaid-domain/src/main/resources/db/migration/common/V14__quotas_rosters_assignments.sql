-- Obligation quotas, duty rosters, refusals, assessments and assignments of the lawyer pool
-- (lawyers context, issue 4). One migration so that every part of the context reads the same
-- tables: the quota ledger counts assignments, duty days and reductions; the assignment ranks by
-- the ledger's fulfilment; the assessment gathers all of them.

CREATE SEQUENCE quota_rule_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE quota_reduction_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE duty_station_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE duty_shift_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE lawyer_refusal_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE lawyer_assessment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assignment_seq START WITH 1000 INCREMENT BY 50;

-- The year's quota rule (义务量核定, LAL art. 16), published by the bureau: cases per lawyer, how a
-- firm's quota is set (FirmQuotaMode), the firm-size bands and the credit conversions.
CREATE TABLE quota_rule (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    rule_year        INTEGER      NOT NULL,
    cases_per_lawyer INTEGER      NOT NULL,
    firm_mode        VARCHAR(20)  NOT NULL,
    note             VARCHAR(500),
    updated_by       VARCHAR(32)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_quota_rule_year UNIQUE (rule_year),
    CONSTRAINT ck_quota_rule_year CHECK (rule_year BETWEEN 2000 AND 2999),
    CONSTRAINT ck_quota_rule_cases CHECK (cases_per_lawyer BETWEEN 0 AND 999),
    CONSTRAINT ck_quota_rule_mode CHECK (firm_mode IN ('SUM_OF_LAWYERS', 'BY_SIZE'))
);

-- FirmBand: firms with min_lawyers..max_lawyers lawyers (open-ended when max is null) owe cases.
CREATE TABLE quota_firm_band (
    rule_id     BIGINT  NOT NULL REFERENCES quota_rule (id),
    min_lawyers INTEGER NOT NULL,
    max_lawyers INTEGER,
    cases       INTEGER NOT NULL,
    CONSTRAINT pk_quota_firm_band PRIMARY KEY (rule_id, min_lawyers),
    CONSTRAINT ck_quota_firm_band CHECK (min_lawyers >= 0 AND (max_lawyers IS NULL OR max_lawyers >= min_lawyers) AND cases >= 0)
);

-- CreditRule: units_per_case units of a kind of service count as one case (e.g. 4 duty days).
CREATE TABLE quota_credit_rule (
    rule_id        BIGINT        NOT NULL REFERENCES quota_rule (id),
    credit_kind    VARCHAR(30)   NOT NULL,
    units_per_case DECIMAL(8, 2) NOT NULL,
    CONSTRAINT pk_quota_credit_rule PRIMARY KEY (rule_id, credit_kind),
    CONSTRAINT ck_quota_credit_rule CHECK (units_per_case > 0)
);

-- A reduction of one lawyer's quota for a year (QuotaReduction), with its reason; appended, and
-- never edited: a wrong reduction is cancelled
-- (cancelled_at/by/reason) and stays visible.
CREATE TABLE quota_reduction (
    id               BIGINT        NOT NULL PRIMARY KEY,
    lawyer_id        BIGINT        NOT NULL REFERENCES lawyer (id),
    quota_year       INTEGER       NOT NULL,
    reason           VARCHAR(30)   NOT NULL,
    cases            DECIMAL(6, 2) NOT NULL,
    note             VARCHAR(500),
    recorded_by      VARCHAR(32)   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_by     VARCHAR(32),
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    cancel_reason    VARCHAR(500),
    CONSTRAINT ck_quota_reduction_cases CHECK (cases > 0),
    CONSTRAINT ck_quota_reduction_reason CHECK (reason IN ('ILLNESS', 'NEW_LICENCE', 'PARENTAL_LEAVE', 'PUBLIC_DUTY', 'OTHER')),
    CONSTRAINT ck_quota_reduction_other CHECK (reason <> 'OTHER' OR note IS NOT NULL),
    CONSTRAINT ck_quota_reduction_cancel CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL))
);
CREATE INDEX ix_quota_reduction_year ON quota_reduction (quota_year, lawyer_id);

-- Other service credited towards the quota that is not a roster duty day (window and hotline
-- shifts, mediation sessions): units of a CreditKind done by a lawyer on a day.
CREATE TABLE quota_service (
    id          BIGINT        NOT NULL PRIMARY KEY,
    lawyer_id   BIGINT        NOT NULL REFERENCES lawyer (id),
    credit_kind VARCHAR(30)   NOT NULL,
    service_on  DATE          NOT NULL,
    units       DECIMAL(6, 2) NOT NULL,
    note        VARCHAR(500),
    recorded_by VARCHAR(32)   NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_quota_service_units CHECK (units > 0),
    CONSTRAINT ck_quota_service_kind CHECK (credit_kind IN ('CONSULTATION_SHIFT', 'HOTLINE_SHIFT', 'MEDIATION_SESSION'))
);
CREATE SEQUENCE quota_service_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ix_quota_service_lawyer ON quota_service (lawyer_id, service_on);

-- Duty stations 值班点 (LAL art. 14): a court, procuratorate or detention centre of a unit.
CREATE TABLE duty_station (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    unit_id      BIGINT       NOT NULL REFERENCES org_unit (id),
    station_type VARCHAR(30)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    region_code  CHAR(6)      NOT NULL,
    address      VARCHAR(200),
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT ck_duty_station_type CHECK (station_type IN ('COURT', 'PROCURATORATE', 'DETENTION_CENTRE')),
    CONSTRAINT uq_duty_station_name UNIQUE (unit_id, name)
);

-- One half-day of duty. A full day is two rows (MORNING and AFTERNOON), so the unique key makes
-- "one lawyer in two places at once" impossible even when two officers roster at the same moment.
CREATE TABLE duty_shift (
    id          BIGINT      NOT NULL PRIMARY KEY,
    station_id  BIGINT      NOT NULL REFERENCES duty_station (id),
    lawyer_id   BIGINT      NOT NULL REFERENCES lawyer (id),
    duty_date   DATE        NOT NULL,
    half_day    VARCHAR(10) NOT NULL,
    created_by  VARCHAR(32) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_duty_shift_half CHECK (half_day IN ('MORNING', 'AFTERNOON')),
    CONSTRAINT uq_duty_shift_lawyer UNIQUE (lawyer_id, duty_date, half_day)
);
CREATE INDEX ix_duty_shift_station ON duty_shift (station_id, duty_date);

-- A lawyer's (or firm's) refusal of an offered assignment, with its reason (LAL art. 62, 63).
-- subject_type/subject_id: the granted application or notified criminal case offered.
CREATE TABLE lawyer_refusal (
    id           BIGINT       NOT NULL PRIMARY KEY,
    lawyer_id    BIGINT       NOT NULL REFERENCES lawyer (id),
    firm_id      BIGINT       NOT NULL REFERENCES law_firm (id),
    subject_type VARCHAR(20)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    refused_on   DATE         NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    justified    BOOLEAN      NOT NULL DEFAULT FALSE,
    recorded_by  VARCHAR(32)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_lawyer_refusal_subject CHECK (subject_type IN ('APPLICATION', 'NOTICE'))
);
CREATE INDEX ix_lawyer_refusal_lawyer ON lawyer_refusal (lawyer_id, refused_on);

-- Assignment 指派 of a lawyer to a granted application or a notified criminal case (LAL art. 43,
-- 36). A case has at most one current assignment; a change of lawyer (LAL art. 55, a conflict
-- found later, withdrawal) ends the current one (ended_at, end_reason) and adds the next, so the
-- history stays. assigned_on is the day that counts for the year's quota; closed_on is set when the
-- case closes (the cases context), which frees the lawyer's capacity.
CREATE TABLE assignment (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    unit_id              BIGINT        NOT NULL REFERENCES org_unit (id),
    subject_type         VARCHAR(20)   NOT NULL,
    subject_id           BIGINT        NOT NULL,
    lawyer_id            BIGINT        NOT NULL REFERENCES lawyer (id),
    firm_id              BIGINT        NOT NULL REFERENCES law_firm (id),
    assigned_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_on          DATE          NOT NULL,
    assigned_by          VARCHAR(32)   NOT NULL,
    candidate_rank       INTEGER,
    override_reason      VARCHAR(500),
    notice_number        VARCHAR(60)   NOT NULL,
    letter_number        VARCHAR(60)   NOT NULL,
    agreement_signed_on  DATE,
    ended_at             TIMESTAMP WITH TIME ZONE,
    end_reason           VARCHAR(30),
    end_note             VARCHAR(500),
    ended_by             VARCHAR(32),
    closed_on            DATE,
    current_subject_id   BIGINT,
    CONSTRAINT ck_assignment_subject CHECK (subject_type IN ('APPLICATION', 'NOTICE')),
    CONSTRAINT ck_assignment_override CHECK (candidate_rank = 1 OR override_reason IS NOT NULL),
    CONSTRAINT ck_assignment_end CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT ck_assignment_current CHECK ((ended_at IS NULL AND current_subject_id = subject_id)
                                            OR (ended_at IS NOT NULL AND current_subject_id IS NULL)),
    -- At most one current lawyer per case, even under simultaneous assignments: current_subject_id
    -- is the subject while the assignment runs and NULL once it ended (NULLs never collide).
    CONSTRAINT uq_assignment_current UNIQUE (subject_type, current_subject_id)
);
CREATE INDEX ix_assignment_lawyer_year ON assignment (lawyer_id, assigned_on);
CREATE INDEX ix_assignment_firm_year ON assignment (firm_id, assigned_on);

-- Parties a lawyer acts or acted for, or is related to, outside legal aid (declared by the
-- lawyer): the assignment's conflict-of-interest check reads them with the lawyer's and firm's
-- legal aid clients. party_key: an ID number, or a name with a birth date (ConflictKeys).
CREATE TABLE lawyer_interest (
    id          BIGINT       NOT NULL PRIMARY KEY,
    lawyer_id   BIGINT       NOT NULL REFERENCES lawyer (id),
    relation    VARCHAR(20)  NOT NULL,
    party_name  VARCHAR(50)  NOT NULL,
    party_key   VARCHAR(80)  NOT NULL,
    note        VARCHAR(500),
    recorded_by VARCHAR(32)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_lawyer_interest_relation CHECK (relation IN ('CLIENT', 'FIRM_CLIENT', 'RELATIVE'))
);
CREATE SEQUENCE lawyer_interest_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ix_lawyer_interest_key ON lawyer_interest (party_key);
CREATE INDEX ix_lawyer_interest_lawyer ON lawyer_interest (lawyer_id);

-- The annual assessment 考核 of a lawyer (LAL art. 60): the figures it drew on, frozen when it
-- was recorded, and the result. A result of UNQUALIFIED may lead to a status change request.
CREATE TABLE lawyer_assessment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    lawyer_id          BIGINT        NOT NULL REFERENCES lawyer (id),
    assessment_year    INTEGER       NOT NULL,
    quota              DECIMAL(8, 2) NOT NULL,
    assigned           INTEGER       NOT NULL,
    completed          INTEGER       NOT NULL,
    credited           DECIMAL(8, 2) NOT NULL,
    fulfilment         DECIMAL(8, 4) NOT NULL,
    refusals           INTEGER       NOT NULL,
    late_assignments   INTEGER       NOT NULL,
    quality_grade      VARCHAR(20),
    upheld_complaints  INTEGER,
    result             VARCHAR(20)   NOT NULL,
    comment            VARCHAR(1000),
    assessed_by        VARCHAR(32)   NOT NULL,
    assessed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_lawyer_assessment UNIQUE (lawyer_id, assessment_year),
    CONSTRAINT ck_lawyer_assessment_result CHECK (result IN ('EXCELLENT', 'QUALIFIED', 'BASIC', 'UNQUALIFIED'))
);
