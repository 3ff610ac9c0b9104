package org.legalaid.audit.control;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Bound to every EJB (META-INF/ejb-jar.xml): the audit events a transaction fires are appended
 * to the chain when its outermost EJB call returns, still inside the transaction, rather than
 * the moment they are fired. The chain's head row is locked from the first append to the commit,
 * and every audited transaction in the system queues for it; appending last keeps that lock
 * about as short as the commit itself (issue 3's throughput benchmark found transactions queued
 * for their whole length). The audit rows still commit with the change or not at all, in the
 * order the events were fired.
 */
@Interceptor
public class AppendAuditLast {

    @Inject
    private PendingAudit pending;

    @Inject
    private AuditTrail trail;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object appendAtTheEnd(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return call.proceed();
        }
        pending.enter();
        boolean returned = false;
        try {
            Object result = call.proceed();
            returned = true;
            return result;
        } finally {
            if (pending.exit() == 0 && returned) {
                trail.appendAll(pending.drain());
            }
        }
    }
}
