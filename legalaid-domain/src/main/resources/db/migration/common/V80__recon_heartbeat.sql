-- Issue 13 (reconciliation), a run whose node died: the job writes the time into its run with every
-- committed chunk (and when an execution begins). A run that says it is running, whose execution the
-- shared job repository still holds as running, but whose heartbeat is older than
-- legalaid.recon.deadAfterSeconds and which no job of the asking node runs, is taken for the run of a
-- node that went down and is offered for restart from its last checkpoint (README "Reconciliation").
ALTER TABLE recon_run ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
