-- Reporting (issue 17): reports submitted upward as frozen, versioned snapshots of their figures,
-- and targets per unit and year. The figures themselves are counted by each context over its own
-- tables; reporting keeps only what it freezes.

CREATE SEQUENCE reporting_report_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE reporting_report (
    id                BIGINT        NOT NULL PRIMARY KEY,
    unit_id           BIGINT        NOT NULL REFERENCES org_unit (id),
    kind              VARCHAR(40)   NOT NULL,
    period_start      DATE          NOT NULL,
    period_end        DATE          NOT NULL,
    report_version    INTEGER       NOT NULL,
    due_on            DATE          NOT NULL,
    note              VARCHAR(2000),
    correction_reason VARCHAR(500),
    submitted_by      VARCHAR(32)   NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- one row per version: of two submissions of the same report at once, the second meets this key
    CONSTRAINT uq_reporting_report_version UNIQUE (unit_id, kind, period_start, report_version),
    CONSTRAINT ck_reporting_report_kind CHECK (kind IN ('MONTHLY', 'QUARTERLY_SELF_ASSESSMENT', 'HALF_YEAR_CHECK',
                                                        'ANNUAL_ASSESSMENT')),
    CONSTRAINT ck_reporting_report_period CHECK (period_end >= period_start),
    CONSTRAINT ck_reporting_report_version CHECK (report_version >= 1),
    -- a correction (any version after the first) says why
    CONSTRAINT ck_reporting_report_reason CHECK (report_version = 1 OR correction_reason IS NOT NULL)
);
CREATE INDEX ix_reporting_report_period ON reporting_report (kind, period_start, unit_id);

CREATE TABLE reporting_report_figure (
    report_id BIGINT       NOT NULL REFERENCES reporting_report (id),
    figure    VARCHAR(100) NOT NULL,
    figure_value BIGINT    NOT NULL,
    CONSTRAINT pk_reporting_report_figure PRIMARY KEY (report_id, figure),
    CONSTRAINT ck_reporting_report_figure_value CHECK (figure_value >= 0)
);

CREATE SEQUENCE reporting_target_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE reporting_target (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    target_year  INTEGER       NOT NULL,
    measure      VARCHAR(30)   NOT NULL,
    target_value NUMERIC(12,1) NOT NULL,
    set_by       VARCHAR(32)   NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_reporting_target UNIQUE (unit_id, target_year, measure),
    CONSTRAINT ck_reporting_target_measure CHECK (measure IN ('CASES', 'WORKSTATION_SHARE')),
    CONSTRAINT ck_reporting_target_value CHECK (target_value >= 0
                                                AND (measure <> 'WORKSTATION_SHARE' OR target_value <= 100))
);

-- Public disclosure 援务公开 (LAL art. 58): a period's figures as the bureau's supervisor published them,
-- frozen. One per publishing unit, kind and period.
CREATE SEQUENCE reporting_publication_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE reporting_publication (
    id           BIGINT       NOT NULL PRIMARY KEY,
    unit_id      BIGINT       NOT NULL REFERENCES org_unit (id),
    period_kind  VARCHAR(20)  NOT NULL,
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    published_by VARCHAR(32)  NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_reporting_publication UNIQUE (unit_id, period_kind, period_start),
    CONSTRAINT ck_reporting_publication_period CHECK (period_end >= period_start)
);

CREATE TABLE reporting_publication_figure (
    publication_id BIGINT       NOT NULL REFERENCES reporting_publication (id),
    figure         VARCHAR(100) NOT NULL,
    figure_value   BIGINT       NOT NULL,
    CONSTRAINT pk_reporting_publication_figure PRIMARY KEY (publication_id, figure),
    CONSTRAINT ck_reporting_publication_figure_value CHECK (figure_value >= 0)
);
