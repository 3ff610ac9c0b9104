-- Closing and archive of a legal aid case (cases context, issue 5; docs/domain.md "Case lifecycle" 9,
-- LAL art. 50): the lawyer's closing submissions, recorded by staff, with the checklist of the
-- case file's items and the centre's findings on each; and the files attached to the case file.

-- One hand-in of the closing file. A file returned for completion keeps its row with the findings;
-- the next hand-in is the next round. The review is never made by the person who recorded the
-- hand-in (four eyes), which the database checks as well.
CREATE SEQUENCE closing_submission_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE closing_submission (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    case_id       BIGINT        NOT NULL REFERENCES legal_case (id),
    unit_id       BIGINT        NOT NULL REFERENCES org_unit (id),
    hand_in_round INTEGER       NOT NULL,
    outcome       VARCHAR(20)   NOT NULL,
    outcome_text  VARCHAR(500),
    report        VARCHAR(4000) NOT NULL,
    ended_on      DATE          NOT NULL,
    submitted_on  DATE          NOT NULL,
    lawyer_name   VARCHAR(60),
    recorded_by   VARCHAR(32)   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    result        VARCHAR(20),
    reviewed_by   VARCHAR(32),
    reviewed_at   TIMESTAMP WITH TIME ZONE,
    archived_by   VARCHAR(32),
    archived_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_closing_submission_round UNIQUE (case_id, hand_in_round),
    CONSTRAINT ck_closing_submission_outcome CHECK (outcome IN ('JUDGMENT', 'RULING', 'MEDIATION', 'WITHDRAWN',
                                                                'SETTLED', 'TERMINATED')),
    CONSTRAINT ck_closing_submission_result CHECK (result IS NULL OR result IN ('RETURNED', 'PASSED')),
    CONSTRAINT ck_closing_submission_reviewed CHECK ((result IS NULL) = (reviewed_by IS NULL)
                                                     AND (result IS NULL) = (reviewed_at IS NULL)),
    -- four eyes: who records the lawyer's hand-in does not review it
    CONSTRAINT ck_closing_submission_four_eyes CHECK (reviewed_by IS NULL OR reviewed_by <> recorded_by),
    -- only a passed file is archived
    CONSTRAINT ck_closing_submission_archived CHECK (archived_by IS NULL OR result = 'PASSED')
);
CREATE INDEX ix_closing_submission_case ON closing_submission (case_id, hand_in_round);

-- The checklist of one hand-in: each item the case needs or the lawyer handed in, and the
-- centre's finding (ACCEPTED, MISSING, DEFECTIVE with a note) once reviewed.
CREATE TABLE closing_item (
    submission_id BIGINT       NOT NULL REFERENCES closing_submission (id),
    item          VARCHAR(40)  NOT NULL,
    required      BOOLEAN      NOT NULL,
    present       BOOLEAN      NOT NULL,
    verdict       VARCHAR(20),
    note          VARCHAR(500),
    CONSTRAINT pk_closing_item PRIMARY KEY (submission_id, item),
    CONSTRAINT ck_closing_item_verdict CHECK (verdict IS NULL OR verdict IN ('ACCEPTED', 'MISSING', 'DEFECTIVE'))
);

-- Files of the case file (PDF, PNG, JPEG, recognised by content). The bytes are in content when
-- storage = 'DATABASE', or in a file named after the id in the folder given by the system property
-- legalaid.documents.dir when storage = 'FOLDER'. A refused file leaves no row.
CREATE SEQUENCE case_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_document (
    id            BIGINT        NOT NULL PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES legal_case (id),
    unit_id       BIGINT        NOT NULL REFERENCES org_unit (id),
    item          VARCHAR(40)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    document_type VARCHAR(10)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage       VARCHAR(10)   NOT NULL,
    content       BYTEA,
    uploaded_by   VARCHAR(32)   NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_case_document_type CHECK (document_type IN ('PDF', 'PNG', 'JPEG')),
    CONSTRAINT ck_case_document_storage CHECK (storage IN ('DATABASE', 'FOLDER')),
    CONSTRAINT ck_case_document_size CHECK (size_bytes > 0)
);
CREATE INDEX ix_case_document_case ON case_document (case_id, item);
