-- Terminations of legal aid (终止法律援助, LAL art. 48; cases context, issue 5): proposed with a
-- statutory ground and written reasons by the case supervisor or the assignment officer, approved
-- or rejected by the director (never the proposer: the CHECK below refuses it whatever the
-- application does), numbered in the centre's series of 终止法律援助决定书; the criminal organ told
-- within 3 days; the client's objection to the justice bureau (art. 49); for aid obtained by deceit
-- the costs of aid to recover and a fine of up to 3,000 yuan (art. 64).

CREATE SEQUENCE case_termination_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE case_termination (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL DEFAULT 0,
    case_id                   BIGINT        NOT NULL REFERENCES legal_case (id),
    unit_id                   BIGINT        NOT NULL REFERENCES org_unit (id),
    ground                    VARCHAR(40)   NOT NULL,
    reasons                   VARCHAR(1000) NOT NULL,
    proposed_by               VARCHAR(32)   NOT NULL,
    proposed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    state                     VARCHAR(20)   NOT NULL,
    decided_by                VARCHAR(32),
    decided_at                TIMESTAMP WITH TIME ZONE,
    decided_on                DATE,
    rejection_reasons         VARCHAR(1000),
    document_number           VARCHAR(60),
    ended_assignment_id       BIGINT,
    organ_notified_on         DATE,
    organ_notice              VARCHAR(20),
    organ_notified_by         VARCHAR(32),
    objection_grounds         VARCHAR(1000),
    objection_received_on     DATE,
    objection_received_by     VARCHAR(32),
    objection_revoked         BOOLEAN,
    objection_reasons         VARCHAR(1000),
    objection_decided_by      VARCHAR(32),
    objection_decided_at      TIMESTAMP WITH TIME ZONE,
    objection_decision_number VARCHAR(60),
    recovery_amount           NUMERIC(12, 2),
    recovery_set_by           VARCHAR(32),
    recovery_set_at           TIMESTAMP WITH TIME ZONE,
    fine_amount               NUMERIC(7, 2),
    fine_decided_by           VARCHAR(32),
    fine_decided_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_case_termination_ground CHECK (ground IN ('DECEIT', 'CONCEALMENT_OR_FALSE_EVIDENCE', 'UNLAWFUL_USE',
        'MEANS_CHANGED', 'PROCEEDINGS_ENDED', 'OWN_LAWYER', 'CLIENT_REQUEST', 'OTHER_LAWFUL_GROUND')),
    CONSTRAINT ck_case_termination_state CHECK (state IN ('PROPOSED', 'APPROVED', 'REJECTED', 'REVOKED')),
    -- four eyes: the director who decides is never the one who proposed
    CONSTRAINT ck_case_termination_four_eyes CHECK (decided_by IS NULL OR decided_by <> proposed_by),
    CONSTRAINT ck_case_termination_decided CHECK (state = 'PROPOSED' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT ck_case_termination_approved CHECK (state NOT IN ('APPROVED', 'REVOKED')
                                                   OR (decided_on IS NOT NULL AND document_number IS NOT NULL)),
    CONSTRAINT uq_case_termination_number UNIQUE (document_number),
    -- LAL art. 64: only aid obtained by deceit is recovered and fined; the fine is at most 3,000 yuan
    CONSTRAINT ck_case_termination_recovery CHECK (recovery_amount IS NULL OR (ground = 'DECEIT' AND recovery_amount > 0)),
    CONSTRAINT ck_case_termination_fine CHECK (fine_amount IS NULL
                                               OR (ground = 'DECEIT' AND fine_amount > 0 AND fine_amount <= 3000.00))
);

CREATE INDEX ix_case_termination_case ON case_termination (case_id);
CREATE INDEX ix_case_termination_unit_state ON case_termination (unit_id, state);
