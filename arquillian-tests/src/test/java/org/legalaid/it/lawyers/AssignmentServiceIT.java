package org.legalaid.it.lawyers;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.legalaid.intake.ApplicationStepKind;
import org.legalaid.intake.AssignableCase;
import org.legalaid.intake.ClockItem;
import org.legalaid.intake.ClockStep;
import org.legalaid.intake.CriminalNotice;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.NewHardshipStandard;
import org.legalaid.intake.boundary.MeansTestService;
import org.legalaid.intake.MandatoryDefenceGround;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.NewCriminalNotice;
import org.legalaid.intake.NoticeStatus;
import org.legalaid.intake.NotifyingOrganType;
import org.legalaid.intake.ProceedingStage;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.StatutoryNeeds;
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.AssignableCaseService;
import org.legalaid.intake.boundary.NoticeService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.lawyers.Assignment;
import org.legalaid.lawyers.AssignmentRanking;
import org.legalaid.lawyers.EndReason;
import org.legalaid.lawyers.InterestRelation;
import org.legalaid.lawyers.Reason;
import org.legalaid.lawyers.RequiredNeeds;
import org.legalaid.lawyers.boundary.AssignmentDocument;
import org.legalaid.lawyers.boundary.AssignmentRecord;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.lawyers.boundary.NeedsOverride;
import org.legalaid.lawyers.boundary.Ranking;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.ChinaTime;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.StatusChangeRequest;
import org.legalaid.lawyers.boundary.LawyerRegistryService;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;
import org.legalaid.shared.pdf.ChineseDates;
import org.legalaid.shared.pdf.OfficialDocumentRenderer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Assignment (docs/domain.md lifecycle 7, issue 4): explained ranking, documents, clocks, conflicts, capacity under concurrency")
class AssignmentServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AssignmentServiceIT.class, AssignmentPool.class, AssignmentPool.Sql.class,
                AssignmentPool.LawyerSpec.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private AssignmentService service;

    @Inject
    private AssignableCaseService cases;

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicantService applicants;

    @Inject
    private NoticeService notices;

    @Inject
    private OfficialDocumentRenderer renderer;

    @Inject
    private MeansTestService means;

    @Inject
    private LawyerRegistryService registry;

    private Fixtures.Tree tree;
    private AssignmentPool pool;
    private As clerk;
    private As reviewer;
    private As approver;
    private As officer;
    private As officerB;
    private String region;
    private long firmA;
    private long firmB;

    @BeforeEach
    void staffAndPool() throws Exception {
        tree = fixtures.tree();
        pool = new AssignmentPool(fixtures::sql);
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("clerk"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("reviewer"), tree.districtA(), pw, Role.REVIEWER);
        fixtures.account(tree.user("approver"), tree.districtA(), pw, Role.APPROVER);
        fixtures.account(tree.user("officer"), tree.districtA(), pw, Role.ASSIGNMENT_OFFICER);
        fixtures.account(tree.user("officerB"), tree.districtB(), pw, Role.ASSIGNMENT_OFFICER);
        clerk = As.user(tree.user("clerk"), Role.INTAKE_CLERK);
        reviewer = As.user(tree.user("reviewer"), Role.REVIEWER);
        approver = As.user(tree.user("approver"), Role.APPROVER);
        officer = As.user(tree.user("officer"), Role.ASSIGNMENT_OFFICER);
        officerB = As.user(tree.user("officerB"), Role.ASSIGNMENT_OFFICER);
        region = AssignmentPool.region();
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        As.user(tree.user("admin"), Role.SYSTEM_ADMIN).run(() -> {
            NewHardshipStandard s = new NewHardshipStandard();
            s.setRegionCode(region);
            s.setRegionName("测试区");
            s.setYear(LocalDate.now().getYear());
            s.setMinimumLivingStandard(new BigDecimal("1000.00"));
            s.setMultiplier(new BigDecimal("2"));
            s.setBasis("测试");
            means.setStandard(s);
        });
        firmA = pool.firm(tree.districtA().id(), "山东甲律师事务所" + tree.suffix(), region);
        firmB = pool.firm(tree.districtA().id(), "山东乙律师事务所" + tree.suffix(), region);
    }

    // ---- cases ---------------------------------------------------------------------------------

    private static String idNumber(LocalDate birth) {
        String first17 = "370202" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(899));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private Applicant register(String name, String id) throws Exception {
        NewApplicant f = new NewApplicant();
        f.setIdNumber(id);
        f.setFullName(name);
        f.setHouseholdSize(2);
        f.setHouseholdMonthlyIncome(new BigDecimal("900.00"));
        f.setLocalResident(true);
        return clerk.call(() -> applicants.register(f).applicant());
    }

    /** A granted maintenance application of a 68-year-old (exempt from the means test), against {@code opposingName}. */
    private Application granted(String name, String id, String opposingName, String opposingId) throws Exception {
        Applicant who = register(name, id);
        NewApplication f = new NewApplication();
        f.setApplicantId(who.getId());
        f.setMatterType(MatterType.CIVIL);
        f.setMatterCategory(MatterCategory.ELDER_SUPPORT);
        f.setFacts("子女拒不支付赡养费，申请人年老体弱。");
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode(region);
        f.setOpposingPartyName(opposingName);
        f.setOpposingPartyIdNumber(opposingId);
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        Application a = clerk.call(() -> applications.submit(f));
        Application accepted = clerk.call(() -> applications.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION, a.getVersion()));
        Application proposed = reviewer.call(() -> applications.propose(a.getId(), true,
                HardshipVerification.INFORMATION_SHARING, "符合法律援助条件。", accepted.getVersion()));
        return approver.call(() -> applications.approve(a.getId(), proposed.getVersion()));
    }

    private Application granted() throws Exception {
        return granted("王桂兰", idNumber(LocalDate.now().minusYears(68).minusDays(3)), "李建国",
                idNumber(LocalDate.now().minusYears(40)));
    }

    private CriminalNotice notice(ProceedingStage stage, MandatoryDefenceGround ground) throws Exception {
        NewCriminalNotice f = new NewCriminalNotice();
        f.setOrganType(NotifyingOrganType.COURT);
        f.setOrganName("山东省高级人民法院");
        f.setOrganDocumentNumber("（2026）鲁刑核" + TestPasswords.uniqueSuffix() + "号");
        f.setDefendantName("张三");
        f.setCharge("故意杀人罪");
        f.setStage(stage);
        f.setGrounds(Set.of(ground));
        f.setDetentionPlace("青岛市看守所");
        return clerk.call(() -> notices.receive(f).notice());
    }

    private long openCases(long lawyerId) {
        for (int n = 0; n <= 99; n++) {
            if (fixtures.count("select count(l) from Lawyer l where l.id = " + lawyerId + " and l.openCases = " + n) == 1) {
                return n;
            }
        }
        throw new AssertionError("no lawyer " + lawyerId);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static List<String> keys(Ranking.Row row) {
        return row.reasons().stream().map(Reason::key).toList();
    }

    private static Ranking.Row excludedRow(Ranking r, long lawyerId) {
        return r.excluded().stream().filter(x -> x.lawyerId() == lawyerId).findFirst()
                .orElseThrow(() -> new AssertionError("lawyer " + lawyerId + " not among the excluded: " + r.excluded()));
    }

    // ---- tests ---------------------------------------------------------------------------------

    @Test
    @DisplayName("LAL art. 43 + 2023 rules art. 27: a granted application is assigned to the top candidate; notice and letter numbered and worded; the 5-day agreement clock starts and the signed agreement stops it")
    void fullAssignmentOfAGrantedApplication() throws Exception {
        long family = pool.lawyer(firmA, AssignmentPool.lawyer("赵家事").specialties("CIVIL", "FAMILY").regions(region));
        long busy = pool.lawyer(firmB, AssignmentPool.lawyer("钱民事").specialties("CIVIL").regions(region).open(2));
        long suspended = pool.lawyer(firmB, AssignmentPool.lawyer("孙暂停").status("SUSPENDED").specialties("CIVIL", "FAMILY").regions(region));
        Application a = granted();

        List<AssignableCase> worklist = officer.call(() -> cases.findAwaitingAssignment());
        assertTrue(worklist.stream().anyMatch(c -> c.id() == a.getId() && c.type() == SubjectType.APPLICATION), "on the worklist");
        Ranking r = officer.call(() -> service.rank(SubjectType.APPLICATION, a.getId(), NeedsOverride.NONE));
        assertEquals(List.of(family, busy), r.ranked().stream().map(Ranking.Row::lawyerId).toList(),
                "equal fulfilment: fewer open cases first");
        assertEquals(List.of(AssignmentRanking.RANK_FULFILMENT, AssignmentRanking.RANK_OPEN_CASES, AssignmentRanking.RANK_BONUS),
                keys(r.ranked().get(0)), "each rank says why, the family specialty adds to the bonus");
        assertEquals(List.of(AssignmentRanking.NOT_ACTIVE), keys(excludedRow(r, suspended)));
        assertEquals("lawyerStatus.SUSPENDED", excludedRow(r, suspended).reasons().get(0).args().get(0));

        Assignment done = officer.call(() -> service.assign(SubjectType.APPLICATION, a.getId(), family, null, NeedsOverride.NONE));
        int year = LocalDate.now(ChinaTime.ZONE).getYear();
        assertEquals(tree.districtA().code() + "法援指〔" + year + "〕1号", done.getNoticeNumber(), "the unit's first notice of the year");
        assertEquals(tree.districtA().code() + "法援函〔" + year + "〕1号", done.getLetterNumber());
        assertEquals(1, done.getCandidateRank());
        assertNull(done.getOverrideReason());
        assertEquals(1, openCases(family));

        List<ClockItem> clocks = clerk.call(() -> applications.findClocks(a.getId()));
        ClockItem assignClock = clocks.stream().filter(c -> c.getStep() == ClockStep.ASSIGN_AFTER_GRANT).findFirst().orElseThrow();
        assertFalse(assignClock.isOpen(), "LAL art. 43: the 3-day clock stops at the assignment");
        assertEquals(Boolean.FALSE, assignClock.getLate());
        assertEquals(ApplicationStepKind.LAWYER_ASSIGNED, last(clerk.call(() -> applications.findSteps(a.getId()))).getKind());
        List<ClockItem> agreement = officer.call(() -> cases.findAgreementClocks(done.getId()));
        assertEquals(1, agreement.size());
        assertEquals(ClockStep.SIGN_AGREEMENT, agreement.get(0).getStep());
        assertEquals(done.getAssignedOn().plusDays(6).atStartOfDay(), agreement.get(0).getDueAt(), "5 days, to the end of the 5th");
        assertFalse(officer.call(() -> cases.findAwaitingAssignment()).stream().anyMatch(c -> c.id() == a.getId()), "off the worklist");

        String notice = pdfText(renderer.render(officer.call(() -> service.document(done.getId(), AssignmentDocument.NOTICE, "甲区法律援助中心"))));
        for (String part : new String[]{"法律援助案件指派通知书", done.getNoticeNumber(), "山东甲律师事务所" + tree.suffix() + "：",
                "赵家事", "王桂兰", "李建国", ChineseDates.format(done.getAssignedOn().plusDays(5)) + "前与受援人签订委托协议",
                "《办理法律援助案件程序规定》第二十七条"}) {
            assertTrue(notice.contains(part), "notice lacks " + part + ":\n" + notice);
        }
        String letter = pdfText(renderer.render(officer.call(() -> service.document(done.getId(), AssignmentDocument.LETTER, "甲区法律援助中心"))));
        for (String part : new String[]{"法律援助公函", done.getLetterNumber(), "指派山东甲律师事务所" + tree.suffix() + "赵家事律师",
                "王桂兰", "第四十三条"}) {
            assertTrue(letter.contains(part), "letter lacks " + part + ":\n" + letter);
        }

        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        BusinessException early = assertThrows(BusinessException.class,
                () -> officer.call(() -> service.recordAgreementSigned(done.getId(), done.getAssignedOn().minusDays(1))));
        assertEquals("lawyers.assignment.agreementBeforeAssignment", early.messageKey());
        Assignment signed = officer.call(() -> service.recordAgreementSigned(done.getId(), today));
        assertEquals(today, signed.getAgreementSignedOn());
        ClockItem stopped = officer.call(() -> cases.findAgreementClocks(done.getId())).get(0);
        assertFalse(stopped.isOpen());
        assertEquals(Boolean.FALSE, stopped.getLate(), "signed in time");
        BusinessException twice = assertThrows(BusinessException.class,
                () -> officer.call(() -> service.recordAgreementSigned(done.getId(), today)));
        assertEquals("lawyers.assignment.agreementAlreadyRecorded", twice.messageKey(), "recorded once");
    }

    @Test
    @DisplayName("LAL art. 26: for a death-penalty review a suspended lawyer and one with 2 years of criminal practice are excluded with the reason, and cannot be assigned")
    void deathPenaltyReviewExcludesSuspendedAndJunior() throws Exception {
        long senior = pool.lawyer(firmA, AssignmentPool.lawyer("周资深").specialties("CRIMINAL")
                .criminalSince(LocalDate.now().minusYears(9)).regions(region));
        long junior = pool.lawyer(firmA, AssignmentPool.lawyer("吴新锐").specialties("CRIMINAL")
                .criminalSince(LocalDate.now().minusYears(2).minusDays(10)).regions(region));
        long suspended = pool.lawyer(firmB, AssignmentPool.lawyer("郑暂停").status("SUSPENDED").specialties("CRIMINAL")
                .criminalSince(LocalDate.now().minusYears(15)).regions(region));
        CriminalNotice n = notice(ProceedingStage.DEATH_PENALTY_REVIEW, MandatoryDefenceGround.DEATH_PENALTY_REVIEW);

        Ranking r = officer.call(() -> service.rank(SubjectType.NOTICE, n.getId(), NeedsOverride.NONE));
        assertEquals(region, r.needs().region(), "a notice names no district: the district of the centre's firms");
        assertTrue(r.needs().seniorCriminalRequired());
        assertEquals(List.of(senior), r.ranked().stream().map(Ranking.Row::lawyerId).toList());
        Ranking.Row juniorRow = excludedRow(r, junior);
        assertEquals(List.of(AssignmentRanking.CRIMINAL_PRACTICE + RequiredNeeds.STATUTORY), keys(juniorRow));
        assertEquals(List.of(2, 3, StatutoryNeeds.BASIS_DEATH_PENALTY_REVIEW), juniorRow.reasons().get(0).args(),
                "issue 21: the exclusion names the law");
        assertEquals(List.of(AssignmentRanking.NOT_ACTIVE), keys(excludedRow(r, suspended)));

        BusinessException refused = assertThrows(BusinessException.class,
                () -> officer.call(() -> service.assign(SubjectType.NOTICE, n.getId(), junior, "他有空", NeedsOverride.NONE)));
        assertEquals(AssignmentRanking.CRIMINAL_PRACTICE + RequiredNeeds.STATUTORY, refused.messageKey(),
                "the server checks again, whatever the screen sent");
        assertEquals(0, openCases(junior));
        assertTrue(officer.call(() -> service.findHistory(SubjectType.NOTICE, n.getId())).isEmpty(), "nothing saved");

        Assignment done = officer.call(() -> service.assign(SubjectType.NOTICE, n.getId(), senior, null, NeedsOverride.NONE));
        assertEquals(NoticeStatus.ASSIGNED, clerk.call(() -> notices.getNotice(n.getId())).getStatus(), "LAL art. 36");
        String letter = pdfText(renderer.render(officer.call(() -> service.document(done.getId(), AssignmentDocument.LETTER, "甲区法律援助中心"))));
        assertTrue(letter.contains("山东省高级人民法院：") && letter.contains("死刑复核阶段的辩护人"), letter);
        assertThrows(NotFoundException.class, () -> officerB.call(() -> service.rank(SubjectType.NOTICE, n.getId(), NeedsOverride.NONE)),
                "another district's officer does not see the case");
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> service.assign(SubjectType.NOTICE, n.getId(), senior, null, null)));
    }

    @Test
    @DisplayName("Status lifecycle (issue 4): a lawyer suspended by the officer's request and the director's approval is no longer offered and cannot be assigned")
    void suspensionThroughTheLifecycleBlocksAssignment() throws Exception {
        long lawyer = pool.lawyer(firmA, AssignmentPool.lawyer("孙在库").specialties("CIVIL", "FAMILY").regions(region));
        Application a = granted();
        Ranking before = officer.call(() -> service.rank(SubjectType.APPLICATION, a.getId(), NeedsOverride.NONE));
        assertTrue(before.ranked().stream().anyMatch(r -> r.lawyerId() == lawyer), "offered while active");

        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        StatusChangeRequest request = officer.call(() -> registry.requestStatusChange(lawyer, LawyerStatus.SUSPENDED, today,
                "年度考核不合格，暂停指派"));
        approver.call(() -> registry.approveStatusChange(request.getId(), "同意暂停"));

        Ranking after = officer.call(() -> service.rank(SubjectType.APPLICATION, a.getId(), NeedsOverride.NONE));
        assertTrue(after.ranked().stream().noneMatch(r -> r.lawyerId() == lawyer), "not offered once suspended");
        assertEquals(List.of(AssignmentRanking.NOT_ACTIVE), keys(excludedRow(after, lawyer)));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> officer.call(() -> service.assign(SubjectType.APPLICATION, a.getId(), lawyer, "申请人点名要求", NeedsOverride.NONE)));
        assertEquals(AssignmentRanking.NOT_ACTIVE, refused.messageKey());
        assertEquals(0, openCases(lawyer), "no new work");
    }

    @Test
    @DisplayName("The rest of the pool, on demand: a suspended lawyer of another district counts once in all, under both rules it fails")
    void restOfThePoolCountedPerRule() throws Exception {
        Application a = granted();
        Ranking.Elsewhere before = officer.call(() -> service.countElsewhere(SubjectType.APPLICATION, a.getId(), NeedsOverride.NONE));
        long firmElsewhere = pool.firm(tree.districtB().id(), "山东丙律师事务所" + tree.suffix(), AssignmentPool.region());
        pool.lawyer(firmElsewhere, AssignmentPool.lawyer("钱远方").status("SUSPENDED").specialties("CIVIL", "FAMILY")
                .regions(AssignmentPool.region()));
        Ranking.Elsewhere after = officer.call(() -> service.countElsewhere(SubjectType.APPLICATION, a.getId(), NeedsOverride.NONE));
        assertEquals(before.lawyers() + 1, after.lawyers());
        assertEquals(count(before, AssignmentRanking.REGION) + 1, count(after, AssignmentRanking.REGION));
        assertEquals(count(before, AssignmentRanking.NOT_ACTIVE) + 1, count(after, AssignmentRanking.NOT_ACTIVE));
        assertEquals(count(before, AssignmentRanking.SPECIALTY), count(after, AssignmentRanking.SPECIALTY), "the specialty fits");
    }

    private static long count(Ranking.Elsewhere e, String key) {
        return e.reasons().stream().filter(r -> r.key().equals(key)).mapToLong(Ranking.ReasonCount::lawyers).sum();
    }

    @Test
    @DisplayName("Conflicts of interest (Lawyers Law art. 39): a lawyer who declared the opposing party as a client, and the firm whose lawyer once acted for the opposing party in legal aid, are excluded")
    void conflictsViaDeclaredInterestAndFirmsPastClient() throws Exception {
        String opponentId = idNumber(LocalDate.now().minusYears(45));
        long declared = pool.lawyer(firmA, AssignmentPool.lawyer("冯申报").specialties("CIVIL").regions(region));
        long pastLawyer = pool.lawyer(firmB, AssignmentPool.lawyer("陈旧案").specialties("CIVIL").regions(region));
        long colleague = pool.lawyer(firmB, AssignmentPool.lawyer("褚同所").specialties("CIVIL").regions(region));
        long firmC = pool.firm(tree.districtA().id(), "山东丙律师事务所" + tree.suffix(), region);
        long clean = pool.lawyer(firmC, AssignmentPool.lawyer("卫清白").specialties("CIVIL").regions(region).open(1));

        // An earlier case: the future opponent was the applicant, and 陈旧案 of firm B acted for them.
        // 冯申报 of firm A declares the opponent as a client of his own: firm A acted for them too.
        Application earlier = granted("李大成", opponentId, "某公司", null);
        officer.call(() -> service.assign(SubjectType.APPLICATION, earlier.getId(), pastLawyer,
                "前案指定", NeedsOverride.NONE));
        officer.call(() -> service.declareInterest(declared, InterestRelation.CLIENT, "李大成", opponentId, null, "常年法律顾问"));

        Application now = granted("王秀英", idNumber(LocalDate.now().minusYears(70)), "李大成", opponentId);
        Ranking r = officer.call(() -> service.rank(SubjectType.APPLICATION, now.getId(), NeedsOverride.NONE));
        assertEquals(List.of(clean), r.ranked().stream().map(Ranking.Row::lawyerId).toList());
        assertEquals(List.of(AssignmentRanking.CONFLICT_LAWYER, AssignmentRanking.CONFLICT_FIRM), keys(excludedRow(r, declared)));
        assertEquals(List.of(AssignmentRanking.CONFLICT_LAWYER, AssignmentRanking.CONFLICT_FIRM), keys(excludedRow(r, pastLawyer)));
        assertEquals(List.of(AssignmentRanking.CONFLICT_FIRM), keys(excludedRow(r, colleague)));
        String shown = (String) excludedRow(r, colleague).reasons().get(0).args().get(0);
        assertTrue(shown.startsWith("李大成（") && !shown.contains(opponentId), "the party by name, the ID number masked: " + shown);

        long interest = officer.call(() -> service.findInterests(declared)).get(0).getId();
        officer.run(() -> service.removeInterest(interest));
        Ranking after = officer.call(() -> service.rank(SubjectType.APPLICATION, now.getId(), NeedsOverride.NONE));
        assertTrue(after.ranked().stream().anyMatch(x -> x.lawyerId() == declared), "eligible again once the interest is removed");
    }

    @Test
    @DisplayName("Passing over the top candidate needs a recorded reason (issue 4)")
    void overrideWithoutReasonIsRefused() throws Exception {
        long top = pool.lawyer(firmA, AssignmentPool.lawyer("蒋首位").specialties("CIVIL").regions(region));
        long second = pool.lawyer(firmB, AssignmentPool.lawyer("沈次位").specialties("CIVIL").regions(region).open(1));
        Application a = granted();
        BusinessException e = assertThrows(BusinessException.class,
                () -> officer.call(() -> service.assign(SubjectType.APPLICATION, a.getId(), second, "  ", NeedsOverride.NONE)));
        assertEquals("lawyers.assignment.overrideReasonRequired", e.messageKey());
        assertEquals(1, openCases(second), "nothing taken");
        assertTrue(officer.call(() -> service.findHistory(SubjectType.APPLICATION, a.getId())).isEmpty());

        Assignment done = officer.call(() -> service.assign(SubjectType.APPLICATION, a.getId(), second, "受援人曾委托该律师咨询，信任度高", NeedsOverride.NONE));
        assertEquals(2, done.getCandidateRank());
        assertEquals(2, openCases(second));
        assertEquals("受援人曾委托该律师咨询，信任度高", done.getOverrideReason());
        assertEquals(0, openCases(top));
        BusinessException again = assertThrows(BusinessException.class,
                () -> officer.call(() -> service.assign(SubjectType.APPLICATION, a.getId(), top, null, NeedsOverride.NONE)));
        assertEquals("lawyers.assign.alreadyAssigned", again.messageKey(), "one current lawyer per case");
    }

    @Test
    @DisplayName("LAL art. 55: a change of lawyer ends the current assignment, keeps it in the history and moves the capacity")
    void lawyerChangeKeepsHistoryAndMovesCapacity() throws Exception {
        long first = pool.lawyer(firmA, AssignmentPool.lawyer("韩原任").specialties("CIVIL").regions(region));
        long next = pool.lawyer(firmB, AssignmentPool.lawyer("杨接任").specialties("CIVIL").regions(region).open(1));
        Application a = granted();
        Assignment initial = officer.call(() -> service.assign(SubjectType.APPLICATION, a.getId(), first, null, NeedsOverride.NONE));
        assertEquals(1, openCases(first));

        BusinessException same = assertThrows(BusinessException.class, () -> officer.call(() ->
                service.changeLawyer(initial.getId(), EndReason.CLIENT_REQUEST, "受援人要求更换", first, null)));
        assertEquals("lawyers.change.sameLawyer", same.messageKey());
        Assignment replaced = officer.call(() -> service.changeLawyer(initial.getId(), EndReason.CLIENT_REQUEST,
                "受援人认为承办律师未及时告知案件进展", next, null));
        assertEquals(1, replaced.getCandidateRank(), "ranked without the lawyer who leaves");
        assertEquals(0, openCases(first));
        assertEquals(2, openCases(next));

        List<AssignmentRecord> history = officer.call(() -> service.findHistory(SubjectType.APPLICATION, a.getId()));
        assertEquals(List.of(first, next), history.stream().map(h -> h.assignment().getLawyerId()).toList());
        assertEquals(EndReason.CLIENT_REQUEST, history.get(0).assignment().getEndReason());
        assertFalse(history.get(0).assignment().isCurrent());
        assertTrue(history.get(1).assignment().isCurrent());
        assertTrue(history.get(1).agreementDue() != null, "the next lawyer's firm has its own 5 days");
        assertFalse(officer.call(() -> cases.findAgreementClocks(initial.getId())).get(0).isOpen(), "the first clock fell away");
        assertEquals(ApplicationStepKind.LAWYER_CHANGED, last(clerk.call(() -> applications.findSteps(a.getId()))).getKind());
        assertEquals(List.of(a.getId()), officer.call(() -> service.findAssignments(first)).stream()
                .map(x -> x.assignment().getSubjectId()).toList(), "the lawyer's profile keeps the ended case");
    }

    @Test
    @DisplayName("LAL art. 62-63: a refusal is recorded with its reason; a blank reason is refused and saves nothing")
    void refusalRecorded() throws Exception {
        long lawyer = pool.lawyer(firmA, AssignmentPool.lawyer("朱拒绝").specialties("CIVIL").regions(region));
        Application a = granted();
        officer.call(() -> service.recordRefusal(SubjectType.APPLICATION, a.getId(), lawyer, "近期出国，无法承办", false, null));
        assertEquals(List.of("近期出国，无法承办"), officer.call(() -> service.findRefusals(lawyer)).stream()
                .map(x -> x.getReason()).toList());
        Exception blank = assertThrows(Exception.class,
                () -> officer.call(() -> service.recordRefusal(SubjectType.APPLICATION, a.getId(), lawyer, " ", false, null)));
        Throwable cause = blank instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : blank;
        assertInstanceOf(ConstraintViolationException.class, cause);
        assertEquals(1, officer.call(() -> service.findRefusalsOfCase(SubjectType.APPLICATION, a.getId())).size());
    }

    @Test
    @DisplayName("Capacity at the database: 8 officers assign 8 cases to one lawyer with room for 3 at the same moment — exactly 3 succeed")
    void parallelAssignmentsNeverExceedCapacity() throws Exception {
        long only = pool.lawyer(firmA, AssignmentPool.lawyer("秦三件").specialties("CRIMINAL")
                .criminalSince(LocalDate.now().minusYears(8)).regions(region).max(3));
        List<CriminalNotice> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(notice(ProceedingStage.FIRST_INSTANCE, MandatoryDefenceGround.IMPAIRED_UNDERSTANDING));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (CriminalNotice n : eight) {
                results.add(threads.submit(() -> {
                    try {
                        officer.call(() -> service.assign(SubjectType.NOTICE, n.getId(), only, null, NeedsOverride.NONE));
                        return "ok";
                    } catch (BusinessException e) {
                        return e.messageKey();
                    }
                }));
            }
            List<String> outcome = new ArrayList<>();
            for (Future<String> f : results) {
                outcome.add(f.get());
            }
            assertEquals(3, outcome.stream().filter("ok"::equals).count(), outcome.toString());
            assertTrue(outcome.stream().filter(o -> !"ok".equals(o))
                    .allMatch(o -> o.equals("lawyers.assign.noCapacity") || o.equals(AssignmentRanking.CAPACITY)), outcome.toString());
        } finally {
            threads.shutdownNow();
        }
        assertEquals(3, openCases(only));
        assertEquals(3, officer.call(() -> service.findAssignments(only)).size());
    }

    @Test
    @DisplayName("Bad input gets a clear message and saves nothing: an unknown lawyer, a bad region, a bad ID number in an interest")
    void badInput() throws Exception {
        long lawyer = pool.lawyer(firmA, AssignmentPool.lawyer("许正常").specialties("CIVIL").regions(region));
        Application a = granted();
        assertThrows(NotFoundException.class, () -> officer.call(() -> service.assign(SubjectType.APPLICATION, a.getId(), 1L, null, null)));
        BusinessException badRegion = assertThrows(BusinessException.class, () -> officer.call(() ->
                service.rank(SubjectType.APPLICATION, a.getId(), new NeedsOverride("北京", null, null, null))));
        assertEquals("lawyers.assign.regionInvalid", badRegion.messageKey());
        BusinessException badId = assertThrows(BusinessException.class, () -> officer.call(() ->
                service.declareInterest(lawyer, InterestRelation.RELATIVE, "某人", "110105194912310021", null, null)));
        assertTrue(badId.messageKey().startsWith("intake.residentId"), badId.messageKey());
        assertTrue(officer.call(() -> service.findInterests(lawyer)).isEmpty());
        assertTrue(officer.call(() -> service.findHistory(SubjectType.APPLICATION, a.getId())).isEmpty());
        assertEquals(0, openCases(lawyer));
        Ranking needsSignLanguage = officer.call(() -> service.rank(SubjectType.APPLICATION, a.getId(),
                new NeedsOverride(null, "csl", null, null)));
        assertEquals(List.of(AssignmentRanking.LANGUAGE), keys(excludedRow(needsSignLanguage, lawyer)));
        assertEquals("language.csl", excludedRow(needsSignLanguage, lawyer).reasons().get(0).args().get(0));
    }

    // ---- documents (issue 18) -----------------------------------------------------------------

    /** Closing punctuation a line may not start with, opening punctuation it may not end with (GB/T 15834 usage, 避头尾). */
    private static final String NO_LINE_START = "。，、；：？！）」』》〉】〕…";
    private static final String NO_LINE_END = "（「『《〈【〔";

    @Test
    @DisplayName("issue 18: decision, notice and letter for a legal service worker with long names and long facts — the decision's grounds, "
            + "法律服务工作者 not 律师, laws in full then short, 避头尾 on every line, the signature never alone on a page")
    void documentsFollowTheRulesOfOfficialDocuments() throws Exception {
        String office = "青岛市市北区台东街道辽宁路社区基层法律服务所" + tree.suffix();
        long officeId = pool.office(tree.districtA().id(), office, region);
        long worker = pool.lawyer(officeId, AssignmentPool.lawyer("欧阳慕容晓").worker().specialties("CIVIL", "FAMILY").regions(region));
        Applicant who = register("司马欧阳秀兰", idNumber(LocalDate.now().minusYears(71)));
        NewApplication f = new NewApplication();
        f.setApplicantId(who.getId());
        f.setMatterType(MatterType.CIVIL);
        f.setMatterCategory(MatterCategory.ELDER_SUPPORT);
        StringBuilder facts = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            facts.append("（").append(i).append("）申请人自2019年起独居，其子李建国（住青岛市市北区辽宁路").append(100 + i)
                    .append("号）未按《赡养协议》（2018年签订）约定每月支付赡养费800元，累计拖欠。");
        }
        f.setFacts(facts.toString());
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode(region);
        f.setOpposingPartyName("李建国");
        f.setOpposingPartyIdNumber(idNumber(LocalDate.now().minusYears(45)));
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        Application a = clerk.call(() -> applications.submit(f));
        Application accepted = clerk.call(() -> applications.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION, a.getVersion()));
        Application proposed = reviewer.call(() -> applications.propose(a.getId(), true, HardshipVerification.INFORMATION_SHARING,
                "经审查，申请人年满七十周岁，建议给予法律援助。", accepted.getVersion()));
        Application decided = approver.call(() -> applications.approve(a.getId(), proposed.getVersion()));

        java.util.ResourceBundle labels = new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][]{{decided.getScopeBasisKey(), "《法律援助法》第三十一条第（四）项：请求给付赡养费、抚养费、扶养费"}};
            }
        };
        byte[] decision = renderer.render(approver.call(() -> applications.decisionDocument(a.getId(),
                org.legalaid.intake.boundary.DecisionDocument.DECISION, "甲区法律援助中心", "测试市司法局", labels)));
        String d = pdfText(decision);
        assertFalse(d.contains("建议给予") || d.contains("审查意见"), "the reviewer's proposal is not the decision's ground: " + d);
        assertTrue(d.contains("经审查查明") && d.contains("累计拖欠") && d.contains("第三十一条第（四）项"), "facts found and the basis: " + d);
        assertTrue(d.contains("决定给予法律援助"), d);
        checkOfficialDocument(decision, "甲区法律援助中心");

        Assignment done = officer.call(() -> service.assign(SubjectType.APPLICATION, a.getId(), worker, null, NeedsOverride.NONE));
        for (AssignmentDocument kind : AssignmentDocument.values()) {
            byte[] pdf = renderer.render(officer.call(() -> service.document(done.getId(), kind, "甲区法律援助中心")));
            String text = pdfText(pdf);
            assertTrue(text.contains("欧阳慕容晓法律服务工作者") && text.contains("承办法律服务工作者"), kind + ": " + text);
            assertFalse(text.contains("律师"), kind + ": a legal service worker is never called 律师: " + text);
            checkOfficialDocument(pdf, "甲区法律援助中心");
        }
    }

    /**
     * The rules every official document keeps (issue 18), checked on the PDF's extracted text:
     * no line starts with closing or ends with opening punctuation; a law cited in full once, at its
     * first mention, short afterwards; the page with the signature holds body text too.
     */
    private static void checkOfficialDocument(byte[] pdf, String organ) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc);
            for (String raw : all.split("\\R")) {
                String line = raw.strip();
                if (!line.isEmpty()) {
                    assertTrue(NO_LINE_START.indexOf(line.charAt(0)) < 0, "a line starts with closing punctuation: " + line);
                    assertTrue(NO_LINE_END.indexOf(line.charAt(line.length() - 1)) < 0, "a line ends with opening punctuation: " + line);
                }
            }
            String squeezed = all.replaceAll("\\s+", "");
            int full = squeezed.indexOf("《中华人民共和国法律援助法》");
            int shortTitle = squeezed.indexOf("《法律援助法》");
            assertTrue(full >= 0, "the law is cited: " + squeezed);
            assertEquals(full, squeezed.lastIndexOf("中华人民共和国法律援助法") - 1, "the full title once: " + squeezed);
            assertTrue(shortTitle < 0 || shortTitle > full, "the short title only after the full one: " + squeezed);
            PDFTextStripper stripper = new PDFTextStripper();
            int last = doc.getNumberOfPages();
            stripper.setStartPage(last);
            stripper.setEndPage(last);
            String page = stripper.getText(doc).replaceAll("— \\d+ —", "").replaceAll("\\s+", "");
            int signature = page.lastIndexOf(organ);
            assertTrue(signature > 0, "the signature's page holds body text before it: " + page);
        }
    }
}
