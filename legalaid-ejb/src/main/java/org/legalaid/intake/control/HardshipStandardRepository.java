package org.legalaid.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.intake.HardshipStandardEntry;

import java.util.List;
import java.util.Optional;

/** Storage of the hardship standards (a few dozen rows: a region and a year each). */
@ApplicationScoped
public class HardshipStandardRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public HardshipStandardEntry add(HardshipStandardEntry e) {
        em.persist(e);
        return e;
    }

    public Optional<HardshipStandardEntry> find(String regionCode, int year) {
        return em.createQuery("select h from HardshipStandardEntry h where h.regionCode = :r and h.year = :y",
                        HardshipStandardEntry.class)
                .setParameter("r", regionCode).setParameter("y", year)
                .getResultStream().findFirst();
    }

    /** Newest year first, then by region. */
    public List<HardshipStandardEntry> findAll() {
        return em.createQuery("select h from HardshipStandardEntry h order by h.year desc, h.regionCode",
                HardshipStandardEntry.class).getResultList();
    }
}
