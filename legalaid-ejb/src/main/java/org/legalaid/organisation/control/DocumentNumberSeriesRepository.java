package org.legalaid.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.DocumentNumberSeries;

import java.util.List;
import java.util.Optional;

/** Storage of the document number series: a row per unit, kind and year. */
@ApplicationScoped
public class DocumentNumberSeriesRepository {

    private static final String BY_KEY =
            "select s from DocumentNumberSeries s where s.unitId = :unit and s.kind = :kind and s.year = :year";

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /** Adds a series and writes it at once, so a concurrent twin fails here, not at commit. */
    public DocumentNumberSeries add(DocumentNumberSeries series) {
        em.persist(series);
        em.flush();
        return series;
    }

    public Optional<DocumentNumberSeries> find(long unitId, DocumentKind kind, int year) {
        return em.createQuery(BY_KEY, DocumentNumberSeries.class)
                .setParameter("unit", unitId).setParameter("kind", kind).setParameter("year", year)
                .getResultStream().findFirst();
    }

    /**
     * The series, read from the database and locked for the rest of the transaction
     * ({@code SELECT ... FOR UPDATE}): a second caller waits here until the first commits or
     * rolls back, then reads the number the first left.
     */
    public Optional<DocumentNumberSeries> lock(long unitId, DocumentKind kind, int year) {
        return em.createQuery(BY_KEY, DocumentNumberSeries.class)
                .setParameter("unit", unitId).setParameter("kind", kind).setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The prefix of the unit's latest series of that kind before {@code year}, to carry into a new year. */
    public Optional<String> findEarlierPrefix(long unitId, DocumentKind kind, int year) {
        return em.createQuery("select s.prefix from DocumentNumberSeries s where s.unitId = :unit and s.kind = :kind"
                        + " and s.year < :year order by s.year desc", String.class)
                .setParameter("unit", unitId).setParameter("kind", kind).setParameter("year", year)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every series of these units up to and including {@code year}, newest year first. */
    public List<DocumentNumberSeries> findUpTo(List<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from DocumentNumberSeries s where s.unitId in :units and s.year <= :year"
                        + " order by s.year desc", DocumentNumberSeries.class)
                .setParameter("units", unitIds).setParameter("year", year)
                .getResultList();
    }
}
