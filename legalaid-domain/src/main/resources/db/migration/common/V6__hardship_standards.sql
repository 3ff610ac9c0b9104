-- Economic-hardship standards per region and year (LAL art. 34), maintained by administrators.

CREATE SEQUENCE hardship_standard_seq START WITH 1000 INCREMENT BY 20;

CREATE TABLE hardship_standard (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    region_code             CHAR(6)       NOT NULL,
    region_name             VARCHAR(50)   NOT NULL,
    standard_year           INTEGER       NOT NULL,
    minimum_living_standard DECIMAL(10, 2) NOT NULL,
    multiplier              DECIMAL(5, 2) NOT NULL,
    basis                   VARCHAR(200)  NOT NULL,
    updated_by              VARCHAR(32)   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_hardship_standard_region_year UNIQUE (region_code, standard_year),
    CONSTRAINT ck_hardship_standard_positive CHECK (minimum_living_standard > 0 AND multiplier > 0)
);
