package org.legalaid.lawyers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.legalaid.lawyers.LawFirm;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The lawyer pool's answers to funding: which firms share a registered bank account. */
@ApplicationScoped
public class PayeeQueries {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /** Names of the other firms registered with the same account number as {@code firm}. */
    public List<String> findOtherFirmsWithAccount(LawFirm firm) {
        if (firm.getBankAccountNo() == null) {
            return List.of();
        }
        return em.createQuery("select f.name from LawFirm f where f.bankAccountNo = :no and f.id <> :id order by f.name",
                        String.class)
                .setParameter("no", firm.getBankAccountNo()).setParameter("id", firm.getId()).getResultList();
    }

    /** Every account number registered for more than one firm, with the firms' names. */
    public Map<String, List<String>> findSharedAccounts() {
        List<Object[]> rows = em.createQuery("select f.bankAccountNo, f.name from LawFirm f where f.bankAccountNo in"
                        + " (select g.bankAccountNo from LawFirm g where g.bankAccountNo is not null"
                        + " group by g.bankAccountNo having count(g) > 1) order by f.bankAccountNo, f.name", Object[].class)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (String) r[0], TreeMap::new,
                Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }
}
