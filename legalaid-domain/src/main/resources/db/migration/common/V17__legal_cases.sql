-- The legal aid case 案件 (cases context, issue 5): opened when a lawyer is first assigned to a
-- granted application or a notified criminal case, followed through handling to closing and
-- archive (docs/domain.md "Case lifecycle" 8-9), or imported from a legacy system (subject NULL).
--
-- One row per case carries what the central case list filters and sorts on (unit, status, matter,
-- lawyer, dates), so that list reads one table even at a million cases. Names are copied at the
-- moment they are set (client, lawyer, firm): the list shows them without joins, and a case keeps
-- the name the lawyer had when assigned.

CREATE SEQUENCE legal_case_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE legal_case (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    case_number         VARCHAR(60)   NOT NULL,
    unit_id             BIGINT        NOT NULL REFERENCES org_unit (id),
    subject_type        VARCHAR(20),
    subject_id          BIGINT,
    legacy              BOOLEAN       NOT NULL DEFAULT FALSE,
    matter_type         VARCHAR(30)   NOT NULL,
    matter_category     VARCHAR(40),
    client_name         VARCHAR(60)   NOT NULL,
    title               VARCHAR(100)  NOT NULL,
    assignment_id       BIGINT,
    lawyer_id           BIGINT        REFERENCES lawyer (id),
    lawyer_name         VARCHAR(60),
    firm_name           VARCHAR(100),
    supervisor          VARCHAR(32),
    status              VARCHAR(20)   NOT NULL,
    applied_on          DATE          NOT NULL,
    accepted_on         DATE,
    decided_on          DATE,
    assigned_on         DATE          NOT NULL,
    agreement_signed_on DATE,
    first_handling_on   DATE,
    last_handling_on    DATE,
    ended_on            DATE,
    submitted_on        DATE,
    reviewed_on         DATE,
    archived_on         DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_legal_case_number UNIQUE (case_number),
    CONSTRAINT uq_legal_case_subject UNIQUE (subject_type, subject_id),
    CONSTRAINT ck_legal_case_subject CHECK ((subject_type IS NULL) = (subject_id IS NULL)
                                            AND (subject_type IS NULL OR subject_type IN ('APPLICATION', 'NOTICE'))),
    CONSTRAINT ck_legal_case_origin CHECK (legacy = TRUE OR subject_type IS NOT NULL),
    CONSTRAINT ck_legal_case_status CHECK (status IN ('HANDLING', 'TERMINATED', 'SUBMITTED', 'RETURNED',
                                                      'REVIEWED', 'ARCHIVED')),
    -- an archived case has its whole file reviewed (docs/domain.md 9: only a reviewed file is archived)
    CONSTRAINT ck_legal_case_archived CHECK (status <> 'ARCHIVED' OR (archived_on IS NOT NULL AND reviewed_on IS NOT NULL
                                                                      AND ended_on IS NOT NULL))
);

CREATE INDEX ix_legal_case_unit_status ON legal_case (unit_id, status, assigned_on, id);
CREATE INDEX ix_legal_case_lawyer ON legal_case (lawyer_id);
CREATE INDEX ix_legal_case_supervisor ON legal_case (supervisor, status);

-- The case number 案号 is numbered in the assigning centre's series, like its documents.
ALTER TABLE document_number_series DROP CONSTRAINT ck_document_number_series_kind;
ALTER TABLE document_number_series ADD CONSTRAINT ck_document_number_series_kind CHECK (kind IN ('GRANT_DECISION',
    'REFUSAL_DECISION', 'ASSIGNMENT_NOTICE', 'AID_LETTER', 'TERMINATION_NOTICE', 'OBJECTION_DECISION', 'CASE_FILE'));
