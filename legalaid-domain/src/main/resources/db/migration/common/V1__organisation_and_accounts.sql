-- The organisation tree and staff accounts (organisation context).
-- Sequences step by the JPA allocationSize of the entity that uses them, and start above it
-- (EclipseLink reads a value v as the block v - allocationSize + 1 .. v, which must be positive).

CREATE SEQUENCE org_unit_seq START WITH 1000 INCREMENT BY 20;
CREATE SEQUENCE staff_account_seq START WITH 1000 INCREMENT BY 20;

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    unit_type   VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       REFERENCES org_unit (id),
    path        VARCHAR(500) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT ck_org_unit_type CHECK (unit_type IN ('BUREAU', 'CENTRE', 'DISTRICT_CENTRE', 'WORKSTATION')),
    CONSTRAINT ck_org_unit_root CHECK ((parent_id IS NULL) = (unit_type = 'BUREAU'))
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);
CREATE INDEX ix_org_unit_path ON org_unit (path);

CREATE TABLE staff_account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    username             VARCHAR(32)  NOT NULL,
    full_name            VARCHAR(50)  NOT NULL,
    unit_id              BIGINT       NOT NULL REFERENCES org_unit (id),
    password_hash        VARCHAR(200) NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts      INTEGER      NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    last_login_at        TIMESTAMP WITH TIME ZONE,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_staff_account_username UNIQUE (username),
    CONSTRAINT ck_staff_account_failed CHECK (failed_attempts >= 0)
);
CREATE INDEX ix_staff_account_unit ON staff_account (unit_id);

CREATE TABLE staff_role (
    account_id BIGINT      NOT NULL REFERENCES staff_account (id),
    role       VARCHAR(40) NOT NULL,
    CONSTRAINT pk_staff_role PRIMARY KEY (account_id, role)
);
