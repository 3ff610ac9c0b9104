-- Consultations (intake context, issue 3). unit_id refers to org_unit: the unit whose clerk
-- recorded it; statistics roll up the tree through it.

CREATE SEQUENCE consultation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE consultation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    unit_id          BIGINT        NOT NULL REFERENCES org_unit (id),
    channel          VARCHAR(20)   NOT NULL,
    topic            VARCHAR(40)   NOT NULL,
    consulted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    person_name      VARCHAR(50),
    person_phone     VARCHAR(20),
    person_id_number CHAR(18),
    question         VARCHAR(4000) NOT NULL,
    answer           VARCHAR(4000) NOT NULL,
    referral         VARCHAR(200),
    recorded_by      VARCHAR(32)   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_consultation_channel CHECK (channel IN ('WINDOW', 'HOTLINE_12348', 'LETTER', 'ONLINE')),
    CONSTRAINT ck_consultation_not_future CHECK (consulted_at <= recorded_at)
);
CREATE INDEX ix_consultation_unit_time ON consultation (unit_id, consulted_at);
CREATE INDEX ix_consultation_person_id ON consultation (person_id_number);
