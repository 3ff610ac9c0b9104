package org.legalaid.funding.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reconciliation job executions this server (node) is running now, as the job's listener reports
 * them: added when an execution begins, removed when it ends however it ends. What a node holds here
 * dies with it, which is the point: a run whose execution the shared job repository still calls running
 * is the run of a dead node only if no node has it here — and the node asked can answer for itself
 * (README "Reconciliation", a run whose node died).
 */
@ApplicationScoped
public class ReconExecutionsHere {

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    void began(long executionId) {
        running.add(executionId);
    }

    void ended(long executionId) {
        running.remove(executionId);
    }

    /** Whether this server runs the execution now. */
    public boolean isRunning(long executionId) {
        return running.contains(executionId);
    }
}
