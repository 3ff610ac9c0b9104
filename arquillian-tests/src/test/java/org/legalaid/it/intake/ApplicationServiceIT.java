package org.legalaid.it.intake;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.ApplicationFilter;
import org.legalaid.intake.ApplicationStatus;
import org.legalaid.intake.ApplicationStep;
import org.legalaid.intake.ApplicationStepKind;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.ConflictFinding;
import org.legalaid.intake.ExemptionRules;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.NewHardshipStandard;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.ReviewFindings;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.UrgentGround;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.MeansTestService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Applications (docs/domain.md lifecycle 2-6): the flow per role, approver rule, scoping, deemed withdrawal, objection")
class ApplicationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ApplicationServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private ApplicationService service;

    @Inject
    private ApplicantService applicants;

    @Inject
    private MeansTestService means;

    private Fixtures.Tree tree;
    private As clerkA;
    private As clerkB;
    private As reviewer;
    private As approver;
    private As reviewerApprover;
    private As bureau;
    private As admin;
    private String region;

    @BeforeEach
    void staff() throws Exception {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("clerkA"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("clerkB"), tree.districtB(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("reviewer"), tree.districtA(), pw, Role.REVIEWER);
        fixtures.account(tree.user("approver"), tree.districtA(), pw, Role.APPROVER);
        fixtures.account(tree.user("both"), tree.districtA(), pw, Role.REVIEWER, Role.APPROVER);
        fixtures.account(tree.user("bureau"), tree.bureau(), pw, Role.BUREAU_SUPERVISOR);
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        clerkA = As.user(tree.user("clerkA"), Role.INTAKE_CLERK);
        clerkB = As.user(tree.user("clerkB"), Role.INTAKE_CLERK);
        reviewer = As.user(tree.user("reviewer"), Role.REVIEWER);
        approver = As.user(tree.user("approver"), Role.APPROVER);
        reviewerApprover = As.user(tree.user("both"), Role.REVIEWER, Role.APPROVER);
        bureau = As.user(tree.user("bureau"), Role.BUREAU_SUPERVISOR);
        admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        region = "9" + (10000 + ThreadLocalRandom.current().nextInt(89999));
        admin.run(() -> {
            NewHardshipStandard s = new NewHardshipStandard();
            s.setRegionCode(region);
            s.setRegionName("测试区");
            s.setYear(LocalDate.now().getYear());
            s.setMinimumLivingStandard(new BigDecimal("1000.00"));
            s.setMultiplier(new BigDecimal("2"));
            s.setBasis("测试");
            means.setStandard(s);
        });
    }

    private static String idNumber(LocalDate birth) {
        String first17 = "370202" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(899));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private Applicant register(As clerk, String name, LocalDate birth, int household, String income) throws Exception {
        NewApplicant f = new NewApplicant();
        f.setIdNumber(idNumber(birth));
        f.setFullName(name);
        f.setHouseholdSize(household);
        f.setHouseholdMonthlyIncome(new BigDecimal(income));
        f.setLocalResident(true);
        return clerk.call(() -> applicants.register(f).applicant());
    }

    private NewApplication form(Applicant who, MatterCategory category) {
        NewApplication f = new NewApplication();
        f.setApplicantId(who.getId());
        f.setMatterType(MatterType.CIVIL);
        f.setMatterCategory(category);
        f.setFacts("子女拒不支付赡养费，申请人年老体弱。");
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode(region);
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        return f;
    }

    private Application elderlyMaintenance() throws Exception {
        Applicant old = register(clerkA, "王桂兰", LocalDate.now().minusYears(68).minusDays(3), 2, "9000.00");
        return clerkA.call(() -> service.submit(form(old, MatterCategory.ELDER_SUPPORT)));
    }

    private Application accepted(Application a) throws Exception {
        return clerkA.call(() -> service.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION, a.getVersion()));
    }

    @Test
    @DisplayName("Seed 001 + LAL art. 43: a 68-year-old in a maintenance dispute is exempt, proposed, approved — every step on the timeline")
    void wholeFlowPerRole() throws Exception {
        Application a = accepted(elderlyMaintenance());
        ClockItem decide = clerkA.call(() -> service.findClocks(a.getId())).get(0);
        assertEquals(ClockStep.DECIDE_APPLICATION, decide.getStep());
        assertEquals(a.getReceivedAt().toLocalDate().plusDays(8).atStartOfDay(), decide.getDueAt(),
                "LAL art. 43: 7 days from the day after receipt, to the end of the 7th day");
        assertEquals(1, clerkA.call(() -> service.countApplications(
                new ApplicationFilter(null, null, null, a.getReceivedAt().toLocalDate().plusDays(7), null))));
        assertEquals(0, clerkA.call(() -> service.countApplications(
                new ApplicationFilter(null, null, null, a.getReceivedAt().toLocalDate().plusDays(6), null))));
        ReviewFindings f = reviewer.call(() -> service.review(a.getId()));
        assertTrue(f.scope().inScope());
        assertEquals(ExemptionRules.LOCAL_ELDERLY_65, f.exemption().orElseThrow().code());
        assertTrue(f.meansTest().isPresent(), "the means test is computed even when exempt, for the record");

        Application proposed = reviewer.call(() -> service.propose(a.getId(), true, null, "申请人年满65周岁，涉及赡养纠纷，免予经济困难审查。", a.getVersion()));
        assertEquals(ApplicationStatus.PENDING_APPROVAL, proposed.getStatus());
        assertEquals(HardshipVerification.EXEMPT, proposed.getVerification());

        Application granted = approver.call(() -> service.approve(a.getId(), proposed.getVersion()));
        assertEquals(ApplicationStatus.GRANTED, granted.getStatus());
        assertEquals(tree.user("approver"), granted.getDecidedBy());

        List<ClockItem> clocks = clerkA.call(() -> service.findClocks(a.getId()));
        assertEquals(List.of(ClockStep.DECIDE_APPLICATION, ClockStep.ASSIGN_AFTER_GRANT), clocks.stream().map(ClockItem::getStep).toList());
        assertEquals(Boolean.FALSE, clocks.get(0).getLate(), "decided in time");
        assertTrue(clocks.get(1).isOpen(), "LAL art. 43: the 3-day assignment clock runs from the grant");

        List<ApplicationStepKind> kinds = clerkA.call(() -> service.findSteps(a.getId())).stream().map(ApplicationStep::getKind).toList();
        assertEquals(List.of(ApplicationStepKind.RECEIVED, ApplicationStepKind.ACCEPTED, ApplicationStepKind.PROPOSED_GRANT,
                ApplicationStepKind.GRANTED), kinds);
    }

    @Test
    @DisplayName("A clerk cannot approve, nor can a reviewer; an approver cannot approve their own proposal")
    void approverRule() throws Exception {
        Application a = accepted(elderlyMaintenance());
        Application proposed = reviewerApprover.call(() -> service.propose(a.getId(), true, null, "符合条件", a.getVersion()));
        assertThrows(EJBAccessException.class, () -> clerkA.call(() -> service.approve(a.getId(), proposed.getVersion())));
        assertThrows(EJBAccessException.class, () -> reviewer.call(() -> service.approve(a.getId(), proposed.getVersion())));
        BusinessException e = assertThrows(BusinessException.class,
                () -> reviewerApprover.call(() -> service.approve(a.getId(), proposed.getVersion())));
        assertEquals("intake.application.approverIsProposer", e.messageKey());
        assertEquals(ApplicationStatus.PENDING_APPROVAL, clerkA.call(() -> service.getApplication(a.getId())).getStatus());
        assertEquals(ApplicationStatus.GRANTED, approver.call(() -> service.approve(a.getId(), proposed.getVersion())).getStatus());
    }

    @Test
    @DisplayName("A district clerk never sees another district's applications")
    void unitScoping() throws Exception {
        Application a = elderlyMaintenance();
        assertThrows(NotFoundException.class, () -> clerkB.call(() -> service.getApplication(a.getId())));
        assertEquals(0, clerkB.call(() -> service.countApplications(ApplicationFilter.all())));
        assertEquals(1, clerkA.call(() -> service.countApplications(ApplicationFilter.all())));
        assertEquals(1, bureau.call(() -> service.countApplications(
                new ApplicationFilter(ApplicationStatus.SUBMITTED, tree.districtA().id(), MatterType.CIVIL, null, "王桂"))));
        assertThrows(NotFoundException.class, () -> clerkB.call(() -> service.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION, a.getVersion())));
    }

    @Test
    @DisplayName("LAL art. 43: missing materials listed once; not supplied by the deadline → deemed withdrawn by the sweep")
    void deemedWithdrawal() throws Exception {
        Application a = elderlyMaintenance();
        Application waiting = clerkA.call(() -> service.requestMaterials(a.getId(), Set.of(SupportingDocument.CATEGORY_PROOF), "请补交户口簿", a.getVersion()));
        assertEquals(ApplicationStatus.AWAITING_MATERIALS, waiting.getStatus());
        List<ClockItem> clocks = clerkA.call(() -> service.findClocks(a.getId()));
        assertNotNull(clocks.get(0).getPausedSince(), "the 7-day decision clock stands still while materials are awaited");
        assertEquals(ClockStep.SUPPLY_MATERIALS, clocks.get(1).getStep());
        assertEquals(clocks.get(1).getDueAt(), waiting.getMaterialsDueAt());
        assertTrue(waiting.getMaterialsDueAt().isAfter(LocalDateTime.now().plusDays(10)));
        assertEquals(0, admin.call(() -> service.deemOverdueWithdrawn()), "not yet due");

        fixtures.sql("update application set materials_due_at = ? where id = ?", LocalDateTime.now().minusMinutes(1), a.getId());
        assertTrue(admin.call(() -> service.deemOverdueWithdrawn()) >= 1);
        Application after = clerkA.call(() -> service.getApplication(a.getId()));
        assertEquals(ApplicationStatus.DEEMED_WITHDRAWN, after.getStatus());
        List<ApplicationStep> steps = clerkA.call(() -> service.findSteps(a.getId()));
        assertEquals(ApplicationStepKind.DEEMED_WITHDRAWN, steps.get(steps.size() - 1).getKind());
        assertEquals("system", steps.get(steps.size() - 1).getActor());
        assertTrue(clerkA.call(() -> service.findClocks(a.getId())).stream().noneMatch(ClockItem::isOpen), "no clock runs on");
        assertThrows(EJBAccessException.class, () -> clerkA.call(() -> service.deemOverdueWithdrawn()));
    }

    @Test
    @DisplayName("LAL art. 49: a refused applicant objects; the bureau supervisor orders aid; the clerk cannot decide it")
    void objectionOrdersAid() throws Exception {
        Applicant rich = register(clerkA, "赵四", LocalDate.of(1980, 5, 5), 1, "5000.00");
        Application a = accepted(clerkA.call(() -> service.submit(form(rich, MatterCategory.LABOUR_REMUNERATION))));
        assertThrows(BusinessException.class, () -> reviewer.call(() ->
                service.propose(a.getId(), true, HardshipVerification.INFORMATION_SHARING, "x", a.getVersion())));
        Application proposed = reviewer.call(() -> service.propose(a.getId(), false, null, "家庭人均收入超过当地经济困难标准。", a.getVersion()));
        Application refused = approver.call(() -> service.approve(a.getId(), proposed.getVersion()));
        assertEquals(ApplicationStatus.REFUSED, refused.getStatus());

        Application objected = clerkA.call(() -> service.receiveObjection(a.getId(), "收入中包含一次性拆迁补偿，不应计入。", refused.getVersion()));
        assertEquals(ApplicationStatus.OBJECTION_PENDING, objected.getStatus());
        assertThrows(EJBAccessException.class, () -> clerkA.call(() -> service.decideObjection(a.getId(), true, "x", objected.getVersion())));
        Application ordered = bureau.call(() -> service.decideObjection(a.getId(), true, "一次性补偿不属经常性收入，责令提供法律援助。", objected.getVersion()));
        assertEquals(ApplicationStatus.GRANTED, ordered.getStatus());
        assertEquals(tree.user("bureau"), ordered.getObjectionDecidedBy());
    }

    @Test
    @DisplayName("Urgent prior aid (LAL art. 44) lists the formalities owed")
    void urgentAid() throws Exception {
        Application a = elderlyMaintenance();
        Application urgent = reviewer.call(() -> service.startUrgentAid(a.getId(), UrgentGround.LIMITATION_ENDING, "诉讼时效5日后届满", a.getVersion()));
        assertTrue(urgent.isUrgent());
        assertTrue(urgent.formalitiesOwed().acceptance());
        assertTrue(urgent.formalitiesOwed().decision());
    }

    @Test
    @DisplayName("Conflict check: the applicant is the opposing party of another open application, by ID number")
    void conflictCheck() throws Exception {
        Applicant parent = register(clerkA, "孙大爷", LocalDate.now().minusYears(70), 1, "800.00");
        Applicant son = register(clerkA, "孙小明", LocalDate.of(1985, 3, 3), 1, "800.00");
        NewApplication first = form(parent, MatterCategory.ELDER_SUPPORT);
        first.setOpposingPartyName("孙小明");
        first.setOpposingPartyIdNumber(son.idNumber());
        Application parentsCase = clerkA.call(() -> service.submit(first));
        Application sonsCase = clerkA.call(() -> service.submit(form(son, MatterCategory.PERSONAL_INJURY)));

        List<ConflictFinding> forSon = reviewer.call(() -> service.findConflicts(sonsCase.getId()));
        assertEquals(1, forSon.size());
        assertEquals(ConflictFinding.Kind.APPLICANT_IS_OPPOSING_PARTY, forSon.get(0).kind());
        assertEquals(parentsCase.getId(), forSon.get(0).otherApplicationId());
        assertTrue(forSon.get(0).byIdNumber());

        List<ConflictFinding> forParent = reviewer.call(() -> service.findConflicts(parentsCase.getId()));
        assertEquals(ConflictFinding.Kind.OPPOSING_PARTY_IS_APPLICANT, forParent.get(0).kind());
    }

    @Test
    @DisplayName("Bad input: 10,000-character facts, script tags, missing category, forwarded without facility → refused, nothing saved")
    void badInputSavesNothing() throws Exception {
        Applicant who = register(clerkA, "钱七", LocalDate.of(1990, 1, 1), 1, "100.00");
        long before = fixtures.count("select count(a) from Application a");
        NewApplication longFacts = form(who, MatterCategory.WORK_INJURY);
        longFacts.setFacts("事".repeat(10_000));
        assertInstanceOf(ConstraintViolationException.class, rootOf(assertThrows(Exception.class, () -> clerkA.call(() -> service.submit(longFacts)))));
        NewApplication script = form(who, MatterCategory.WORK_INJURY);
        script.setFacts("<script>alert(1)</script>");
        assertInstanceOf(ConstraintViolationException.class, rootOf(assertThrows(Exception.class, () -> clerkA.call(() -> service.submit(script)))));
        NewApplication noCategory = form(who, null);
        assertInstanceOf(ConstraintViolationException.class, rootOf(assertThrows(Exception.class, () -> clerkA.call(() -> service.submit(noCategory)))));
        NewApplication forwarded = form(who, MatterCategory.WORK_INJURY);
        forwarded.setChannel(ApplicationChannel.CUSTODY_FORWARD);
        BusinessException e = assertThrows(BusinessException.class, () -> clerkA.call(() -> service.submit(forwarded)));
        assertEquals("intake.application.custodyDetailsMissing", e.messageKey());
        assertEquals(before, fixtures.count("select count(a) from Application a"));
        assertEquals(0, fixtures.count("select count(s) from ApplicationStep s where s.applicationId not in (select a.id from Application a)"));
    }

    @Test
    @DisplayName("Stale data: a second clerk acting on the version already changed is refused")
    void staleVersionRefused() throws Exception {
        Application a = elderlyMaintenance();
        accepted(a);
        BusinessException e = assertThrows(BusinessException.class, () -> clerkA.call(() ->
                service.requestMaterials(a.getId(), Set.of(SupportingDocument.IDENTITY), null, a.getVersion())));
        assertEquals("error.staleData", e.messageKey());
    }

    private static Throwable rootOf(Throwable e) {
        return e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
    }
}
