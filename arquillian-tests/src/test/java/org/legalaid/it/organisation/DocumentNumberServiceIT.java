package org.legalaid.it.organisation;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.organisation.DocumentKind;
import org.legalaid.organisation.boundary.DocumentNumberService;
import org.legalaid.organisation.boundary.DocumentNumberSetting;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Document numbers (文号): per unit, kind and year, unique and without gaps")
class DocumentNumberServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DocumentNumberServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private DocumentNumberService numbers;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction transaction;

    private Fixtures.Tree tree;
    private As approver;
    private As admin;
    private long unitA;
    private long unitB;
    private String codeA;

    @BeforeEach
    void staff() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("director"), tree.centre(), pw, Role.APPROVER);
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        approver = As.user(tree.user("director"), Role.APPROVER);
        admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        unitA = tree.districtA().id();
        unitB = tree.districtB().id();
        codeA = tree.districtA().code();
    }

    private String next(As who, long unit, DocumentKind kind, int year) throws Exception {
        return who.call(() -> numbers.next(unit, kind, year));
    }

    @Test
    void numbersRunOneTwoThreeForEachUnitKindAndYearOnItsOwn() throws Exception {
        assertEquals(codeA + "法援决〔2026〕1号", next(approver, unitA, DocumentKind.GRANT_DECISION, 2026));
        assertEquals(codeA + "法援决〔2026〕2号", next(approver, unitA, DocumentKind.GRANT_DECISION, 2026));
        assertEquals(codeA + "法援不决〔2026〕1号", next(approver, unitA, DocumentKind.REFUSAL_DECISION, 2026),
                "another kind counts on its own");
        assertEquals(tree.districtB().code() + "法援决〔2026〕1号", next(approver, unitB, DocumentKind.GRANT_DECISION, 2026),
                "another unit counts on its own");
        assertEquals(codeA + "法援决〔2026〕3号", next(approver, unitA, DocumentKind.GRANT_DECISION, 2026));
        assertEquals(codeA + "法援决〔2027〕1号", next(approver, unitA, DocumentKind.GRANT_DECISION, 2027),
                "a new year starts at 1");
        assertEquals(codeA + "法援决〔2026〕4号", next(approver, unitA, DocumentKind.GRANT_DECISION, 2026));
    }

    @Test
    void theAdministratorsPrefixIsUsedAndCarriedIntoTheNextYear() throws Exception {
        assertEquals(codeA + "法援指〔2026〕1号", next(approver, unitA, DocumentKind.ASSIGNMENT_NOTICE, 2026));
        long audited = fixtures.count("select count(e) from AuditEntry e where e.entityType = 'DocumentNumberSeries'");
        admin.run(() -> numbers.setPrefix(unitA, DocumentKind.ASSIGNMENT_NOTICE, 2026, "甲法援指"));
        assertEquals(audited + 1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'DocumentNumberSeries'"),
                "the change of prefix is audited");
        assertEquals("甲法援指〔2026〕2号", next(approver, unitA, DocumentKind.ASSIGNMENT_NOTICE, 2026),
                "the series goes on under the new prefix");
        assertEquals("甲法援指〔2027〕1号", next(approver, unitA, DocumentKind.ASSIGNMENT_NOTICE, 2027),
                "a new year keeps the prefix");

        List<DocumentNumberSetting> settings = admin.call(() -> numbers.findSettings(2027));
        DocumentNumberSetting notice = setting(settings, unitA, DocumentKind.ASSIGNMENT_NOTICE);
        assertEquals(DocumentNumberSetting.Source.SET, notice.getSource());
        assertEquals(1, notice.getLastNumber());
        assertEquals("甲法援指〔2027〕2号", notice.getNextNumber());
        DocumentNumberSetting letter = setting(settings, unitA, DocumentKind.AID_LETTER);
        assertEquals(DocumentNumberSetting.Source.DEFAULT, letter.getSource());
        assertEquals(codeA + "法援函", letter.getPrefix());
        assertEquals(DocumentNumberSetting.Source.CARRIED,
                setting(admin.call(() -> numbers.findSettings(2028)), unitA, DocumentKind.ASSIGNMENT_NOTICE).getSource());
        assertEquals(Set.of(), settings.stream().filter(s -> s.getUnitId() == tree.stationA().id()).collect(Collectors.toSet()),
                "workstations issue no documents");
    }

    @Test
    void sixteenParallelTransactionsGetSixteenDistinctConsecutiveNumbers() throws Exception {
        List<Future<String>> running = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            running.add(executor.submit(() -> next(approver, unitA, DocumentKind.AID_LETTER, 2026)));
        }
        Set<String> got = new TreeSet<>();
        for (Future<String> f : running) {
            got.add(f.get(60, TimeUnit.SECONDS));
        }
        Set<String> expected = IntStream.rangeClosed(1, 16).mapToObj(n -> codeA + "法援函〔2026〕" + n + "号")
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, got, "all first callers of a new series, none sharing or skipping a number");
        assertEquals(codeA + "法援函〔2026〕17号", next(approver, unitA, DocumentKind.AID_LETTER, 2026));
    }

    @Test
    void aFirstCallerRacingTheAdministratorsNewSeriesUsesIt() throws Exception {
        // The administrator's new series is written but not yet committed when the first number
        // is asked for: the issuer's attempt to open the same series waits on the unique key,
        // loses, and then numbers in the administrator's series.
        admin.run(() -> {
            transaction.begin();
            numbers.setPrefix(unitA, DocumentKind.GRANT_DECISION, 2030, "甲法援决");
        });
        Future<String> first;
        try {
            first = executor.submit(() -> next(approver, unitA, DocumentKind.GRANT_DECISION, 2030));
            Thread.sleep(1500);
        } finally {
            transaction.commit();
        }
        assertEquals("甲法援决〔2030〕1号", first.get(60, TimeUnit.SECONDS));
        assertEquals("甲法援决〔2030〕2号", next(approver, unitA, DocumentKind.GRANT_DECISION, 2030));
    }

    @Test
    void aRolledBackTransactionLeavesNoGap() throws Exception {
        assertEquals(codeA + "法援终〔2026〕1号", next(approver, unitA, DocumentKind.TERMINATION_NOTICE, 2026));
        String lost = approver.call(() -> {
            transaction.begin();
            try {
                return numbers.next(unitA, DocumentKind.TERMINATION_NOTICE, 2026);
            } finally {
                transaction.rollback();
            }
        });
        assertEquals(codeA + "法援终〔2026〕2号", lost);
        assertEquals(codeA + "法援终〔2026〕2号", next(approver, unitA, DocumentKind.TERMINATION_NOTICE, 2026),
                "the number of the document that was not saved goes to the next one");
    }

    @Test
    void onlyThoseWhoSignDocumentsTakeNumbers() throws Exception {
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("clerk"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("assigner"), tree.centre(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("supervisor"), tree.bureau(), pw, Role.BUREAU_SUPERVISOR);
        As clerk = As.user(tree.user("clerk"), Role.INTAKE_CLERK);
        assertThrows(EJBAccessException.class, () -> next(clerk, unitA, DocumentKind.GRANT_DECISION, 2026));
        assertThrows(EJBAccessException.class, () -> next(admin, unitA, DocumentKind.GRANT_DECISION, 2026),
                "the administrator sets prefixes but issues nothing");
        assertThrows(EJBAccessException.class, () -> approver.run(() -> numbers.setPrefix(unitA, DocumentKind.GRANT_DECISION, 2026, "甲")));
        assertEquals(codeA + "法援指〔2026〕1号",
                next(As.user(tree.user("assigner"), Role.ASSIGNMENT_OFFICER), unitA, DocumentKind.ASSIGNMENT_NOTICE, 2026));
        assertEquals(tree.bureau().code() + "法援异决〔2026〕1号",
                next(As.user(tree.user("supervisor"), Role.BUREAU_SUPERVISOR), tree.bureau().id(), DocumentKind.OBJECTION_DECISION, 2026));
    }

    @Test
    void aUnitOutsideTheCallersScopeIsNotFound() throws Exception {
        fixtures.account(tree.user("directora"), tree.districtA(), TestPasswords.fresh(), Role.APPROVER);
        As districtApprover = As.user(tree.user("directora"), Role.APPROVER);
        assertThrows(NotFoundException.class, () -> next(districtApprover, unitB, DocumentKind.GRANT_DECISION, 2026));
    }

    @Test
    void refusesABadPrefixOrYear() throws Exception {
        BusinessException e = assertThrows(BusinessException.class,
                () -> admin.run(() -> numbers.setPrefix(unitA, DocumentKind.GRANT_DECISION, 2026, "甲 法援决")));
        assertEquals("organisation.documentNumber.prefixInvalid", e.messageKey());
        e = assertThrows(BusinessException.class, () -> next(approver, unitA, DocumentKind.GRANT_DECISION, 26));
        assertEquals("organisation.documentNumber.yearInvalid", e.messageKey());
    }

    private static DocumentNumberSetting setting(List<DocumentNumberSetting> settings, long unit, DocumentKind kind) {
        return settings.stream().filter(s -> s.getUnitId() == unit && s.getKind() == kind).findFirst().orElseThrow();
    }
}
