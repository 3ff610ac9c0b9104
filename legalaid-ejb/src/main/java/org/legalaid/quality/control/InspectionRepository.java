package org.legalaid.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.quality.FindingType;
import org.legalaid.quality.InspectedCentre;
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

}
