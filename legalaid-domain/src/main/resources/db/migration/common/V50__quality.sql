-- Quality supervision (quality context, issue 16; ../shared/DOMAIN.md "Quality supervision"; seed 004).

-- The quality context's own read model of archived cases, filled by the CaseArchived event in the
-- archiving transaction, with the automatic check of the file (一案一评); the sampler's candidates.
CREATE TABLE quality_archived_case (
    case_id        BIGINT       NOT NULL PRIMARY KEY,
    case_number    VARCHAR(60)  NOT NULL,
    unit_id        BIGINT       NOT NULL,
    matter_type    VARCHAR(30)  NOT NULL,
    form_kind      VARCHAR(30)  NOT NULL,
    lawyer_id      BIGINT,
    lawyer_name    VARCHAR(60),
    firm_name      VARCHAR(100),
    involved_users VARCHAR(400) NOT NULL,
    archived_on    DATE         NOT NULL,
    finding_count  INTEGER      NOT NULL,
    checked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_quality_archived_case_kind CHECK (form_kind IN ('CRIMINAL', 'CIVIL_ADMINISTRATIVE'))
);
-- the candidates of a campaign: archived in the window, in the units in scope
CREATE INDEX ix_quality_archived_case_window ON quality_archived_case (archived_on, unit_id);
CREATE INDEX ix_quality_archived_case_lawyer ON quality_archived_case (lawyer_id);

CREATE TABLE quality_case_finding (
    case_id      BIGINT       NOT NULL REFERENCES quality_archived_case (case_id),
    position     INTEGER      NOT NULL,
    finding_type VARCHAR(30)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_quality_case_finding PRIMARY KEY (case_id, position)
);
CREATE INDEX ix_quality_case_finding_type ON quality_case_finding (finding_type);

-- Evaluation forms: versions never changed; evaluations keep the version they were scored on.
CREATE SEQUENCE quality_form_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE quality_form (
    id             BIGINT       NOT NULL PRIMARY KEY,
    kind           VARCHAR(30)  NOT NULL,
    form_version   INTEGER      NOT NULL,
    title          VARCHAR(100) NOT NULL,
    blind          BOOLEAN      NOT NULL,
    excellent_from NUMERIC(6,1) NOT NULL,
    good_from      NUMERIC(6,1) NOT NULL,
    pass_from      NUMERIC(6,1) NOT NULL,
    created_by     VARCHAR(32)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_quality_form_version UNIQUE (kind, form_version),
    CONSTRAINT ck_quality_form_bands CHECK (pass_from > 0 AND good_from > pass_from AND excellent_from > good_from)
);

CREATE TABLE quality_form_item (
    form_id   BIGINT        NOT NULL REFERENCES quality_form (id),
    position  INTEGER       NOT NULL,
    code      VARCHAR(20)   NOT NULL,
    section   VARCHAR(60)   NOT NULL,
    text      VARCHAR(200)  NOT NULL,
    max_score NUMERIC(6,1)  NOT NULL,
    guidance  VARCHAR(1000),
    CONSTRAINT pk_quality_form_item PRIMARY KEY (form_id, position),
    CONSTRAINT uq_quality_form_item_code UNIQUE (form_id, code),
    CONSTRAINT ck_quality_form_item_max CHECK (max_score > 0)
);

-- The evaluator pool (市、县两级评估师人才库, seed 004).
CREATE SEQUENCE quality_evaluator_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE quality_evaluator (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    user_name   VARCHAR(32)  NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    pool_level  VARCHAR(10)  NOT NULL,
    unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    firm_name   VARCHAR(100),
    lawyer_id   BIGINT,
    specialties VARCHAR(200),
    trained_on  DATE,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT uq_quality_evaluator_user UNIQUE (user_name)
);

CREATE TABLE quality_evaluator_conflict (
    evaluator_id BIGINT NOT NULL REFERENCES quality_evaluator (id),
    lawyer_id    BIGINT NOT NULL,
    CONSTRAINT pk_quality_evaluator_conflict PRIMARY KEY (evaluator_id, lawyer_id)
);

-- Campaigns: the seed and the candidate list (gzip, with its SHA-256) are kept so the draw can be re-run.
CREATE SEQUENCE quality_campaign_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE quality_campaign (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    name                VARCHAR(100)  NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    owner_unit_id       BIGINT        NOT NULL REFERENCES org_unit (id),
    window_from         DATE          NOT NULL,
    window_to           DATE          NOT NULL,
    per_stratum         INTEGER,
    sample_percent      NUMERIC(5,2),
    findings_percent    INTEGER       NOT NULL,
    kinds               VARCHAR(60)   NOT NULL,
    seed                BIGINT        NOT NULL,
    candidates          BYTEA         NOT NULL,
    candidate_count     INTEGER       NOT NULL,
    candidates_sha256   CHAR(64)      NOT NULL,
    shortfalls          VARCHAR(4000) NOT NULL,
    reevaluation_margin NUMERIC(6,1)  NOT NULL,
    objection_days      INTEGER       NOT NULL,
    state               VARCHAR(10)   NOT NULL,
    objection_until     DATE,
    notified_by         VARCHAR(32),
    published_by        VARCHAR(32),
    published_on        DATE,
    created_by          VARCHAR(32)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_quality_campaign_window CHECK (window_to >= window_from),
    CONSTRAINT ck_quality_campaign_rule CHECK ((per_stratum IS NULL) <> (sample_percent IS NULL)),
    CONSTRAINT ck_quality_campaign_state CHECK (state IN ('DRAWN', 'NOTIFIED', 'PUBLISHED'))
);

CREATE TABLE quality_campaign_unit (
    campaign_id BIGINT NOT NULL REFERENCES quality_campaign (id),
    unit_id     BIGINT NOT NULL REFERENCES org_unit (id),
    CONSTRAINT pk_quality_campaign_unit PRIMARY KEY (campaign_id, unit_id)
);

-- the evaluators of the campaign's pool at the draw (the re-evaluations are placed among them)
CREATE TABLE quality_campaign_evaluator (
    campaign_id  BIGINT NOT NULL REFERENCES quality_campaign (id),
    evaluator_id BIGINT NOT NULL REFERENCES quality_evaluator (id),
    CONSTRAINT pk_quality_campaign_evaluator PRIMARY KEY (campaign_id, evaluator_id)
);

CREATE SEQUENCE quality_sample_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE quality_sample (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    campaign_id            BIGINT        NOT NULL REFERENCES quality_campaign (id),
    case_id                BIGINT        NOT NULL REFERENCES quality_archived_case (case_id),
    unit_id                BIGINT        NOT NULL,
    form_kind              VARCHAR(30)   NOT NULL,
    stratum                VARCHAR(10)   NOT NULL,
    lawyer_id              BIGINT,
    state                  VARCHAR(15)   NOT NULL,
    initial_total          NUMERIC(6,1),
    initial_grade          VARCHAR(10),
    reevaluation_total     NUMERIC(6,1),
    grade                  VARCHAR(10),
    panel_votes            VARCHAR(100),
    panel_by               VARCHAR(32),
    objection              VARCHAR(1000),
    objected_by            VARCHAR(32),
    objected_at            TIMESTAMP WITH TIME ZONE,
    objection_upheld       BOOLEAN,
    objection_review       VARCHAR(1000),
    objection_reviewed_by  VARCHAR(32),
    grade_before_objection VARCHAR(10),
    final_grade            VARCHAR(10),
    final_on               DATE,
    CONSTRAINT uq_quality_sample_case UNIQUE (campaign_id, case_id),
    -- the objection is reviewed by someone else than the objector
    CONSTRAINT ck_quality_sample_objection CHECK (objection_reviewed_by IS NULL OR objection_reviewed_by <> objected_by),
    -- a final grade is the grade
    CONSTRAINT ck_quality_sample_final CHECK (final_grade IS NULL OR final_grade = grade)
);
CREATE INDEX ix_quality_sample_case ON quality_sample (case_id, final_grade);
CREATE INDEX ix_quality_sample_lawyer ON quality_sample (lawyer_id, final_on);

CREATE SEQUENCE quality_evaluation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE quality_evaluation (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    campaign_id    BIGINT        NOT NULL REFERENCES quality_campaign (id),
    sample_id      BIGINT        NOT NULL REFERENCES quality_sample (id),
    case_id        BIGINT        NOT NULL,
    round          VARCHAR(15)   NOT NULL,
    evaluator_id   BIGINT        NOT NULL REFERENCES quality_evaluator (id),
    evaluator_user VARCHAR(32)   NOT NULL,
    form_id        BIGINT        NOT NULL REFERENCES quality_form (id),
    eligible       INTEGER       NOT NULL,
    load_before    INTEGER       NOT NULL,
    total          NUMERIC(6,1),
    grade          VARCHAR(10),
    opinion        VARCHAR(2000),
    submitted_at   TIMESTAMP WITH TIME ZONE,
    -- one evaluation per case and round
    CONSTRAINT uq_quality_evaluation_round UNIQUE (sample_id, round)
);
CREATE INDEX ix_quality_evaluation_user ON quality_evaluation (evaluator_user, submitted_at);
CREATE INDEX ix_quality_evaluation_evaluator ON quality_evaluation (evaluator_id);

CREATE TABLE quality_evaluation_score (
    evaluation_id BIGINT       NOT NULL REFERENCES quality_evaluation (id),
    position      INTEGER      NOT NULL,
    item_code     VARCHAR(20)  NOT NULL,
    score         NUMERIC(6,1) NOT NULL,
    comment       VARCHAR(500),
    CONSTRAINT pk_quality_evaluation_score PRIMARY KEY (evaluation_id, position),
    CONSTRAINT ck_quality_evaluation_score CHECK (score >= 0)
);

CREATE TABLE quality_evaluation_problem (
    evaluation_id BIGINT      NOT NULL REFERENCES quality_evaluation (id),
    problem       VARCHAR(30) NOT NULL,
    CONSTRAINT pk_quality_evaluation_problem PRIMARY KEY (evaluation_id, problem)
);
