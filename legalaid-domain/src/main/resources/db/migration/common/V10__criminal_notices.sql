-- Notified criminal cases (通知辩护, LAL art. 25, 28, 36; intake context, issue 3): a court,
-- procuratorate or police notifies the legal aid centre (unit_id) that a suspect or defendant
-- needs a defence lawyer; the centre assigns within 3 days of received_at.
-- organ_key and document_key are the organ's name and its document number in a normal form
-- (NoticeKey: no spaces, half-width, one kind of bracket); their pair is unique, so a retried or
-- re-typed notice can never become a second case, even when two arrive at the same moment.

CREATE SEQUENCE criminal_notice_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE criminal_notice (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    unit_id               BIGINT        NOT NULL REFERENCES org_unit (id),
    organ_type            VARCHAR(20)   NOT NULL,
    organ_name            VARCHAR(100)  NOT NULL,
    organ_key             VARCHAR(100)  NOT NULL,
    organ_document_number VARCHAR(60)   NOT NULL,
    document_key          VARCHAR(60)   NOT NULL,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    defendant_name        VARCHAR(50)   NOT NULL,
    defendant_id_number   CHAR(18),
    defendant_birth_date  DATE,
    charge                VARCHAR(100)  NOT NULL,
    stage                 VARCHAR(30)   NOT NULL,
    detention_place       VARCHAR(100),
    notes                 VARCHAR(2000),
    status                VARCHAR(20)   NOT NULL,
    assigned_at           TIMESTAMP WITH TIME ZONE,
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    withdrawn_by          VARCHAR(32),
    withdrawal_reason     VARCHAR(500),
    created_by            VARCHAR(32)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_criminal_notice_key UNIQUE (organ_key, document_key),
    CONSTRAINT ck_criminal_notice_organ_type CHECK (organ_type IN ('COURT', 'PROCURATORATE', 'PUBLIC_SECURITY', 'STATE_SECURITY', 'PRISON')),
    CONSTRAINT ck_criminal_notice_stage CHECK (stage IN ('INVESTIGATION', 'PROSECUTION_REVIEW', 'FIRST_INSTANCE', 'SECOND_INSTANCE', 'DEATH_PENALTY_REVIEW')),
    CONSTRAINT ck_criminal_notice_status CHECK (status IN ('RECEIVED', 'ASSIGNED', 'WITHDRAWN')),
    CONSTRAINT ck_criminal_notice_not_future CHECK (received_at <= created_at),
    CONSTRAINT ck_criminal_notice_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdrawal_reason IS NOT NULL))
);
CREATE INDEX ix_criminal_notice_unit_time ON criminal_notice (unit_id, received_at);
CREATE INDEX ix_criminal_notice_created_by ON criminal_notice (created_by);

CREATE TABLE criminal_notice_ground (
    notice_id BIGINT      NOT NULL REFERENCES criminal_notice (id),
    ground    VARCHAR(40) NOT NULL,
    CONSTRAINT pk_criminal_notice_ground PRIMARY KEY (notice_id, ground)
);
