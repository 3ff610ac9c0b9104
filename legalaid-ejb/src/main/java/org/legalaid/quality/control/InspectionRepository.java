package org.legalaid.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.quality.FindingType;
import org.legalaid.quality.InspectedCentre;
import org.legalaid.quality.InspectionPhase;
import org.legalaid.quality.InspectionWaiting;
import org.legalaid.quality.Inspection;
import org.legalaid.quality.Scorecard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The institution inspections' tables (db/tables/quality.txt, V51). */
@ApplicationScoped
public class InspectionRepository {

    /** The automatic check's findings that make a file incomplete (missing or defective items, no meeting record). */
    static final Set<FindingType> INCOMPLETE = Set.of(FindingType.MISSING_ITEM, FindingType.DEFECTIVE_ITEM,
            FindingType.MEETING_RECORD_MISSING);

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public List<Scorecard> findScorecards() {
        return em.createQuery("select s from Scorecard s order by s.standard, s.scorecardVersion desc", Scorecard.class)
                .getResultList();
    }

    public Optional<Scorecard> findScorecard(long id) {
        return Optional.ofNullable(em.find(Scorecard.class, id));
    }

    public int maxScorecardVersion(String standard) {
        Integer v = em.createQuery("select max(s.scorecardVersion) from Scorecard s where s.standard = :s", Integer.class)
                .setParameter("s", standard).getSingleResult();
        return v == null ? 0 : v;
    }

    public void addScorecard(Scorecard s) {
        em.persist(s);
        em.flush();
    }

    public void addInspection(Inspection i) {
        em.persist(i);
        em.flush();
    }

    public void addCentre(InspectedCentre c) {
        em.persist(c);
    }

    public Optional<Inspection> findInspection(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id));
    }

    public Optional<Inspection> lockInspection(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Inspection> findInspections(Collection<Long> ownerUnits) {
        if (ownerUnits.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Inspection i where i.ownerUnitId in :u order by i.createdAt desc", Inspection.class)
                .setParameter("u", ownerUnits).getResultList();
    }

    /** The inspections in which one of the units is inspected (what a centre's director and inspectors see). */
    public List<Inspection> findInspectionsOf(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct i from Inspection i, InspectedCentre c where c.inspectionId = i.id "
                + "and c.unitId in :u order by i.createdAt desc", Inspection.class).setParameter("u", units).getResultList();
    }

    public List<InspectedCentre> findCentres(long inspectionId) {
        return em.createQuery("select c from InspectedCentre c where c.inspectionId = :i order by c.group, c.unitId",
                InspectedCentre.class).setParameter("i", inspectionId).getResultList();
    }

    public Optional<InspectedCentre> findCentre(long id) {
        return Optional.ofNullable(em.find(InspectedCentre.class, id));
    }

    public Optional<InspectedCentre> lockCentre(long id) {
        return Optional.ofNullable(em.find(InspectedCentre.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Of the cases the units archived in [from, to] (quality's own read model, filled through the cases boundary
     * at archiving), how many and how many complete — no missing or defective item, a meeting record.
     */
    public long[] countFiles(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return new long[] {0, 0};
        }
        long all = em.createQuery("select count(a) from ArchivedCase a where a.unitId in :u and a.archivedOn between :f and :t",
                Long.class).setParameter("u", units).setParameter("f", from).setParameter("t", to).getSingleResult();
        long incomplete = em.createQuery("select count(distinct a.caseId) from ArchivedCase a join a.findings f "
                        + "where a.unitId in :u and a.archivedOn between :f and :t and f.type in :types", Long.class)
                .setParameter("u", units).setParameter("f", from).setParameter("t", to).setParameter("types", INCOMPLETE)
                .getSingleResult();
        return new long[] {all, all - incomplete};
    }

    // ---- what waits (the workbench card) ---------------------------------------------------------------

    /**
     * Who the figures are for: the inspections owned by {@code ownerUnits} (the bureau's supervisor), or the
     * centre of {@code ownUnit} — its own self-report and rectification, and the centres its group scores.
     */
    public record WorkScope(Collection<Long> ownerUnits, Long ownUnit) {
    }

    /** How many centres wait so (one query; the same condition as {@link #findWaiting}). */
    public long countWaiting(InspectionWaiting w, WorkScope scope) {
        if (scope.ownerUnits().isEmpty() && scope.ownUnit() == null) {
            return 0;
        }
        return waitingQuery("select count(c)", w, scope, Long.class).getSingleResult();
    }

    /** The centres that wait so, by inspection and group (the list a figure opens). */
    public List<InspectedCentre> findWaiting(InspectionWaiting w, WorkScope scope) {
        if (scope.ownerUnits().isEmpty() && scope.ownUnit() == null) {
            return List.of();
        }
        return waitingQuery("select c", w, scope, InspectedCentre.class).getResultList();
    }

    private <T> jakarta.persistence.TypedQuery<T> waitingQuery(String select, InspectionWaiting w, WorkScope scope, Class<T> type) {
        String condition = switch (w) {
            case SELF_REPORT -> "i.phase = :self and c.selfReport is null";
            case SCORE -> "i.phase = :cross and c.total is null";
            case RECTIFICATION -> "c.rectifyUntil is not null and c.rectificationOutcome is null";
        };
        String who;
        if (scope.ownUnit() == null) {
            who = "i.ownerUnitId in :owners";
        } else if (w == InspectionWaiting.SCORE) {
            who = "exists (select o from InspectedCentre o where o.inspectionId = c.inspectionId and o.unitId = :own "
                    + "and o.group = c.inspectedBy)";
        } else {
            who = "c.unitId = :own";
        }
        String order = select.startsWith("select count") ? "" : " order by i.createdAt desc, c.group, c.unitId";
        jakarta.persistence.TypedQuery<T> q = em.createQuery(select + " from InspectedCentre c, Inspection i where i.id = c.inspectionId"
                + " and " + condition + " and " + who + order, type);
        if (w == InspectionWaiting.SELF_REPORT) {
            q.setParameter("self", InspectionPhase.SELF_INSPECTION);
        } else if (w == InspectionWaiting.SCORE) {
            q.setParameter("cross", InspectionPhase.CROSS_INSPECTION);
        }
        if (scope.ownUnit() == null) {
            q.setParameter("owners", scope.ownerUnits());
        } else {
            q.setParameter("own", scope.ownUnit());
        }
        return q;
    }
}
