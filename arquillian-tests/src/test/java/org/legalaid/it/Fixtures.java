package org.legalaid.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.legalaid.organisation.OrgUnit;
import org.legalaid.organisation.PasswordHasher;
import org.legalaid.organisation.StaffAccount;
import org.legalaid.organisation.UnitType;
import org.legalaid.shared.Role;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Test data made directly in the database, inside the server: each test gets its own
 * organisation tree (a bureau of its own, a city centre, two districts) so tests never see each
 * other's data and need not run in any order.
 */
@ApplicationScoped
@Transactional
public class Fixtures {

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    /**
     * A tree of one's own.
     *
     * @param suffix   makes codes and user names unique
     * @param bureau   the root
     * @param centre   the city centre
     * @param districtA first district centre
     * @param districtB second district centre
     * @param stationA a workstation of district A
     */
    public record Tree(String suffix, OrgUnit bureau, OrgUnit centre, OrgUnit districtA, OrgUnit districtB, OrgUnit stationA) {
        public String code(String local) {
            return (local + "-" + suffix).toUpperCase(Locale.ROOT);
        }

        public String user(String local) {
            return (local + "_" + suffix).toLowerCase(Locale.ROOT);
        }
    }

    public Tree tree() {
        String s = TestPasswords.uniqueSuffix();
        OrgUnit bureau = unit("B-" + s, "测试司法局" + s, UnitType.BUREAU, null);
        OrgUnit centre = unit("C-" + s, "测试法律援助中心", UnitType.CENTRE, bureau);
        OrgUnit a = unit("DA-" + s, "甲区法律援助中心", UnitType.DISTRICT_CENTRE, centre);
        OrgUnit b = unit("DB-" + s, "乙区法律援助中心", UnitType.DISTRICT_CENTRE, centre);
        OrgUnit ws = unit("WA-" + s, "甲区街道工作站", UnitType.WORKSTATION, a);
        return new Tree(s, bureau, centre, a, b, ws);
    }

    public OrgUnit unit(String code, String name, UnitType type, OrgUnit parent) {
        OrgUnit managedParent = parent == null ? null : em.find(OrgUnit.class, parent.id());
        OrgUnit unit = new OrgUnit(code.toUpperCase(Locale.ROOT), name, type, managedParent);
        em.persist(unit);
        unit.establishPath();
        return unit;
    }

    /** An account whose password is already its own (no change required at login). */
    public StaffAccount account(String username, OrgUnit unit, String password, Role... roles) {
        OffsetDateTime now = OffsetDateTime.now();
        String hash = PasswordHasher.hash(password);
        StaffAccount account = new StaffAccount(username, "测试" + username, em.find(OrgUnit.class, unit.id()),
                List.of(roles), hash, now);
        account.changePassword(hash, now);
        em.persist(account);
        return account;
    }

    public StaffAccount reload(StaffAccount account) {
        return em.find(StaffAccount.class, account.id());
    }

    public OrgUnit reload(OrgUnit unit) {
        return em.find(OrgUnit.class, unit.id());
    }

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /**
     * A year (2100–2998) that has no quota rule yet. The quota rule is one per year for the whole
     * city (LAL art. 16), so each test that sets one takes a year of its own; a year drawn at random
     * without this check collided with another test's now and then (lawyers.quota.ruleExists).
     */
    public int yearWithoutQuotaRule() {
        return yearWithoutQuotaRule(2100, 2999);
    }

    /** A year in [{@code from}, {@code until}) that has no quota rule yet (e.g. a past year, for shifts). */
    public int yearWithoutQuotaRule(int from, int until) {
        for (int tries = 0; tries < 10_000; tries++) {
            int year = java.util.concurrent.ThreadLocalRandom.current().nextInt(from, until);
            if (count("select count(r) from QuotaRuleEntry r where r.year = " + year) == 0) {
                return year;
            }
        }
        throw new IllegalStateException("every year in " + from + "–" + until + " has a quota rule");
    }

    /**
     * Runs a native SQL update — only to put a record where time would have taken it (a deadline
     * in the past), never to build data the services could build.
     */
    /** A count made by plain SQL (positional {@code ?} parameters), to check a figure the application shows. */
    public long sqlCount(String query, Object... parameters) {
        jakarta.persistence.Query q = em.createNativeQuery(query);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    public int sql(String statement, Object... parameters) {
        jakarta.persistence.Query q = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        int n = q.executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return n;
    }
}
