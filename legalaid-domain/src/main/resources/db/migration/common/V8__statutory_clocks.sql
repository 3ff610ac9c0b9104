-- Statutory clocks (intake context, issue 3): the time limit of every step as data, the holiday
-- calendar, the running clock of each step of a subject with its pauses, and the daily reminders.

-- The limit each step runs on, seeded with the defaults of the law and the local rules
-- (org.legalaid.intake.ClockStep); an administrator changes them. Clocks copy the limit when
-- they start, so a change applies to clocks started afterwards.
CREATE TABLE time_limit_setting (
    step               VARCHAR(40) NOT NULL PRIMARY KEY,
    version            BIGINT      NOT NULL DEFAULT 0,
    amount             INTEGER     NOT NULL,
    limit_unit         VARCHAR(20) NOT NULL,
    moves_off_rest_day BOOLEAN     NOT NULL,
    changed_by         VARCHAR(32) NOT NULL,
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_time_limit_amount CHECK (amount BETWEEN 1 AND 365),
    CONSTRAINT ck_time_limit_unit CHECK (limit_unit IN ('CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS')),
    CONSTRAINT ck_time_limit_move CHECK (moves_off_rest_day = FALSE OR limit_unit = 'CALENDAR_DAYS')
);
INSERT INTO time_limit_setting (step, amount, limit_unit, moves_off_rest_day, changed_by, changed_at) VALUES
    ('DECIDE_APPLICATION',          7,  'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP), -- LAL art. 43
    ('SUPPLY_MATERIALS',            15, 'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP), -- local practice (LAL art. 43: 补正)
    ('ASSIGN_AFTER_GRANT',          3,  'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP), -- LAL art. 43
    ('ASSIGN_AFTER_NOTICE',         3,  'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP), -- LAL art. 36
    ('DECIDE_OBJECTION',            5,  'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP), -- LAL art. 49
    ('FORWARD_CUSTODY_APPLICATION', 24, 'HOURS',         FALSE, 'system', CURRENT_TIMESTAMP), -- LAL art. 39
    ('SIGN_AGREEMENT',              5,  'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP), -- 2023 procedure rules art. 27
    ('NOTIFY_TERMINATION',          3,  'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP), -- LAL art. 48
    ('CLOSING_SUBMISSION',          30, 'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP), -- local rules (LAL art. 50)
    ('CLOSING_REVIEW',              30, 'CALENDAR_DAYS', FALSE, 'system', CURRENT_TIMESTAMP); -- local rules

-- The holiday calendar: holidays and adjusted working weekend days (调休), one row per date.
-- EclipseLink takes the 50 ids up to each value it draws (allocationSize 50): starting at 100,
-- the first block is 51-100, clear of the seeded ids 1-39 below.
CREATE SEQUENCE calendar_day_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE calendar_day (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    calendar_date DATE        NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    name          VARCHAR(30) NOT NULL,
    created_by    VARCHAR(32) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_calendar_day_date UNIQUE (calendar_date),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'ADJUSTED_WORKING_DAY'))
);

-- 2026, from 国务院办公厅关于2026年部分节假日安排的通知 (State Council General Office, dated
-- 4 November 2025, full text published by Xinhua the same day):
-- 元旦 1-3 Jan, work Sun 4 Jan; 春节 15-23 Feb, work Sat 14 and Sat 28 Feb; 清明节 4-6 Apr;
-- 劳动节 1-5 May, work Sat 9 May; 端午节 19-21 Jun; 中秋节 25-27 Sep;
-- 国庆节 1-7 Oct, work Sun 20 Sep and Sat 10 Oct.
INSERT INTO calendar_day (id, calendar_date, kind, name, created_by, created_at) VALUES
    (1, DATE '2026-01-01', 'HOLIDAY', '元旦', 'system', CURRENT_TIMESTAMP),
    (2, DATE '2026-01-02', 'HOLIDAY', '元旦', 'system', CURRENT_TIMESTAMP),
    (3, DATE '2026-01-03', 'HOLIDAY', '元旦', 'system', CURRENT_TIMESTAMP),
    (4, DATE '2026-01-04', 'ADJUSTED_WORKING_DAY', '元旦', 'system', CURRENT_TIMESTAMP),
    (5, DATE '2026-02-14', 'ADJUSTED_WORKING_DAY', '春节', 'system', CURRENT_TIMESTAMP),
    (6, DATE '2026-02-15', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (7, DATE '2026-02-16', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (8, DATE '2026-02-17', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (9, DATE '2026-02-18', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (10, DATE '2026-02-19', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (11, DATE '2026-02-20', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (12, DATE '2026-02-21', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (13, DATE '2026-02-22', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (14, DATE '2026-02-23', 'HOLIDAY', '春节', 'system', CURRENT_TIMESTAMP),
    (15, DATE '2026-02-28', 'ADJUSTED_WORKING_DAY', '春节', 'system', CURRENT_TIMESTAMP),
    (16, DATE '2026-04-04', 'HOLIDAY', '清明节', 'system', CURRENT_TIMESTAMP),
    (17, DATE '2026-04-05', 'HOLIDAY', '清明节', 'system', CURRENT_TIMESTAMP),
    (18, DATE '2026-04-06', 'HOLIDAY', '清明节', 'system', CURRENT_TIMESTAMP),
    (19, DATE '2026-05-01', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (20, DATE '2026-05-02', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (21, DATE '2026-05-03', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (22, DATE '2026-05-04', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (23, DATE '2026-05-05', 'HOLIDAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (24, DATE '2026-05-09', 'ADJUSTED_WORKING_DAY', '劳动节', 'system', CURRENT_TIMESTAMP),
    (25, DATE '2026-06-19', 'HOLIDAY', '端午节', 'system', CURRENT_TIMESTAMP),
    (26, DATE '2026-06-20', 'HOLIDAY', '端午节', 'system', CURRENT_TIMESTAMP),
    (27, DATE '2026-06-21', 'HOLIDAY', '端午节', 'system', CURRENT_TIMESTAMP),
    (28, DATE '2026-09-20', 'ADJUSTED_WORKING_DAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (29, DATE '2026-09-25', 'HOLIDAY', '中秋节', 'system', CURRENT_TIMESTAMP),
    (30, DATE '2026-09-26', 'HOLIDAY', '中秋节', 'system', CURRENT_TIMESTAMP),
    (31, DATE '2026-09-27', 'HOLIDAY', '中秋节', 'system', CURRENT_TIMESTAMP),
    (32, DATE '2026-10-01', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (33, DATE '2026-10-02', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (34, DATE '2026-10-03', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (35, DATE '2026-10-04', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (36, DATE '2026-10-05', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (37, DATE '2026-10-06', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (38, DATE '2026-10-07', 'HOLIDAY', '国庆节', 'system', CURRENT_TIMESTAMP),
    (39, DATE '2026-10-10', 'ADJUSTED_WORKING_DAY', '国庆节', 'system', CURRENT_TIMESTAMP);

-- One running clock of one step of one subject (an application, an objection, a case ...).
-- Times are China Standard Time wall-clock times. The limit is copied at the start.
CREATE SEQUENCE clock_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE clock_item (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL DEFAULT 0,
    unit_id                  BIGINT       NOT NULL REFERENCES org_unit (id),
    subject_type             VARCHAR(40)  NOT NULL,
    subject_id               BIGINT       NOT NULL,
    subject_label            VARCHAR(100) NOT NULL,
    step                     VARCHAR(40)  NOT NULL,
    started_at               TIMESTAMP    NOT NULL,
    limit_amount             INTEGER      NOT NULL,
    limit_unit               VARCHAR(20)  NOT NULL,
    limit_moves_off_rest_day BOOLEAN      NOT NULL,
    due_at                   TIMESTAMP    NOT NULL,
    paused_since             TIMESTAMP,
    completed_at             TIMESTAMP,
    cancelled_at             TIMESTAMP,
    late                     BOOLEAN,
    -- TRUE while open, NULL once closed: NULLs never collide in a unique key (PostgreSQL and H2),
    -- so this allows one open item per subject and step and any number of closed ones.
    open_flag                BOOLEAN,
    CONSTRAINT uq_clock_item_open UNIQUE (subject_type, subject_id, step, open_flag),
    CONSTRAINT ck_clock_item_open_flag CHECK (open_flag IS NULL OR open_flag = TRUE),
    CONSTRAINT ck_clock_item_open CHECK ((open_flag IS NULL) = (completed_at IS NOT NULL OR cancelled_at IS NOT NULL)),
    CONSTRAINT ck_clock_item_closed_once CHECK (completed_at IS NULL OR cancelled_at IS NULL),
    CONSTRAINT ck_clock_item_due CHECK (due_at > started_at),
    CONSTRAINT ck_clock_item_amount CHECK (limit_amount >= 1)
);
-- The deadline list and the dashboard: open items of some units by due date.
CREATE INDEX ix_clock_item_unit_due ON clock_item (unit_id, open_flag, due_at);
CREATE INDEX ix_clock_item_subject ON clock_item (subject_type, subject_id);

-- The finished pauses of an item; its due date is recomputed from them.
CREATE TABLE clock_pause (
    clock_item_id BIGINT    NOT NULL REFERENCES clock_item (id),
    paused_from   TIMESTAMP NOT NULL,
    paused_until  TIMESTAMP NOT NULL,
    CONSTRAINT ck_clock_pause_order CHECK (paused_until >= paused_from)
);
CREATE INDEX ix_clock_pause_item ON clock_pause (clock_item_id);

-- The daily reminder run: an item overdue or due soon is recorded once a day.
CREATE SEQUENCE clock_reminder_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE clock_reminder (
    id            BIGINT      NOT NULL PRIMARY KEY,
    clock_item_id BIGINT      NOT NULL REFERENCES clock_item (id),
    reminded_on   DATE        NOT NULL,
    status        VARCHAR(10) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_clock_reminder_item_day UNIQUE (clock_item_id, reminded_on),
    CONSTRAINT ck_clock_reminder_status CHECK (status IN ('OVERDUE', 'DUE_SOON'))
);
