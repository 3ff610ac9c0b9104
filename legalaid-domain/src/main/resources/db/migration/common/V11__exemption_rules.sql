-- Exemptions from the means test as data (intake context, issue 3; LAL art. 32, 42 and local
-- lists). The rows are loaded at first start from the application's defaults, which cite their
-- sources; administrators add and switch off local grounds.

CREATE SEQUENCE exemption_rule_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE exemption_rule (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL DEFAULT 0,
    code                     VARCHAR(60)  NOT NULL,
    position                 INTEGER      NOT NULL,
    national                 BOOLEAN      NOT NULL,
    legal_basis              VARCHAR(300) NOT NULL,
    any_of_categories        VARCHAR(400) NOT NULL,
    minimum_age              INTEGER,
    grade_from               INTEGER,
    grade_to                 INTEGER,
    no_fixed_income_required BOOLEAN      NOT NULL,
    local_resident_required  BOOLEAN      NOT NULL,
    matter_categories        VARCHAR(800) NOT NULL,
    active                   BOOLEAN      NOT NULL,
    changed_by               VARCHAR(32)  NOT NULL,
    changed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_exemption_rule_code UNIQUE (code),
    CONSTRAINT ck_exemption_rule_grades CHECK ((grade_from IS NULL AND grade_to IS NULL)
        OR (grade_from BETWEEN 1 AND 4 AND grade_to BETWEEN grade_from AND 4)),
    CONSTRAINT ck_exemption_rule_national_active CHECK (active OR NOT national)
);
