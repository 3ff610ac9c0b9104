-- Institution inspections (quality context, issue 16; seeds 000 and 002; ../shared/DOMAIN.md "Quality supervision").

-- Scorecards as versioned data: a version is never changed; an inspection keeps the version it was opened on.
CREATE SEQUENCE quality_scorecard_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE quality_scorecard (
    id                BIGINT       NOT NULL PRIMARY KEY,
    standard          VARCHAR(20)  NOT NULL,
    scorecard_version INTEGER      NOT NULL,
    title             VARCHAR(100) NOT NULL,
    compliance_from   NUMERIC(6,1) NOT NULL,
    created_by        VARCHAR(32)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_quality_scorecard_version UNIQUE (standard, scorecard_version),
    CONSTRAINT ck_quality_scorecard_threshold CHECK (compliance_from > 0)
);

CREATE TABLE quality_scorecard_item (
    scorecard_id BIGINT       NOT NULL REFERENCES quality_scorecard (id),
    position     INTEGER      NOT NULL,
    code         VARCHAR(20)  NOT NULL,
    category     VARCHAR(60)  NOT NULL,
    text         VARCHAR(200) NOT NULL,
    max_score    NUMERIC(6,1) NOT NULL,
    data_figure  VARCHAR(30),
    CONSTRAINT pk_quality_scorecard_item PRIMARY KEY (scorecard_id, position),
    CONSTRAINT uq_quality_scorecard_item_code UNIQUE (scorecard_id, code),
    CONSTRAINT ck_quality_scorecard_item_max CHECK (max_score > 0)
);

-- An inspection campaign in phases (seed 000 三: 学习发动, 自查自纠, 集中检查/互查, 总结验收和表彰).
CREATE SEQUENCE quality_inspection_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE quality_inspection (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    name              VARCHAR(100) NOT NULL,
    scorecard_id      BIGINT       NOT NULL REFERENCES quality_scorecard (id),
    owner_unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    phase             VARCHAR(20)  NOT NULL,
    period_from       DATE         NOT NULL,
    period_to         DATE         NOT NULL,
    mobilise_until    DATE         NOT NULL,
    self_until        DATE         NOT NULL,
    cross_until       DATE         NOT NULL,
    acceptance_until  DATE         NOT NULL,
    target_rate       NUMERIC(5,2) NOT NULL,
    group_count       INTEGER      NOT NULL,
    created_by        VARCHAR(32)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_quality_inspection_phase CHECK (phase IN ('MOBILISE', 'SELF_INSPECTION', 'CROSS_INSPECTION', 'ACCEPTANCE', 'CLOSED')),
    CONSTRAINT ck_quality_inspection_dates CHECK (period_to >= period_from AND self_until >= mobilise_until
        AND cross_until >= self_until AND acceptance_until >= cross_until),
    CONSTRAINT ck_quality_inspection_target CHECK (target_rate > 0 AND target_rate <= 100),
    CONSTRAINT ck_quality_inspection_groups CHECK (group_count >= 2)
);

-- The people commended at acceptance (seed 000 第四阶段 "表彰和宣传一批先进的单位和个人").
CREATE TABLE quality_inspection_person (
    inspection_id BIGINT       NOT NULL REFERENCES quality_inspection (id),
    position      INTEGER      NOT NULL,
    name          VARCHAR(60)  NOT NULL,
    unit_id       BIGINT       NOT NULL REFERENCES org_unit (id),
    unit_name     VARCHAR(100) NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    CONSTRAINT pk_quality_inspection_person PRIMARY KEY (inspection_id, position)
);

-- Each centre inspected: its group, the group that inspects it (never its own), the self-report, the score.
CREATE SEQUENCE quality_inspection_centre_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE quality_inspection_centre (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    inspection_id         BIGINT        NOT NULL REFERENCES quality_inspection (id),
    unit_id               BIGINT        NOT NULL REFERENCES org_unit (id),
    -- the centre's name when the inspection was opened (the inspecting group sees it, outside its own scope)
    unit_name             VARCHAR(100)  NOT NULL,
    group_no              INTEGER       NOT NULL,
    inspected_by_group    INTEGER       NOT NULL,
    self_report           VARCHAR(4000),
    self_reported_by      VARCHAR(32),
    self_reported_at      TIMESTAMP WITH TIME ZONE,
    -- the figures from the data, taken when cross-inspection starts (counted, met)
    figures_taken_at      TIMESTAMP WITH TIME ZONE,
    decided_counted       INTEGER,
    decided_met           INTEGER,
    assigned_counted      INTEGER,
    assigned_met          INTEGER,
    files_counted         INTEGER,
    files_met             INTEGER,
    total                 NUMERIC(6,1),
    scored_by             VARCHAR(32),
    scored_at             TIMESTAMP WITH TIME ZONE,
    rectify_until         DATE,
    rectification_outcome VARCHAR(1000),
    rectification_by      VARCHAR(32),
    commendation          VARCHAR(500),
    CONSTRAINT uq_quality_inspection_centre UNIQUE (inspection_id, unit_id),
    -- no centre inspects itself: its group is never the group that inspects it
    CONSTRAINT ck_quality_inspection_cross CHECK (group_no <> inspected_by_group)
);

CREATE TABLE quality_inspection_score (
    centre_id  BIGINT        NOT NULL REFERENCES quality_inspection_centre (id),
    position   INTEGER       NOT NULL,
    item_code  VARCHAR(20)   NOT NULL,
    score      NUMERIC(6,1)  NOT NULL,
    reason     VARCHAR(500),
    from_data  BOOLEAN       NOT NULL,
    CONSTRAINT pk_quality_inspection_score PRIMARY KEY (centre_id, position),
    CONSTRAINT ck_quality_inspection_score CHECK (score >= 0)
);

-- Seed 000: 6 categories × 20 points = 120 (the categories from its "检查活动的主要内容"); seed 002: the four-part
-- service standard (咨询接待、受理审查、指派监督、质量保证) with scored sub-items. The seeds give neither the sub-items'
-- points nor a threshold: the points and the thresholds (96 of 120, 85 of 100) are demonstration figures that the
-- bureau replaces with a new version.
INSERT INTO quality_scorecard (id, standard, scorecard_version, title, compliance_from, created_by, created_at)
VALUES (1, 'SEED000', 1, '法律援助规范与质量检查评分表', 96.0, 'system', CURRENT_TIMESTAMP);
INSERT INTO quality_scorecard_item (scorecard_id, position, code, category, text, max_score, data_figure) VALUES
(1, 0, 'I1', '法规执行', '执行《法律援助法》及配套规定，受理审查依法规范', 20.0, NULL),
(1, 1, 'I2', '经费保障与管理', '经费落实到位，无截留、挪用，无随意增加办案补贴', 20.0, NULL),
(1, 2, 'I3', '职业道德与执业纪律', '无有偿办案，遵守职业道德和执业纪律', 20.0, NULL),
(1, 3, 'I4a', '服务质量', '申请在7日内作出决定', 7.0, 'DECIDED_IN_7_DAYS'),
(1, 4, 'I4b', '服务质量', '决定给予援助后3日内指派', 7.0, 'ASSIGNED_IN_3_DAYS'),
(1, 5, 'I4c', '服务质量', '归档案卷材料齐全', 6.0, 'FILES_COMPLETE'),
(1, 6, 'I5', '机构与队伍建设', '机构、编制、人员到位，业务培训落实', 20.0, NULL),
(1, 7, 'I6', '制度建设与内部管理', '各项制度健全并真正得到落实', 20.0, NULL);
INSERT INTO quality_scorecard (id, standard, scorecard_version, title, compliance_from, created_by, created_at)
VALUES (2, 'SEED002', 1, '法律援助机构规范服务达标标准及考核细则', 85.0, 'system', CURRENT_TIMESTAMP);
INSERT INTO quality_scorecard_item (scorecard_id, position, code, category, text, max_score, data_figure) VALUES
(2, 0, 'S1a', '咨询接待', '接待周到：窗口环境、用语和举止规范', 15.0, NULL),
(2, 1, 'S1b', '咨询接待', '有问必答：咨询登记完整，疑难问题认真分析', 10.0, NULL),
(2, 2, 'S2a', '受理审查', '依法受理：申请在7日内作出决定', 15.0, 'DECIDED_IN_7_DAYS'),
(2, 3, 'S2b', '受理审查', '规范操作：审查材料、告知和文书规范', 10.0, NULL),
(2, 4, 'S3a', '指派监督', '及时指派：决定给予援助后3日内指派', 15.0, 'ASSIGNED_IN_3_DAYS'),
(2, 5, 'S3b', '指派监督', '督促检查：办案过程跟踪监督', 10.0, NULL),
(2, 6, 'S4a', '质量保证', '加强管理：归档案卷材料齐全', 15.0, 'FILES_COMPLETE'),
(2, 7, 'S4b', '质量保证', '接受监督：公开服务标准，回访受援人，处理投诉', 10.0, NULL);
