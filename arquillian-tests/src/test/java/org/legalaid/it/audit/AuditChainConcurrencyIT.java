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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    @DisplayName("issue 19: verifying while 8 writers append gives one consistent answer — intact, every time")
    void verificationWhileEightWritersAppendIsIntactEveryTime() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        fixtures.account(tree.user("admin"), tree.bureau(), TestPasswords.fresh(), Role.SYSTEM_ADMIN);
        As admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.add(executor.submit(() -> {
                for (int i = 0; i < 60 && !stop.get(); i++) {
                    NewUnit unit = new NewUnit(tree.code("V" + writer + "N" + i), "并发写入" + writer + "-" + i,
                            UnitType.WORKSTATION, tree.districtA().id());
                    admin.call(() -> organisation.addUnit(unit));
                    written.incrementAndGet();
                }
                return null;
            }));
        }
        List<HashChain.Verification> verifications = new ArrayList<>();
        int writtenBefore;
        int writtenAfter;
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (written.get() < 8 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            writtenBefore = written.get();
            for (int k = 0; k < 8; k++) {
                verifications.add(admin.call(audit::verifyChain));
            }
            writtenAfter = written.get();
        } finally {
            stop.set(true);
            for (Future<?> f : writers) {
                f.get(120, TimeUnit.SECONDS);
            }
        }

        assertTrue(writtenAfter > writtenBefore, "the writers appended while the chain was verified ("
                + writtenBefore + " → " + writtenAfter + ")");
        assertEquals(List.of(), verifications.stream().filter(v -> !v.intact()).toList(),
                "no false alarm while the trail is in use");
        assertTrue(admin.call(audit::verifyChain).intact(), "and intact once the writers stopped");
    }
}
