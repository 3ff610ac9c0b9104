package org.legalaid.it.audit;

import org.legalaid.shared.HashChain;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.audit.AuditChain;
import org.legalaid.audit.boundary.AuditService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.organisation.NewUnit;
import org.legalaid.organisation.UnitType;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Audit chain under concurrent changes")
class AuditChainConcurrencyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AuditChainConcurrencyIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private OrganisationService organisation;

    @Inject
    private AuditService audit;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Test
    void concurrentChangesLeaveOneUnbrokenChainWithoutGaps() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        fixtures.account(tree.user("admin"), tree.bureau(), TestPasswords.fresh(), Role.SYSTEM_ADMIN);
        As admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        long before = fixtures.count("select count(e) from AuditEntry e");

        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            NewUnit unit = new NewUnit(tree.code("P" + i), "并发工作站" + i, UnitType.WORKSTATION, tree.districtA().id());
            running.add(executor.submit(() -> admin.call(() -> organisation.addUnit(unit))));
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }

        assertEquals(before + 24, fixtures.count("select count(e) from AuditEntry e"), "one audit row per change");
        assertEquals(fixtures.count("select max(e.seq) from AuditEntry e"), fixtures.count("select count(e) from AuditEntry e"),
                "positions 1..n without gaps or duplicates");
        HashChain.Verification v = admin.call(audit::verifyChain);
        assertTrue(v.intact(), "chain broken at " + v.firstBrokenSeq() + ": " + v.problem());
    }
}
