-- The legal aid lawyer pool (lawyers context, issue 4): law firms and basic legal service offices,
-- and the lawyers and legal service workers who take legal aid cases (LAL art. 12-16).
-- Status changes, bank account changes, quotas, rosters and assignments build on these tables in
-- later migrations.

CREATE SEQUENCE law_firm_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE lawyer_seq START WITH 1000 INCREMENT BY 50;

-- unit_id: the centre (or bureau) that keeps the firm in its pool; staff of that unit and the
-- units above it maintain it. credit_code: 统一社会信用代码 (GB 32100-2015), checked by the
-- service, unique. The registered bank account is the only account subsidies are paid to; it
-- changes only through an approved change request (V13).
CREATE TABLE law_firm (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    unit_id           BIGINT        NOT NULL REFERENCES org_unit (id),
    kind              VARCHAR(30)   NOT NULL,
    name              VARCHAR(100)  NOT NULL,
    credit_code       CHAR(18)      NOT NULL,
    region_code       CHAR(6)       NOT NULL,
    address           VARCHAR(200)  NOT NULL,
    contact_person    VARCHAR(50)   NOT NULL,
    contact_phone     VARCHAR(30)   NOT NULL,
    bank_name         VARCHAR(100),
    bank_account_name VARCHAR(100),
    bank_account_no   VARCHAR(40),
    created_by        VARCHAR(32)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_law_firm_credit_code UNIQUE (credit_code),
    CONSTRAINT ck_law_firm_kind CHECK (kind IN ('LAW_FIRM', 'LEGAL_SERVICE_OFFICE')),
    CONSTRAINT ck_law_firm_account CHECK ((bank_account_no IS NULL) = (bank_name IS NULL)
                                          AND (bank_account_no IS NULL) = (bank_account_name IS NULL))
);
CREATE INDEX ix_law_firm_unit ON law_firm (unit_id);
CREATE INDEX ix_law_firm_region ON law_firm (region_code);

-- A lawyer (律师) or legal service worker (基层法律服务工作者). id_number: 居民身份证 (GB 11643),
-- unique; licence_number unique. Years of practice are derived from licence_date, criminal
-- practice from criminal_practice_since (LAL art. 26), never stored as numbers that go stale.
-- open_cases counts the lawyer's open legal aid cases; it is changed only by assignment and
-- closing, and never exceeds max_open_cases at the moment a case is added (the assignment's
-- conditional update guarantees it under concurrency).
CREATE TABLE lawyer (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    firm_id                 BIGINT       NOT NULL REFERENCES law_firm (id),
    kind                    VARCHAR(30)  NOT NULL,
    name                    VARCHAR(50)  NOT NULL,
    id_number               CHAR(18)     NOT NULL,
    sex                     VARCHAR(10)  NOT NULL,
    birth_date              DATE         NOT NULL,
    phone                   VARCHAR(30),
    licence_number          VARCHAR(30)  NOT NULL,
    licence_date            DATE         NOT NULL,
    criminal_practice_since DATE,
    juvenile_experience     BOOLEAN      NOT NULL DEFAULT FALSE,
    max_open_cases          INTEGER      NOT NULL,
    open_cases              INTEGER      NOT NULL DEFAULT 0,
    status                  VARCHAR(20)  NOT NULL,
    status_since            DATE         NOT NULL,
    created_by              VARCHAR(32)  NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_lawyer_id_number UNIQUE (id_number),
    CONSTRAINT uq_lawyer_licence UNIQUE (licence_number),
    CONSTRAINT ck_lawyer_kind CHECK (kind IN ('LAWYER', 'LEGAL_SERVICE_WORKER')),
    CONSTRAINT ck_lawyer_status CHECK (status IN ('ADMITTED', 'ACTIVE', 'SUSPENDED', 'EXITED')),
    CONSTRAINT ck_lawyer_max_open CHECK (max_open_cases BETWEEN 1 AND 99),
    CONSTRAINT ck_lawyer_open CHECK (open_cases >= 0),
    CONSTRAINT ck_lawyer_criminal_after_licence CHECK (criminal_practice_since IS NULL OR criminal_practice_since >= licence_date)
);
CREATE INDEX ix_lawyer_firm ON lawyer (firm_id);
CREATE INDEX ix_lawyer_status ON lawyer (status);

-- Fields of practice (Specialty), languages (LanguageCodes) and the districts served
-- (administrative division codes).
CREATE TABLE lawyer_specialty (
    lawyer_id BIGINT      NOT NULL REFERENCES lawyer (id),
    specialty VARCHAR(30) NOT NULL,
    CONSTRAINT pk_lawyer_specialty PRIMARY KEY (lawyer_id, specialty)
);

CREATE TABLE lawyer_language (
    lawyer_id     BIGINT      NOT NULL REFERENCES lawyer (id),
    language_code VARCHAR(10) NOT NULL,
    CONSTRAINT pk_lawyer_language PRIMARY KEY (lawyer_id, language_code)
);

CREATE TABLE lawyer_region (
    lawyer_id   BIGINT  NOT NULL REFERENCES lawyer (id),
    region_code CHAR(6) NOT NULL,
    CONSTRAINT pk_lawyer_region PRIMARY KEY (lawyer_id, region_code)
);
CREATE INDEX ix_lawyer_region_code ON lawyer_region (region_code);
