-- Document number series (文号) per issuing unit, kind of document and year (organisation context).
-- The issuing transaction locks its row (SELECT ... FOR UPDATE) and increments last_number, so
-- numbers are unique and without gaps; the unique key lets two first callers of a new year race
-- safely (the loser finds the winner's row).

CREATE SEQUENCE document_number_series_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE document_number_series (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    unit_id     BIGINT      NOT NULL REFERENCES org_unit (id),
    kind        VARCHAR(30) NOT NULL,
    series_year INTEGER     NOT NULL,
    prefix      VARCHAR(40) NOT NULL,
    last_number INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT uq_document_number_series UNIQUE (unit_id, kind, series_year),
    CONSTRAINT ck_document_number_series_kind CHECK (kind IN ('GRANT_DECISION', 'REFUSAL_DECISION',
        'ASSIGNMENT_NOTICE', 'AID_LETTER', 'TERMINATION_NOTICE', 'OBJECTION_DECISION')),
    CONSTRAINT ck_document_number_series_year CHECK (series_year BETWEEN 2000 AND 2999),
    CONSTRAINT ck_document_number_series_last CHECK (last_number >= 0)
);
