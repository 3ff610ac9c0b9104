package org.legalaid.reporting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import org.legalaid.reporting.Period;
import org.legalaid.reporting.Publication;
import org.legalaid.reporting.SmallCounts;
import org.legalaid.reporting.control.PublicationRepository;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditEvent;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Roles;
import org.legalaid.shared.control.Actors;
import org.legalaid.shared.control.CurrentTime;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Public disclosure 援务公开 (LAL art. 58; issue 17): nothing is public until the bureau's supervisor
 * publishes a period; publishing freezes the figures of the supervisor's unit and everything under
 * it for that period ({@link Publication}), once. Anyone — without signing in — reads what has been
 * published, with small counts suppressed ({@link #smallCounts()}).
 */
@Stateless
@RolesAllowed(Roles.BUREAU_SUPERVISOR)
public class DisclosureService {

    static final String PUBLICATION = "Publication";
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    private PublicationRepository publications;

    @Inject
    private StatisticsService statistics;

    @Inject
    private Actors actors;

    @Inject
    private CurrentTime time;

    @Inject
    private Event<AuditEvent> audit;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    /**
     * Publishes the figures of the supervisor's unit and its subtree for an ended period.
     *
     * @throws BusinessException {@code reporting.publication.exists} when the period was published
     *                           (or is being published at this moment); {@code reporting.report.notEnded}
     */
    public Publication publish(@NotNull Period period) {
        long unit = actors.current().orElseThrow(() -> new IllegalStateException("no account acts in this call")).unitId();
        if (!time.today().isAfter(period.end())) {
            throw new BusinessException("reporting.report.notEnded", period.chineseName());
        }
        if (publications.find(unit, period).isPresent()) {
            throw new BusinessException("reporting.publication.exists", period.chineseName());
        }
        Publication p = new Publication(unit, period, statistics.figures(unit, period), actors.username(), time.now());
        try {
            publications.add(p);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new BusinessException("reporting.publication.exists", period.chineseName());
            }
            throw e;
        }
        audit.fire(AuditEvent.of(AuditAction.CREATE, PUBLICATION, p.getId(), "published " + period.code() + " of unit " + unit
                + ": " + p.figures()));
        return p;
    }

    /** Whether the caller publishes periods (the bureau's supervisor); the page offers the act only then. */
    @PermitAll
    public boolean mayPublish() {
        return context.isCallerInRole(Roles.BUREAU_SUPERVISOR);
    }

    /** Everything published, the latest period first. Open to everyone: it is public. */
    @PermitAll
    public List<Publication> findPublished() {
        return publications.findAll();
    }

    /** The latest published period, if any. Open to everyone. */
    @PermitAll
    public Optional<Publication> findLatest() {
        return publications.findAll().stream().findFirst();
    }

    /** The small-count rule for what leaves the system (the system property {@code legalaid.reporting.smallCountThreshold}, default 5). */
    @PermitAll
    public SmallCounts smallCounts() {
        return new SmallCounts(Integer.getInteger("legalaid.reporting.smallCountThreshold", SmallCounts.DEFAULT_THRESHOLD));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
