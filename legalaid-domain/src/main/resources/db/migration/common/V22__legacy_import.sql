-- Legacy case import and the data-quality list (cases context, issue 5). An import reads a CSV
-- file of an earlier system's cases; rows that cannot be read are refused (listed, not saved);
-- rows whose dates break the order application ≤ … ≤ archive are imported as legacy cases and each
-- break becomes a data-quality flag with the exact violation (seed 004).

CREATE SEQUENCE legacy_import_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE legacy_import (
    id            BIGINT        NOT NULL PRIMARY KEY,
    unit_id       BIGINT        NOT NULL REFERENCES org_unit (id),
    file_name     VARCHAR(200)  NOT NULL,
    file_sha256   VARCHAR(64)   NOT NULL,
    imported_by   VARCHAR(32)   NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_read     INTEGER       NOT NULL,
    rows_imported INTEGER       NOT NULL,
    rows_flagged  INTEGER       NOT NULL,
    rows_refused  INTEGER       NOT NULL,
    CONSTRAINT ck_legacy_import_rows CHECK (rows_imported + rows_refused <= rows_read AND rows_flagged <= rows_imported)
);

CREATE SEQUENCE case_data_flag_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_data_flag (
    id              BIGINT       NOT NULL PRIMARY KEY,
    case_id         BIGINT       NOT NULL REFERENCES legal_case (id),
    unit_id         BIGINT       NOT NULL REFERENCES org_unit (id),
    import_id       BIGINT       REFERENCES legacy_import (id),
    step            VARCHAR(20)  NOT NULL,
    step_date       DATE         NOT NULL,
    depends_on      VARCHAR(20),
    depends_on_date DATE,
    found_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_case_data_flag_pair CHECK ((depends_on IS NULL) = (depends_on_date IS NULL))
);

CREATE INDEX ix_case_data_flag_unit ON case_data_flag (unit_id, found_at);
CREATE INDEX ix_case_data_flag_case ON case_data_flag (case_id);
