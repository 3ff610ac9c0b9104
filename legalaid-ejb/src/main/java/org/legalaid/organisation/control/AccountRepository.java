package org.legalaid.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.shared.LikePatterns;
import org.legalaid.organisation.AccountFilter;
import org.legalaid.shared.Role;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Storage of staff accounts. Lists are always limited to a unit subtree. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    public StaffAccount add(StaffAccount account) {
        em.persist(account);
        return account;
    }

    public Optional<StaffAccount> find(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id));
    }

    /** The unit of an account, by its user name (without reading the account). */
    public Optional<Long> findUnitIdOf(String username) {
        return em.createQuery("select a.unit.id from StaffAccount a where a.username = :u", Long.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    /** The full names of the accounts among {@code usernames}, by user name. */
    public java.util.Map<String, String> findFullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select a.username, a.fullName from StaffAccount a where a.username in :u", Object[].class)
                .setParameter("u", usernames).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return em.createQuery("select a from StaffAccount a join fetch a.unit where a.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    /**
     * The account locked for a sign-in: two sign-ins of one account at the same moment are
     * serialised, so each success or failure is counted against the state the other left (the
     * lockout after 5 failures cannot be outrun by parallel guesses, and a parallel successful
     * sign-in does not fail on the account's version).
     */
    public Optional<StaffAccount> lockByUsername(String username) {
        // without the unit's join: FOR UPDATE would lock the unit's row too and serialise the
        // sign-ins of everyone in it
        return em.createQuery("select a from StaffAccount a where a.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The active accounts of these units that hold {@code role}. */
    public List<StaffAccount> findActiveWithRole(Collection<Long> unitIds, Role role) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct a from StaffAccount a join fetch a.unit u join a.roles r"
                        + " where u.id in :units and a.active = true and r = :role", StaffAccount.class)
                .setParameter("units", unitIds)
                .setParameter("role", role)
                .getResultList();
    }

    public long countActiveIn(OrgUnit unit) {
        return em.createQuery("select count(a) from StaffAccount a where a.unit = :unit and a.active = true", Long.class)
                .setParameter("unit", unit)
                .getSingleResult();
    }

    /** One page of accounts in the subtree, matching the filter, ordered by unit then user name. */
    public List<StaffAccount> findPage(String scopePrefix, AccountFilter filter, int first, int max) {
        TypedQuery<StaffAccount> q = em.createQuery("select a from StaffAccount a join fetch a.unit u where "
                + where(filter) + " order by u.path, a.username", StaffAccount.class);
        bind(q, scopePrefix, filter);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String scopePrefix, AccountFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(a) from StaffAccount a join a.unit u where " + where(filter), Long.class);
        bind(q, scopePrefix, filter);
        return q.getSingleResult();
    }

    // The JPQL is assembled only from fixed fragments; every value is a parameter.
    private static String where(AccountFilter f) {
        StringBuilder w = new StringBuilder("u.path like :scope");
        if (f.text() != null) {
            w.append(" and (lower(a.username) like :text escape '\\' or a.fullName like :rawText escape '\\')");
        }
        if (f.unitId() != null) {
            w.append(" and u.id = :unitId");
        }
        if (f.active() != null) {
            w.append(" and a.active = :active");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, String scopePrefix, AccountFilter f) {
        q.setParameter("scope", UnitRepository.likePrefix(scopePrefix));
        if (f.text() != null) {
            q.setParameter("text", LikePatterns.containing(f.text().toLowerCase(Locale.ROOT)));
            q.setParameter("rawText", LikePatterns.containing(f.text()));
        }
        if (f.unitId() != null) {
            q.setParameter("unitId", f.unitId());
        }
        if (f.active() != null) {
            q.setParameter("active", f.active());
        }
    }
}
