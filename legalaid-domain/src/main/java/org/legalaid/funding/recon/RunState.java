package org.legalaid.funding.recon;

/** A reconciliation run: its job starting, running, done, failed or stopped (the last two may be restarted). */
public enum RunState {
    STARTING, RUNNING, COMPLETED, FAILED, STOPPED;

    /** Whether the run may be restarted. */
    public boolean isRestartable() {
        return this == FAILED || this == STOPPED;
    }

    public boolean isFinished() {
        return this == COMPLETED;
    }

    public String labelKey() {
        return "runState." + name();
    }
}
