package org.legalaid.audit.control;

import jakarta.transaction.TransactionScoped;
import org.legalaid.shared.AuditEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit events of one transaction that wait to be appended when its outermost EJB call
 * returns ({@link AppendAuditLast}); {@code depth} counts the nested EJB calls in progress.
 */
@TransactionScoped
public class PendingAudit implements Serializable {

    private static final long serialVersionUID = 1L;

    private int depth;
    private final List<AuditEvent> events = new ArrayList<>();

    void enter() {
        depth++;
    }

    /** @return the depth left: 0 when the outermost call returns */
    int exit() {
        return --depth;
    }

    boolean deferring() {
        return depth > 0;
    }

    void add(AuditEvent e) {
        events.add(e);
    }

    List<AuditEvent> drain() {
        List<AuditEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }
}
