package org.legalaid.shared.control;

import org.legalaid.shared.SharedKernel;

import java.util.Optional;

/**
 * Who is acting in the current call: the user name and unit of the signed-in account, for the
 * audit trail and the timelines. The organisation context owns the accounts and implements this;
 * other contexts depend on this interface of the shared kernel, not on organisation's controls.
 *
 * <p>It is a plain CDI call inside the caller's own EJB call: asking it costs no EJB invocation
 * (security, transaction and interceptor chain), which {@code OrganisationService.findCaller}
 * does — a transaction asked for its actor at every audit event.
 */
@SharedKernel
public interface Actors {

    /** The acting account, or empty for an anonymous call or a principal without an account. */
    Optional<Actor> current();

    /**
     * The acting account's user name, for the "…_by" of what a boundary records.
     *
     * @throws IllegalStateException in a call without an account (a boundary that records who acted
     *                               is never open to such a call)
     */
    default String username() {
        return current().map(Actor::username).orElseThrow(() -> new IllegalStateException("no account acts in this call"));
    }

    /**
     * An acting account.
     *
     * @param username its user name (the principal's name)
     * @param unitId   the unit it belongs to
     */
    record Actor(String username, long unitId) {
    }
}
