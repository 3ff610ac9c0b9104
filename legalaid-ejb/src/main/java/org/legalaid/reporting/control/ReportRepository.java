package org.legalaid.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.reporting.Period;
import org.legalaid.reporting.ReportKind;
import org.legalaid.reporting.SubmittedReport;
import org.legalaid.reporting.Target;
import org.legalaid.reporting.TargetMeasure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Storage of submitted report versions and targets. */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /** Stores a version and writes it now, so that a second version of the same number meets the unique key here. */
    public SubmittedReport add(SubmittedReport r) {
        em.persist(r);
        em.flush();
        return r;
    }

    /** Every version of a unit's report of a period, the latest first. */
    public List<SubmittedReport> findVersions(long unitId, ReportKind kind, Period period) {
        return em.createQuery("select r from SubmittedReport r where r.unitId = :unit and r.kind = :kind"
                        + " and r.periodStart = :start order by r.reportVersion desc", SubmittedReport.class)
                .setParameter("unit", unitId).setParameter("kind", kind).setParameter("start", period.start()).getResultList();
    }

    public Optional<SubmittedReport> findLatest(long unitId, ReportKind kind, Period period) {
        return findVersions(unitId, kind, period).stream().findFirst();
    }

    public Optional<SubmittedReport> find(long id) {
        return Optional.ofNullable(em.find(SubmittedReport.class, id));
    }

    /** The latest version of each of these units' reports of a period, by unit. */
    public Map<Long, SubmittedReport> findLatestOf(Collection<Long> unitIds, ReportKind kind, Period period) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from SubmittedReport r where r.unitId in :units and r.kind = :kind"
                        + " and r.periodStart = :start and r.reportVersion = (select max(o.reportVersion) from SubmittedReport o"
                        + " where o.unitId = r.unitId and o.kind = r.kind and o.periodStart = r.periodStart)", SubmittedReport.class)
                .setParameter("units", unitIds).setParameter("kind", kind).setParameter("start", period.start()).getResultList()
                .stream().collect(Collectors.toMap(SubmittedReport::getUnitId, Function.identity()));
    }

    public Target addTarget(Target t) {
        em.persist(t);
        em.flush();
        return t;
    }

    public Optional<Target> findTarget(long unitId, int year, TargetMeasure measure) {
        return em.createQuery("select t from Target t where t.unitId = :unit and t.year = :year and t.measure = :measure", Target.class)
                .setParameter("unit", unitId).setParameter("year", year).setParameter("measure", measure)
                .getResultStream().findFirst();
    }

    public List<Target> findTargets(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Target t where t.unitId in :units and t.year = :year order by t.unitId, t.measure",
                Target.class).setParameter("units", unitIds).setParameter("year", year).getResultList();
    }

    public void flush() {
        em.flush();
    }
}
