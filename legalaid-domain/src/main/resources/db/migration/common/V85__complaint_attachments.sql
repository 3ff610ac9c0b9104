-- Issue 15 (MoJ order 149 art. 16–17, 25): files attached to investigation records, kept by the
-- shared document store like a case's documents (content here, or a file in
-- legalaid.documents.dir/complaints/<id>.bin), part of the one file per complaint.
CREATE SEQUENCE complaint_attachment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE complaint_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    complaint_id  BIGINT        NOT NULL REFERENCES complaint (id),
    record_id     BIGINT        NOT NULL REFERENCES complaint_record (id),
    file_name     VARCHAR(200)  NOT NULL,
    document_type VARCHAR(10)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage       VARCHAR(10)   NOT NULL,
    content       BYTEA,
    uploaded_by   VARCHAR(32)   NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT ck_complaint_attachment_type CHECK (document_type IN ('PDF', 'PNG', 'JPEG')),
    CONSTRAINT ck_complaint_attachment_storage CHECK (storage IN ('DATABASE', 'FOLDER')),
    CONSTRAINT ck_complaint_attachment_size CHECK (size_bytes > 0)
);
CREATE INDEX ix_complaint_attachment ON complaint_attachment (complaint_id, record_id);

-- An online complaint names its respondent in the complainant's words; at acceptance the handler
-- links the respondent from the registries and the words are kept here beside it.
ALTER TABLE complaint ADD COLUMN respondent_words VARCHAR(50);
