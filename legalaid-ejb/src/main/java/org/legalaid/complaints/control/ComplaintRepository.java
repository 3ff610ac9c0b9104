package org.legalaid.complaints.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.legalaid.complaints.Complaint;
import org.legalaid.complaints.ComplaintFilter;
import org.legalaid.complaints.ComplaintOutcome;
import org.legalaid.complaints.ComplaintStatus;
import org.legalaid.complaints.ComplaintStep;
import org.legalaid.complaints.InvestigationRecord;
import org.legalaid.complaints.RecordAttachment;
import org.legalaid.complaints.Investigator;
import org.legalaid.complaints.RespondentType;
import org.legalaid.shared.LikePatterns;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The complaints, their investigators, records and file entries. */
@ApplicationScoped
public class ComplaintRepository {

    @PersistenceContext
    private EntityManager em;

    public Complaint add(Complaint c) {
        em.persist(c);
        em.flush();
        return c;
    }

    public <T> T addPart(T part) {
        em.persist(part);
        return part;
    }

    /** Keeps an attachment's row and writes it at once: its bytes are stored under its id in the same transaction. */
    public RecordAttachment addAttachment(RecordAttachment a) {
        em.persist(a);
        em.flush();
        return a;
    }

    /** The files attached to a complaint's investigation records, by record and upload. */
    public List<RecordAttachment> findAttachments(long complaintId) {
        return em.createQuery("select a from RecordAttachment a where a.complaintId = :c order by a.recordId, a.id",
                RecordAttachment.class).setParameter("c", complaintId).getResultList();
    }

    public Optional<RecordAttachment> findAttachment(long id) {
        return Optional.ofNullable(em.find(RecordAttachment.class, id));
    }

    public Optional<Complaint> find(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    public Optional<Complaint> lock(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Complaint> findByNumber(String number) {
        return em.createQuery("select c from Complaint c where c.number = :n", Complaint.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    public List<Investigator> findInvestigators(long complaintId) {
        return em.createQuery("select i from Investigator i where i.complaintId = :c order by i.id", Investigator.class)
                .setParameter("c", complaintId).getResultList();
    }

    public List<InvestigationRecord> findRecords(long complaintId) {
        return em.createQuery("select r from InvestigationRecord r where r.complaintId = :c order by r.id",
                InvestigationRecord.class).setParameter("c", complaintId).getResultList();
    }

    public List<ComplaintStep> findSteps(long complaintId) {
        return em.createQuery("select s from ComplaintStep s where s.complaintId = :c order by s.id", ComplaintStep.class)
                .setParameter("c", complaintId).getResultList();
    }

    public List<Complaint> findPage(Collection<Long> units, ComplaintFilter f, int first, int max) {
        return query(Complaint.class, "select c", units, f, " order by c.receivedAt desc, c.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Collection<Long> units, ComplaintFilter f) {
        return query(Long.class, "select count(c)", units, f, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, Collection<Long> units, ComplaintFilter f, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from Complaint c where c.unitId in :units");
        boolean statuses = f.statuses() != null && !f.statuses().isEmpty();
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
        if (statuses) {
            jpql.append(" and c.status in :statuses");
        }
        if (f.ground() != null) {
            jpql.append(" and c.ground = :ground");
        }
        if (f.respondentType() != null) {
            jpql.append(" and c.respondentType = :rtype");
        }
        if (text != null) {
            jpql.append(" and (c.number like :number escape '\\' or c.complainantName like :text escape '\\'"
                    + " or c.respondentName like :text escape '\\')");
        }
        if (f.receivedFrom() != null) {
            jpql.append(" and c.receivedAt >= :from");
        }
        if (f.receivedTo() != null) {
            jpql.append(" and c.receivedAt < :to");
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type).setParameter("units", units.isEmpty() ? List.of(-1L) : units);
        if (statuses) {
            q.setParameter("statuses", f.statuses());
        }
        if (f.ground() != null) {
            q.setParameter("ground", f.ground());
        }
        if (f.respondentType() != null) {
            q.setParameter("rtype", f.respondentType());
        }
        if (text != null) {
            q.setParameter("text", LikePatterns.containing(text));
            q.setParameter("number", LikePatterns.containing(text.toUpperCase(java.util.Locale.ROOT)));
        }
        if (f.receivedFrom() != null) {
            q.setParameter("from", f.receivedFrom().atStartOfDay());
        }
        if (f.receivedTo() != null) {
            q.setParameter("to", f.receivedTo().plusDays(1).atStartOfDay());
        }
        return q;
    }

    /** Complaints of the units by status (the workbench's counts). */
    public Map<ComplaintStatus, Long> countByStatus(Collection<Long> units) {
        Map<ComplaintStatus, Long> out = new EnumMap<>(ComplaintStatus.class);
        em.createQuery("select c.status, count(c) from Complaint c where c.unitId in :units group by c.status", Object[].class)
                .setParameter("units", units.isEmpty() ? List.of(-1L) : units).getResultList()
                .forEach(r -> out.put((ComplaintStatus) r[0], (Long) r[1]));
        return out;
    }

    /** Complaints of the units decided in the period, by outcome (the workbench's chart, art. 28). */
    public Map<ComplaintOutcome, Long> countByOutcome(Collection<Long> units, LocalDateTime from, LocalDateTime to) {
        Map<ComplaintOutcome, Long> out = new EnumMap<>(ComplaintOutcome.class);
        em.createQuery("select c.outcome, count(c) from Complaint c where c.unitId in :units and c.decidedAt >= :from"
                        + " and c.decidedAt < :to group by c.outcome", Object[].class)
                .setParameter("units", units.isEmpty() ? List.of(-1L) : units).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(r -> out.put((ComplaintOutcome) r[0], (Long) r[1]));
        return out;
    }

    /** Complaints where the user is an active investigator and the investigation runs (what waits for this person). */
    public long countInvestigating(String username) {
        return em.createQuery("select count(c) from Complaint c, Investigator i where i.complaintId = c.id"
                        + " and i.username = :u and i.recusedAt is null and c.status in :s", Long.class)
                .setParameter("u", username)
                .setParameter("s", List.of(ComplaintStatus.INVESTIGATING, ComplaintStatus.SUSPENDED)).getSingleResult();
    }

    /** Complaints upheld against a lawyer and decided in the period (the lawyer's annual assessment, LAL art. 60). */
    public long countUpheldAgainstLawyer(long lawyerId, LocalDateTime from, LocalDateTime to) {
        return em.createQuery("select count(c) from Complaint c where c.respondentType = :t and c.respondentId = :l"
                        + " and c.outcome in :upheld and c.decidedAt >= :from and c.decidedAt < :to", Long.class)
                .setParameter("t", RespondentType.LAWYER).setParameter("l", lawyerId)
                .setParameter("upheld", java.util.Arrays.stream(ComplaintOutcome.values()).filter(ComplaintOutcome::isUpheld).toList())
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Complaints of the units received or decided in [from, to): the year of the annual report (art. 28). */
    public List<Complaint> findForReport(Collection<Long> units, LocalDateTime from, LocalDateTime to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Complaint c where c.unitId in :units and ((c.receivedAt >= :from and c.receivedAt < :to)"
                        + " or (c.decidedAt >= :from and c.decidedAt < :to))", Complaint.class)
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Complaints waiting for missing information whose deadline passed before {@code day} (art. 12). */
    public List<Complaint> findMaterialsOverdue(java.time.LocalDate day) {
        return em.createQuery("select c from Complaint c where c.status = :s and c.materialsDueOn < :d order by c.id",
                Complaint.class).setParameter("s", ComplaintStatus.AWAITING_MATERIALS).setParameter("d", day).getResultList();
    }
}
