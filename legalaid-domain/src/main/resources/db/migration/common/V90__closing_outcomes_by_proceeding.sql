-- The outcomes of a closing submission follow the case's proceeding (issue 18; cases context):
-- a labour arbitration ends by an award of the tribunal (AWARD, 仲裁裁决), a non-litigation matter
-- may end when the service is done without an agreement (CONCLUDED, 事务办结). The checklist items
-- of the arbitration (ARBITRATION_RECORD, ARBITRAL_DOCUMENT) and the agreement (AGREEMENT) need no
-- change: closing_item.item has no list of values.
ALTER TABLE closing_submission DROP CONSTRAINT ck_closing_submission_outcome;
ALTER TABLE closing_submission ADD CONSTRAINT ck_closing_submission_outcome
    CHECK (outcome IN ('JUDGMENT', 'RULING', 'MEDIATION', 'WITHDRAWN', 'SETTLED', 'TERMINATED', 'AWARD', 'CONCLUDED'));
