package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.legalaid.intake.Applicant;
import org.legalaid.shared.LikePatterns;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Storage of applicants; every query is limited to a set of unit ids (the caller's scope). */
@ApplicationScoped
public class ApplicantRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public Applicant add(Applicant a) {
        em.persist(a);
        return a;
    }

    public Optional<Applicant> findInUnits(long id, List<Long> unitIds) {
        return Optional.ofNullable(em.find(Applicant.class, id)).filter(a -> unitIds.contains(a.getUnitId()));
    }

    /** The person's record in one unit, if registered there. */
    public Optional<Applicant> findByIdNumberInUnit(String idNumber, long unitId) {
        return em.createQuery("select a from Applicant a where a.idNumber = :n and a.unitId = :u", Applicant.class)
                .setParameter("n", idNumber).setParameter("u", unitId)
                .getResultStream().findFirst();
    }

    /** The person's records within the units, newest first. */
    public List<Applicant> findByIdNumberInUnits(String idNumber, List<Long> unitIds) {
        return em.createQuery("select a from Applicant a where a.idNumber = :n and a.unitId in :units order by a.registeredAt desc",
                        Applicant.class)
                .setParameter("n", idNumber).setParameter("units", nonEmpty(unitIds))
                .getResultList();
    }

    public List<Applicant> findPage(List<Long> unitIds, String text, int first, int max) {
        TypedQuery<Applicant> q = em.createQuery("select a from Applicant a where " + where(text)
                + " order by a.registeredAt desc, a.id desc", Applicant.class);
        bind(q, unitIds, text);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(List<Long> unitIds, String text) {
        TypedQuery<Long> q = em.createQuery("select count(a) from Applicant a where " + where(text), Long.class);
        bind(q, unitIds, text);
        return q.getSingleResult();
    }

    private static String where(String text) {
        return "a.unitId in :units" + (text == null ? "" : " and (a.fullName like :text escape '\\' or a.idNumber = :exact)");
    }

    private static void bind(TypedQuery<?> q, List<Long> unitIds, String text) {
        q.setParameter("units", nonEmpty(unitIds));
        if (text != null) {
            q.setParameter("text", LikePatterns.containing(text));
            q.setParameter("exact", text.toUpperCase(Locale.ROOT));
        }
    }

    private static List<Long> nonEmpty(List<Long> unitIds) {
        return unitIds.isEmpty() ? List.of(-1L) : unitIds;
    }
}
