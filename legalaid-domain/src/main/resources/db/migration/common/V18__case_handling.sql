-- Handling of a legal aid case (cases context, issue 5, "Handling"; docs/domain.md lifecycle 8).
--
-- case_progress: the progress entries 办案记录 — what the lawyer did (meetings 会见, file review
-- 阅卷, investigation, hearings, documents filed, the court's outcome) and what the centre's staff
-- did to supervise it (trial attendance 庭审旁听 with an assessment and a grade, opinions sought
-- from the judicial organ 征询意见, follow-up visits 回访 with the client's satisfaction, LAL
-- art. 59). Entries are never edited or deleted: a mistaken one is struck out with a reason and
-- stays visible. Each is dated between the assignment and the case's end (legal_case keeps the
-- first and latest handling date for the date logic).
--
-- case_enquiry: a client's enquiry about the progress of their case and the answer given from
-- the record (LAL art. 46).

CREATE SEQUENCE case_progress_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_progress (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    case_id         BIGINT        NOT NULL REFERENCES legal_case (id),
    unit_id         BIGINT        NOT NULL REFERENCES org_unit (id),
    kind            VARCHAR(30)   NOT NULL,
    occurred_on     DATE          NOT NULL,
    performed_by    VARCHAR(60)   NOT NULL,
    details         VARCHAR(4000) NOT NULL,
    assessment      VARCHAR(1000),
    grade           VARCHAR(20),
    organ           VARCHAR(100),
    organ_opinion   VARCHAR(2000),
    satisfaction    VARCHAR(30),
    recorded_by     VARCHAR(32)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    struck_by       VARCHAR(32),
    struck_at       TIMESTAMP WITH TIME ZONE,
    strike_reason   VARCHAR(500),
    CONSTRAINT ck_case_progress_kind CHECK (kind IN ('MEETING', 'FILE_REVIEW', 'INVESTIGATION', 'HEARING',
        'DOCUMENT_FILED', 'COURT_OUTCOME', 'TRIAL_ATTENDANCE', 'OPINION_SOUGHT', 'FOLLOW_UP_VISIT')),
    -- the fields of one kind belong to that kind only (a rating only for a follow-up visit)
    CONSTRAINT ck_case_progress_attendance CHECK ((kind = 'TRIAL_ATTENDANCE') = (assessment IS NOT NULL AND grade IS NOT NULL)
                                                  AND (kind = 'TRIAL_ATTENDANCE' OR (assessment IS NULL AND grade IS NULL))),
    CONSTRAINT ck_case_progress_opinion CHECK ((kind = 'OPINION_SOUGHT') = (organ IS NOT NULL AND organ_opinion IS NOT NULL)
                                               AND (kind = 'OPINION_SOUGHT' OR (organ IS NULL AND organ_opinion IS NULL))),
    CONSTRAINT ck_case_progress_visit CHECK ((kind = 'FOLLOW_UP_VISIT') = (satisfaction IS NOT NULL)),
    CONSTRAINT ck_case_progress_grade CHECK (grade IS NULL OR grade IN ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
    CONSTRAINT ck_case_progress_satisfaction CHECK (satisfaction IS NULL
                                                    OR satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    -- struck out once, by someone, with a reason
    CONSTRAINT ck_case_progress_struck CHECK ((struck_at IS NULL) = (struck_by IS NULL)
                                              AND (struck_at IS NULL) = (strike_reason IS NULL))
);
CREATE INDEX ix_case_progress_case ON case_progress (case_id, occurred_on);

CREATE SEQUENCE case_enquiry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_enquiry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    case_id         BIGINT        NOT NULL REFERENCES legal_case (id),
    unit_id         BIGINT        NOT NULL REFERENCES org_unit (id),
    asked_by        VARCHAR(60)   NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    question        VARCHAR(2000) NOT NULL,
    asked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    answer          VARCHAR(4000),
    answered_by     VARCHAR(32),
    answered_at     TIMESTAMP WITH TIME ZONE,
    recorded_by     VARCHAR(32)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_case_enquiry_channel CHECK (channel IN ('IN_PERSON', 'PHONE', 'ONLINE', 'LETTER')),
    CONSTRAINT ck_case_enquiry_answer CHECK ((answer IS NULL) = (answered_by IS NULL)
                                             AND (answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX ix_case_enquiry_case ON case_enquiry (case_id, asked_at);
