package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.lawyers.DutyStation;
import org.legalaid.lawyers.Lawyer;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.RosterShift;
import org.legalaid.shared.LikePatterns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage of duty stations and their half-day shifts; station queries are limited to unit ids. */
@ApplicationScoped
public class RosterRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    /** Flushes pending inserts so that the unique key on lawyer, date and half day answers here. */
    public void flush() {
        em.flush();
    }

    public void remove(RosterShift shift) {
        em.remove(shift);
    }

    public Optional<DutyStation> findStationInUnits(long id, List<Long> unitIds) {
        return Optional.ofNullable(em.find(DutyStation.class, id)).filter(s -> unitIds.contains(s.getUnitId()));
    }

    public List<DutyStation> findStations(List<Long> unitIds, boolean includeInactive) {
        return em.createQuery("select s from DutyStation s where s.unitId in :u"
                        + (includeInactive ? "" : " and s.active = true") + " order by s.unitId, s.name", DutyStation.class)
                .setParameter("u", nonEmpty(unitIds)).getResultList();
    }

    public boolean stationNameTaken(long unitId, String name, Long exceptId) {
        return !em.createQuery("select s.id from DutyStation s where s.unitId = :u and s.name = :n and s.id <> :x", Long.class)
                .setParameter("u", unitId).setParameter("n", name)
                .setParameter("x", exceptId == null ? -1L : exceptId).getResultList().isEmpty();
    }

    public Optional<Lawyer> findLawyer(long id) {
        return Optional.ofNullable(em.find(Lawyer.class, id));
    }

    /** The lawyer's shifts on a day, at any station. */
    public List<RosterShift> findShiftsOf(long lawyerId, LocalDate date) {
        return em.createQuery("select s from RosterShift s where s.lawyerId = :l and s.date = :d", RosterShift.class)
                .setParameter("l", lawyerId).setParameter("d", date).getResultList();
    }

    public Optional<RosterShift> findShift(long id) {
        return Optional.ofNullable(em.find(RosterShift.class, id));
    }

    /**
     * Shifts from {@code from} to {@code to} (inclusive) at the given stations, with the lawyer's
     * name: rows of [shift, lawyer name].
     */
    public List<Object[]> findShifts(List<Long> stationIds, LocalDate from, LocalDate to) {
        if (stationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s, l.name from RosterShift s, Lawyer l where l.id = s.lawyerId"
                        + " and s.stationId in :st and s.date between :a and :b order by s.date, s.halfDay, l.name", Object[].class)
                .setParameter("st", stationIds).setParameter("a", from).setParameter("b", to).getResultList();
    }

    /** Active lawyers whose name contains {@code text}: rows of [id, name, firm name]. */
    public List<Object[]> findActiveLawyers(String text, int max) {
        return em.createQuery("select l.id, l.name, f.name from Lawyer l, LawFirm f where f.id = l.firmId and l.status = :s"
                        + " and l.name like :t escape '\\' order by l.name, l.id", Object[].class)
                .setParameter("s", LawyerStatus.ACTIVE)
                .setParameter("t", text == null ? "%" : LikePatterns.containing(text))
                .setMaxResults(max).getResultList();
    }

    private static List<Long> nonEmpty(List<Long> unitIds) {
        return unitIds.isEmpty() ? List.of(-1L) : unitIds;
    }
}
