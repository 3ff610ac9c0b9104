-- The applicant register (intake context, issue 3): one record per person (居民身份证 number)
-- and registering unit.

CREATE SEQUENCE applicant_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE applicant (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL DEFAULT 0,
    unit_id                  BIGINT        NOT NULL REFERENCES org_unit (id),
    id_number                CHAR(18)      NOT NULL,
    full_name                VARCHAR(50)   NOT NULL,
    sex                      VARCHAR(6)    NOT NULL,
    birth_date               DATE          NOT NULL,
    phone                    VARCHAR(20),
    household_registration   VARCHAR(200),
    residence                VARCHAR(200),
    disability_grade         INTEGER,
    household_size           INTEGER       NOT NULL,
    household_monthly_income DECIMAL(12, 2) NOT NULL,
    no_fixed_income          BOOLEAN       NOT NULL,
    local_resident           BOOLEAN       NOT NULL,
    registered_by            VARCHAR(32)   NOT NULL,
    registered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_applicant_unit_id_number UNIQUE (unit_id, id_number),
    CONSTRAINT ck_applicant_sex CHECK (sex IN ('MALE', 'FEMALE')),
    CONSTRAINT ck_applicant_household CHECK (household_size >= 1),
    CONSTRAINT ck_applicant_income CHECK (household_monthly_income >= 0),
    CONSTRAINT ck_applicant_disability CHECK (disability_grade IS NULL OR disability_grade BETWEEN 1 AND 4)
);
CREATE INDEX ix_applicant_id_number ON applicant (id_number);
CREATE INDEX ix_applicant_name_birth ON applicant (full_name, birth_date);

CREATE TABLE applicant_category (
    applicant_id BIGINT      NOT NULL REFERENCES applicant (id),
    category     VARCHAR(40) NOT NULL,
    CONSTRAINT pk_applicant_category PRIMARY KEY (applicant_id, category)
);
