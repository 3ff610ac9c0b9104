package org.legalaid.it.platform;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.shared.Role;
import org.legalaid.shared.boundary.HealthService;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The platform: EclipseLink on PostgreSQL, schema by Flyway")
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PlatformIT.class);
    }

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    @Inject
    private HealthService health;

    @Test
    void eclipseLinkIsTheActiveJpaProvider() {
        String delegate = em.getDelegate().getClass().getName();
        assertTrue(delegate.startsWith("org.eclipse.persistence."), "JPA delegate is " + delegate);
        assertTrue(em.getEntityManagerFactory().getClass().getName().contains("eclipse"),
                em.getEntityManagerFactory().getClass().getName());
    }

    @Test
    void theDatabaseIsPostgreSqlMigratedByFlyway() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select version, success from flyway_schema_history where version is not null order by installed_rank").getResultList();
        List<Integer> versions = rows.stream().map(r -> Integer.valueOf(r[0].toString())).toList();
        assertEquals(1, versions.get(0), "the history starts at the first migration");
        for (int i = 1; i < versions.size(); i++) {
            assertTrue(versions.get(i) > versions.get(i - 1), "applied in order: " + versions);
        }
        assertTrue(versions.containsAll(List.of(2, 3, 8, 17, 23, 30, 31)), "the history holds every context's migrations: " + versions);
        assertTrue(rows.stream().allMatch(r -> Boolean.TRUE.equals(r[1])));
        assertEquals("PostgreSQL", em.createNativeQuery("select 'PostgreSQL' where version() like 'PostgreSQL%'").getSingleResult());
    }

    @Test
    void jpaGeneratedNoTablesOfItsOwn() {
        Number tables = (Number) em.createNativeQuery(
                "select count(*) from information_schema.tables where table_schema = 'public' and table_name = 'sequence'").getSingleResult();
        assertEquals(0, tables.intValue(), "EclipseLink's SEQUENCE table would mean JPA generated schema");
    }

    @Test
    void healthReportsTheDatabaseAndSchemaVersionToAdministrators() throws Exception {
        HealthService.Health h = As.user("it-admin", Role.SYSTEM_ADMIN).call(health::check);
        assertEquals("UP", h.status());
        assertEquals("PostgreSQL", h.databaseName());
        @SuppressWarnings("unchecked")
        List<Object> last = em.createNativeQuery("select version from flyway_schema_history where version is not null"
                + " order by installed_rank desc").setMaxResults(1).getResultList();
        assertEquals(last.get(0).toString(), h.schemaVersion(), "the health check names the schema's last migration");
    }
}
