package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationFilter;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ApplicationStep;
import org.legalaid.shared.LikePatterns;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Storage of applications and their timelines; list queries are limited to the caller's units. */
@ApplicationScoped
public class ApplicationRepository {

    /** Applications that no longer count as open for the conflict check. */
    static final List<ApplicationStatus> CLOSED = List.of(ApplicationStatus.DEEMED_WITHDRAWN, ApplicationStatus.REFUSAL_UPHELD);

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public Application add(Application a) {
        em.persist(a);
        return a;
    }

    public ApplicationStep addStep(ApplicationStep s) {
        em.persist(s);
        return s;
    }

    public Optional<Application> findInUnits(long id, List<Long> unitIds) {
        return Optional.ofNullable(em.find(Application.class, id)).filter(a -> unitIds.contains(a.getUnitId()));
    }

    /** Reads the application with a write lock, so two staff acting at once are serialised. */
    public Optional<Application> lockInUnits(long id, List<Long> unitIds) {
        return Optional.ofNullable(em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(a -> unitIds.contains(a.getUnitId()));
    }

    public List<ApplicationStep> findSteps(long applicationId) {
        return em.createQuery("select s from ApplicationStep s where s.applicationId = :id order by s.occurredAt, s.id", ApplicationStep.class)
                .setParameter("id", applicationId).getResultList();
    }

    public List<Application> findPage(List<Long> unitIds, ApplicationFilter f, int first, int max) {
        TypedQuery<Application> q = em.createQuery("select a from Application a where " + where(f)
                + " order by a.receivedAt desc, a.id desc", Application.class);
        bind(q, unitIds, f);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(List<Long> unitIds, ApplicationFilter f) {
        TypedQuery<Long> q = em.createQuery("select count(a) from Application a where " + where(f), Long.class);
        bind(q, unitIds, f);
        return q.getSingleResult();
    }

    /** Applications awaiting materials whose deadline passed (all units: the sweep runs for the whole city). */
    public List<Application> findMaterialsOverdue(LocalDateTime now) {
        return em.createQuery("select a from Application a where a.status = :s and a.materialsDueAt <= :now order by a.id",
                        Application.class)
                .setParameter("s", ApplicationStatus.AWAITING_MATERIALS).setParameter("now", now).getResultList();
    }

    /**
     * Open applications, anywhere in the city, in which the person is the opposing party: by ID
     * number, or by name and birth date when the other application has no ID number.
     */
    public List<Application> findWithOpposingParty(String idNumber, String name, java.time.LocalDate birthDate, long exceptId) {
        return em.createQuery("select a from Application a where a.id <> :except and a.status not in :closed and ("
                                + "a.opposingPartyIdNumber = :idn or (a.opposingPartyName = :name and a.opposingPartyBirthDate = :birth))"
                                + " order by a.receivedAt desc", Application.class)
                .setParameter("except", exceptId).setParameter("closed", CLOSED)
                .setParameter("idn", idNumber).setParameter("name", name).setParameter("birth", birthDate)
                .setMaxResults(20).getResultList();
    }

    /**
     * Open applications, anywhere in the city, whose applicant is the given person: by ID number,
     * or by name and birth date when only those are known.
     */
    public List<Application> findByApplicantPerson(String idNumber, String name, java.time.LocalDate birthDate, long exceptId) {
        StringBuilder jpql = new StringBuilder("select a from Application a, Applicant p where p.id = a.applicantId"
                + " and a.id <> :except and a.status not in :closed and (");
        List<String> or = new ArrayList<>();
        if (idNumber != null) {
            or.add("p.idNumber = :idn");
        }
        if (name != null && birthDate != null) {
            or.add("(p.fullName = :name and p.birthDate = :birth)");
        }
        if (or.isEmpty()) {
            return List.of();
        }
        jpql.append(String.join(" or ", or)).append(") order by a.receivedAt desc");
        TypedQuery<Application> q = em.createQuery(jpql.toString(), Application.class)
                .setParameter("except", exceptId).setParameter("closed", CLOSED);
        if (idNumber != null) {
            q.setParameter("idn", idNumber);
        }
        if (name != null && birthDate != null) {
            q.setParameter("name", name).setParameter("birth", birthDate);
        }
        return q.setMaxResults(20).getResultList();
    }

    public Applicant getApplicant(long id) {
        return em.find(Applicant.class, id);
    }

    private static String where(ApplicationFilter f) {
        StringBuilder w = new StringBuilder("a.unitId in :units");
        if (f.status() != null) {
            w.append(" and a.status = :status");
        }
        if (f.unitId() != null) {
            w.append(" and a.unitId = :unit");
        }
        if (f.matterType() != null) {
            w.append(" and a.matterType = :type");
        }
        if (f.text() != null) {
            w.append(" and a.applicantName like :text escape '\\'");
        }
        if (f.dueBy() != null) {
            w.append(" and exists (select c from ClockItem c where c.subjectType = 'Application' and c.subjectId = a.id"
                    + " and c.completedAt is null and c.cancelledAt is null and c.pausedSince is null and c.dueAt <= :dueBy)");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, List<Long> unitIds, ApplicationFilter f) {
        q.setParameter("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        if (f.unitId() != null) {
            q.setParameter("unit", f.unitId());
        }
        if (f.matterType() != null) {
            q.setParameter("type", f.matterType());
        }
        if (f.text() != null) {
            q.setParameter("text", LikePatterns.containing(f.text()));
        }
        if (f.dueBy() != null) {
            q.setParameter("dueBy", f.dueBy().plusDays(1).atStartOfDay());
        }
    }
}
