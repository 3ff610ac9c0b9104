package org.legalaid.it.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Counts made by SQL in the test, independently of the services, to compare the statistics with.
 */
@ApplicationScoped
@Transactional
public class ReportingSql {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public long count(String sql, Object... parameters) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
