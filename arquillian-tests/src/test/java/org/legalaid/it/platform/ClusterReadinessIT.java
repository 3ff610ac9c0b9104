package org.legalaid.it.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.Deployments;
import org.legalaid.organisation.OrgUnit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, what a cluster needs of each node, proved on one: EJB timers in the application's
 * database once each (however often the application was deployed), Jakarta Batch's job repository
 * in PostgreSQL (ReconciliationIT reads a failed execution from it), and no entity served from a
 * cache that another node's change would leave stale.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Issue 20: shared state in the database, no stale cache")
class ClusterReadinessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ClusterReadinessIT.class);
    }

    @PersistenceContext(unitName = "legalaid")
    private EntityManager em;

    private static Connection db() throws Exception {
        return DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
    }

    @Test
    @DisplayName("the five scheduled timers (with the scheduler's heartbeat) are persistent rows of the application's database, one each — every earlier deployment of this test run found and reused them, so a second node will too")
    void timersAreKeptOnceEachInTheDatabase() throws Exception {
        List<String> timers = new ArrayList<>();
        try (Connection c = db();
             PreparedStatement ps = c.prepareStatement("select timed_object_id, schedule_expr_hour, schedule_expr_minute"
                     + " from wildfly_state.jboss_ejb_timer where partition_name = 'legalaid' and calendar_timer and auto_timer"
                     + " order by timed_object_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String object = rs.getString(1);
                timers.add(object.substring(object.lastIndexOf('.') + 1) + " " + rs.getString(2) + ":" + rs.getString(3));
            }
        }
        assertEquals(List.of("AbandonmentJob *:20", "DeadlineReminders 6:0", "NightlyFundingRules 2:0", "SchedulerHeartbeat *:*",
                        "WithdrawalJob *:15"),
                timers);
    }

    @Test
    @DisplayName("no entity lives in EclipseLink's shared cache: a row another node changes is read as it is now")
    void nothingIsServedFromASharedCache() throws Exception {
        List<String> cached = new ArrayList<>();
        var session = JpaHelper.getServerSession(em.getEntityManagerFactory());
        for (EntityType<?> e : em.getMetamodel().getEntities()) {
            ClassDescriptor d = session.getDescriptor(e.getJavaType());
            if (!d.getCachePolicy().isIsolated()) {
                cached.add(e.getName());
            }
        }
        assertEquals(List.of(), cached, "entities in the shared cache: another node's changes would not be seen");

        long rootId = ((Number) em.createNativeQuery("select id from org_unit where parent_id is null order by id")
                .setMaxResults(1).getSingleResult()).longValue();
        String before = em.find(OrgUnit.class, rootId).getName();
        assertFalse(em.getEntityManagerFactory().getCache().contains(OrgUnit.class, rootId));
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("update org_unit set name = ? where id = ?")) {
            ps.setString(1, before + "（另一节点）");
            ps.setLong(2, rootId);
            assertEquals(1, ps.executeUpdate());
        }
        try {
            assertEquals(before + "（另一节点）", em.find(OrgUnit.class, rootId).getName(),
                    "the change made over another connection, as by another node, is seen at once");
        } finally {
            try (Connection c = db(); PreparedStatement ps = c.prepareStatement("update org_unit set name = ? where id = ?")) {
                ps.setString(1, before);
                ps.setLong(2, rootId);
                ps.executeUpdate();
            }
        }
    }

    /** The management port of this server (the test server runs with a port offset). */
    private static String health(String path) throws Exception {
        int port = 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body().replaceAll("\\s+", "");
    }

    @Test
    @DisplayName("WildFly's MicroProfile Health answers on the management port (readiness with the deployment's own entry, liveness) and /metrics counts requests and pool use")
    void healthAndMetricsOnTheManagementPort() throws Exception {
        String ready = health("/health/ready");
        assertTrue(ready.startsWith("200 "), ready);
        assertTrue(ready.contains("\"name\":\"deployments-status\",\"status\":\"UP\""), ready);
        assertTrue(ready.contains("\"name\":\"ready-deployment.legalaid.ear"), "the MicroProfile Health subsystem is there: " + ready);
        assertTrue(health("/health/live").startsWith("200 "));
        String metrics = health("/metrics");
        assertTrue(metrics.contains("wildfly_undertow_request_count_total"), "requests counted (statistics on)");
        assertTrue(metrics.contains("wildfly_datasources_pool_in_use_count"), "the pools' use");
    }
}
