package org.legalaid.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.reporting.Period;
import org.legalaid.reporting.Publication;

import java.util.List;
import java.util.Optional;

/** Storage of published periods. */
@ApplicationScoped
public class PublicationRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public Publication add(Publication p) {
        em.persist(p);
        em.flush();
        return p;
    }

    public Optional<Publication> find(long unitId, Period period) {
        return em.createQuery("select p from Publication p where p.unitId = :unit and p.periodKind = :kind"
                        + " and p.periodStart = :start", Publication.class)
                .setParameter("unit", unitId).setParameter("kind", period.kind()).setParameter("start", period.start())
                .getResultStream().findFirst();
    }

    /** Every publication, the latest period first. */
    public List<Publication> findAll() {
        return em.createQuery("select p from Publication p order by p.periodEnd desc, p.id desc", Publication.class)
                .setMaxResults(200).getResultList();
    }
}
