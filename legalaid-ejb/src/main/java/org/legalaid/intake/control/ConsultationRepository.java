package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.legalaid.intake.Consultation;
import org.legalaid.intake.ConsultationChannel;
import org.legalaid.intake.ConsultationFilter;
import org.legalaid.shared.ChinaTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of consultations; every query is limited to a set of unit ids (the caller's scope). */
@ApplicationScoped
public class ConsultationRepository {


    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public Consultation add(Consultation c) {
        em.persist(c);
        return c;
    }

    public Optional<Consultation> findInUnits(long id, List<Long> unitIds) {
        return Optional.ofNullable(em.find(Consultation.class, id)).filter(c -> unitIds.contains(c.getUnitId()));
    }

    /** Newest first. */
    public List<Consultation> findPage(List<Long> unitIds, ConsultationFilter f, int first, int max) {
        TypedQuery<Consultation> q = em.createQuery("select c from Consultation c where " + where(f)
                + " order by c.consultedAt desc, c.id desc", Consultation.class);
        bind(q, unitIds, f);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(List<Long> unitIds, ConsultationFilter f) {
        TypedQuery<Long> q = em.createQuery("select count(c) from Consultation c where " + where(f), Long.class);
        bind(q, unitIds, f);
        return q.getSingleResult();
    }

    /** Consultations per channel for the filter's period (its channel is ignored). */
    public Map<ConsultationChannel, Long> countByChannel(List<Long> unitIds, ConsultationFilter f) {
        ConsultationFilter period = new ConsultationFilter(f.from(), f.to(), null);
        TypedQuery<Object[]> q = em.createQuery("select c.channel, count(c) from Consultation c where " + where(period)
                + " group by c.channel", Object[].class);
        bind(q, unitIds, period);
        Map<ConsultationChannel, Long> counts = new EnumMap<>(ConsultationChannel.class);
        for (ConsultationChannel ch : ConsultationChannel.values()) {
            counts.put(ch, 0L);
        }
        for (Object[] row : q.getResultList()) {
            counts.put((ConsultationChannel) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    // Fixed fragments only; every value is a parameter.
    private static String where(ConsultationFilter f) {
        StringBuilder w = new StringBuilder("c.unitId in :units");
        if (f.from() != null) {
            w.append(" and c.consultedAt >= :from");
        }
        if (f.to() != null) {
            w.append(" and c.consultedAt < :to");
        }
        if (f.channel() != null) {
            w.append(" and c.channel = :channel");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, List<Long> unitIds, ConsultationFilter f) {
        q.setParameter("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
        if (f.from() != null) {
            q.setParameter("from", startOf(f.from()));
        }
        if (f.to() != null) {
            q.setParameter("to", startOf(f.to().plusDays(1)));
        }
        if (f.channel() != null) {
            q.setParameter("channel", f.channel());
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }
}
