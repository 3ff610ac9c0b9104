package org.legalaid.organisation.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.DocumentNumberSeries;
import org.legalaid.shared.Roles;

/**
 * Opens the series of a unit, kind and year when its first number is asked for, in a short
 * transaction of its own. Two first callers may race: both insert, the unique key
 * (unit, kind, year) lets one through and the other's insert fails — that transaction is
 * rolled back quietly and its caller then locks the winner's row like any later caller. Doing
 * this inside the callers' own transactions would not work on PostgreSQL, where a failed
 * statement aborts the whole transaction. An opened series holds no number yet, so it does not
 * matter that it stays when the caller's transaction later rolls back.
 */
@Stateless
@RolesAllowed({Roles.APPROVER, Roles.BUREAU_SUPERVISOR, Roles.ASSIGNMENT_OFFICER, Roles.CASE_SUPERVISOR, Roles.COMPLAINT_HANDLER})
public class SeriesOpener {

    @Inject
    private DocumentNumberSeriesRepository series;

    @Resource
    private SessionContext context;

    /** Makes sure the series exists, with {@code prefix} if this call creates it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(long unitId, DocumentKind kind, int year, String prefix) {
        if (series.find(unitId, kind, year).isPresent()) {
            return;
        }
        try {
            series.add(new DocumentNumberSeries(unitId, kind, year, prefix));
        } catch (PersistenceException concurrentlyOpened) {
            // The other caller's series stands; ours is rolled back without an error.
            context.setRollbackOnly();
        }
    }
}
