package org.legalaid.it.intake;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.intake.CriminalNotice;
import org.legalaid.intake.MandatoryDefenceGround;
import org.legalaid.intake.NewCriminalNotice;
import org.legalaid.intake.NoticeFilter;
import org.legalaid.intake.NoticeStatus;
import org.legalaid.intake.NotifyingOrganType;
import org.legalaid.intake.ProceedingStage;
import org.legalaid.intake.boundary.NoticeService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Notified criminal cases (LAL art. 25, 36): idempotent receipt, scoped by unit, organ accounts see their own")
class NoticeServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(NoticeServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private NoticeService notices;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private Fixtures.Tree tree;
    private As clerkA;
    private As clerkB;
    private As assigner;
    private As reviewer;
    private As court;
    private As otherCourt;

    @BeforeEach
    void staffAndOrgans() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("clerkA"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("clerkB"), tree.districtB(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("assigner"), tree.centre(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("reviewer"), tree.centre(), pw, Role.REVIEWER);
        fixtures.account(tree.user("court"), tree.districtA(), pw, Role.NOTIFYING_ORGAN);
        fixtures.account(tree.user("court2"), tree.districtA(), pw, Role.NOTIFYING_ORGAN);
        clerkA = As.user(tree.user("clerkA"), Role.INTAKE_CLERK);
        clerkB = As.user(tree.user("clerkB"), Role.INTAKE_CLERK);
        assigner = As.user(tree.user("assigner"), Role.ASSIGNMENT_OFFICER);
        reviewer = As.user(tree.user("reviewer"), Role.REVIEWER);
        court = As.notStaff(tree.user("court"), Role.NOTIFYING_ORGAN);
        otherCourt = As.notStaff(tree.user("court2"), Role.NOTIFYING_ORGAN);
    }

    /** A court's notice at first instance, with a document number unique to this test. */
    private NewCriminalNotice courtNotice(String number, MandatoryDefenceGround... grounds) {
        NewCriminalNotice f = new NewCriminalNotice();
        f.setOrganType(NotifyingOrganType.COURT);
        f.setOrganName("青岛市市南区人民法院");
        f.setOrganDocumentNumber("（2026）鲁0203刑初" + number + "号");
        f.setDefendantName("张三");
        f.setCharge("故意杀人罪");
        f.setStage(ProceedingStage.FIRST_INSTANCE);
        f.setGrounds(Set.of(grounds.length == 0 ? new MandatoryDefenceGround[]{MandatoryDefenceGround.LIFE_OR_DEATH} : grounds));
        f.setDetentionPlace("青岛市看守所");
        return f;
    }

    private String number(String local) {
        return tree.suffix() + local;
    }

    private long countAll(As who) throws Exception {
        return who.call(() -> notices.countNotices(NoticeFilter.all()));
    }

    @Test
    @DisplayName("a clerk receives a paper notice for the district: awaiting a senior lawyer, 3 days to assign (LAL art. 26, 36)")
    void aClerkReceivesAPaperNotice() throws Exception {
        NewCriminalNotice f = courtNotice(number("1"));
        LocalDateTime yesterday = LocalDateTime.now(ChinaTime.ZONE).minusDays(1).withSecond(0).withNano(0);
        f.setReceivedAt(yesterday);
        NoticeService.Receipt r = clerkA.call(() -> notices.receive(f));
        assertTrue(r.created());
        CriminalNotice n = r.notice();
        assertEquals(NoticeStatus.RECEIVED, n.getStatus());
        assertEquals(tree.districtA().id(), n.getUnitId());
        assertEquals(yesterday, n.receivedAtInChina(), "a paper notice keeps the time it arrived");
        assertTrue(n.needsSeniorCriminalLawyer());
        assertEquals(yesterday.toLocalDate().plusDays(3), n.defaultAssignmentDeadline().lastDay());
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'CriminalNotice' and e.entityId = '"
                + n.getId() + "' and e.action = org.legalaid.shared.AuditAction.CREATE"));
    }

    @Test
    @DisplayName("a retry — even typed with other brackets and spaces — returns the same notice, unchanged, and stores nothing")
    void aRetryReturnsTheSameNoticeAndStoresNothing() throws Exception {
        NoticeService.Receipt first = clerkA.call(() -> notices.receive(courtNotice(number("2"))));
        NewCriminalNotice retyped = courtNotice(number("2"));
        retyped.setOrganName(" 青岛市 市南区人民法院");
        retyped.setOrganDocumentNumber("(2026)鲁0203刑初" + number("2") + "号");
        retyped.setNotes("第二次录入");
        NoticeService.Receipt again = clerkA.call(() -> notices.receive(retyped));
        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.notice().getId(), again.notice().getId());
        assertNull(again.notice().getNotes(), "nothing changed");
        assertEquals(1, countAll(clerkA));
    }

    @Test
    @DisplayName("8 identical notices at the same moment store exactly one (the database decides)")
    void parallelIdenticalNoticesStoreOne() throws Exception {
        NewCriminalNotice f = courtNotice(number("3"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<NoticeService.Receipt>> running = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            running.add(executor.submit(() -> {
                start.await();
                return court.call(() -> notices.receive(f));
            }));
        }
        start.countDown();
        List<NoticeService.Receipt> receipts = new ArrayList<>();
        for (Future<NoticeService.Receipt> r : running) {
            receipts.add(r.get(60, TimeUnit.SECONDS));
        }
        assertEquals(1, receipts.stream().map(r -> r.notice().getId()).distinct().count(), "every caller got the same notice");
        assertEquals(1, receipts.stream().filter(NoticeService.Receipt::created).count(), "exactly one created it");
        assertEquals(1, countAll(clerkA));
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'CriminalNotice' and e.entityId = '"
                + receipts.get(0).notice().getId() + "' and e.action = org.legalaid.shared.AuditAction.CREATE"));
    }

    @Test
    @DisplayName("the police at trial stage is refused with the reason, and nothing is saved (LAL art. 36)")
    void anOrganThatDoesNotFitTheStageIsRefused() throws Exception {
        NewCriminalNotice police = courtNotice(number("4"));
        police.setOrganType(NotifyingOrganType.PUBLIC_SECURITY);
        police.setOrganName("青岛市公安局市南分局");
        assertEquals("intake.notice.organDoesNotFitStage",
                assertThrows(BusinessException.class, () -> clerkA.call(() -> notices.receive(police))).messageKey());
        NewCriminalNotice absentia = courtNotice(number("5"), MandatoryDefenceGround.TRIAL_IN_ABSENTIA);
        absentia.setOrganType(NotifyingOrganType.PROCURATORATE);
        absentia.setStage(ProceedingStage.PROSECUTION_REVIEW);
        assertEquals("intake.notice.groundOnlyAtCourtTrial",
                assertThrows(BusinessException.class, () -> clerkA.call(() -> notices.receive(absentia))).messageKey());
        assertEquals(0, countAll(clerkA));
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() throws Exception {
        NewCriminalNotice wrongId = courtNotice(number("6"));
        wrongId.setDefendantIdNumber("110105194912310021");
        assertEquals("intake.residentId.checkCharacter",
                assertThrows(BusinessException.class, () -> clerkA.call(() -> notices.receive(wrongId))).messageKey());
        NewCriminalNotice longNotes = courtNotice(number("7"));
        longNotes.setNotes("很".repeat(10_000));
        NewCriminalNotice noGround = courtNotice(number("8"));
        noGround.setGrounds(Set.of());
        NewCriminalNotice script = courtNotice(number("9"));
        script.setDefendantName("<script>alert(1)</script>");
        NewCriminalNotice noOrgan = courtNotice(number("10"));
        noOrgan.setOrganName("  ");
        for (NewCriminalNotice bad : List.of(longNotes, noGround, script, noOrgan)) {
            Exception e = assertThrows(Exception.class, () -> clerkA.call(() -> notices.receive(bad)));
            Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
            assertInstanceOf(ConstraintViolationException.class, cause);
        }
        assertEquals(0, countAll(clerkA));
    }

    @Test
    @DisplayName("a district clerk never sees another district's notices; the centre's assignment officer does")
    void unitScoping() throws Exception {
        long id = clerkA.call(() -> notices.receive(courtNotice(number("11")))).notice().getId();
        assertEquals(0, countAll(clerkB));
        assertThrows(NotFoundException.class, () -> clerkB.call(() -> notices.getNotice(id)));
        assertEquals("intake.notice.receivedElsewhere", assertThrows(BusinessException.class,
                () -> clerkB.call(() -> notices.receive(courtNotice(number("11"))))).messageKey(), "B cannot create a twin either");
        assertEquals(List.of(id), assigner.call(() -> notices.findNotices(NoticeFilter.all(), 0, 20)).stream()
                .map(CriminalNotice::getId).toList());
        assigner.call(() -> notices.getNotice(id));
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'CriminalNotice' and e.entityId = '"
                + id + "' and e.action = org.legalaid.shared.AuditAction.READ"), "the assigner's read is audited; B read nothing");
        assertEquals(1, countAll(clerkA));
    }

    @Test
    @DisplayName("an organ's account receives for its centre at the moment of the call, and sees and withdraws only its own notices")
    void anOrgansAccountSeesOnlyItsOwnNotices() throws Exception {
        NewCriminalNotice f = courtNotice(number("12"));
        f.setReceivedAt(LocalDateTime.now(ChinaTime.ZONE).minusDays(5));
        CriminalNotice n = court.call(() -> notices.receive(f)).notice();
        assertEquals(tree.districtA().id(), n.getUnitId(), "the account's unit receives the notice");
        assertTrue(Duration.between(n.getReceivedAt(), OffsetDateTime.now()).abs().toMinutes() < 5, "an organ cannot back-date");
        assertEquals(n.getId(), court.call(() -> notices.getNotice(n.getId())).getId());
        assertThrows(NotFoundException.class, () -> otherCourt.call(() -> notices.getNotice(n.getId())));
        assertEquals(1, countAll(clerkA), "the district's clerk sees the notice the organ sent");

        assertThrows(NotFoundException.class, () -> otherCourt.call(() -> notices.withdraw(n.getId(), "撤回")));
        CriminalNotice withdrawn = court.call(() -> notices.withdraw(n.getId(), "被告人已自行委托辩护人"));
        assertEquals(NoticeStatus.WITHDRAWN, withdrawn.getStatus());
        assertEquals("intake.notice.notWithdrawable", assertThrows(BusinessException.class,
                () -> court.call(() -> notices.withdraw(n.getId(), "再次撤回"))).messageKey());
        assertEquals(1, clerkA.call(() -> notices.countNotices(new NoticeFilter(NoticeStatus.WITHDRAWN, NotifyingOrganType.COURT, null, null))));
        assertEquals(0, clerkA.call(() -> notices.countNotices(new NoticeFilter(NoticeStatus.RECEIVED, null, null, null))));
    }

    @Test
    @DisplayName("only intake clerks, assignment officers and approvers read notices; an organ's account lists nothing")
    void whoMayReadNotices() {
        assertThrows(EJBAccessException.class, () -> reviewer.call(() -> notices.countNotices(NoticeFilter.all())));
        assertThrows(EJBAccessException.class, () -> reviewer.call(() -> notices.receive(courtNotice(number("13")))));
        assertThrows(EJBAccessException.class, () -> court.call(() -> notices.findNotices(NoticeFilter.all(), 0, 10)));
        assertThrows(EJBAccessException.class, () -> assigner.call(() -> notices.receive(courtNotice(number("14")))));
    }

    @Test
    void theListFiltersByReceiptDay() throws Exception {
        NewCriminalNotice old = courtNotice(number("15"));
        LocalDateTime tenDaysAgo = LocalDateTime.now(ChinaTime.ZONE).minusDays(10);
        old.setReceivedAt(tenDaysAgo);
        clerkA.call(() -> notices.receive(old));
        clerkA.call(() -> notices.receive(courtNotice(number("16"))));
        assertEquals(1, clerkA.call(() -> notices.countNotices(new NoticeFilter(null, null, tenDaysAgo.toLocalDate(), tenDaysAgo.toLocalDate()))));
        assertEquals(2, clerkA.call(() -> notices.countNotices(new NoticeFilter(null, null, tenDaysAgo.toLocalDate(), null))));
        assertEquals(0, clerkA.call(() -> notices.countNotices(new NoticeFilter(null, NotifyingOrganType.PROCURATORATE, null, null))));
    }
}
