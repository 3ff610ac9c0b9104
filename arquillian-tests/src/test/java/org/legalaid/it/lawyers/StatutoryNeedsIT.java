package org.legalaid.it.lawyers;

import jakarta.inject.Inject;
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
import org.legalaid.intake.CriminalNotice;
import org.legalaid.intake.HardshipVerification;
import org.legalaid.intake.JurisdictionGround;
import org.legalaid.intake.MandatoryDefenceGround;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.NewCriminalNotice;
import org.legalaid.intake.NewHardshipStandard;
import org.legalaid.intake.NotifyingOrganType;
import org.legalaid.intake.ProceedingStage;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.StatutoryNeed;
import org.legalaid.intake.StatutoryNeeds;
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.MeansTestService;
import org.legalaid.intake.boundary.NoticeService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.lawyers.AssignmentRanking;
import org.legalaid.lawyers.Reason;
import org.legalaid.lawyers.RequiredNeeds;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.lawyers.boundary.NeedsOverride;
import org.legalaid.lawyers.boundary.Ranking;
import org.legalaid.organisation.boundary.OrganisationService;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: every requirement the law attaches to a case comes from the case's own data and binds
 * the ranking and the assignment, whatever the officer sends. For each statutory need: a case that
 * carries it, a pool whose fairest lawyer (fewest open cases, equal fulfilment) fails it, the
 * assertion that this lawyer is excluded with the basis — with an override that tries to take the
 * need away — and a direct boundary call assigning that lawyer, refused with the rule.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Statutory needs (issue 21): LAL art. 26, minors, language and district bind ranking and assignment")
class StatutoryNeedsIT {

    /** What a screen that forgot every box would send: no district, no language, nothing ticked. */
    private static final NeedsOverride NOTHING_TICKED = new NeedsOverride("", "", false, false);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(StatutoryNeedsIT.class, AssignmentPool.class, AssignmentPool.Sql.class,
                AssignmentPool.LawyerSpec.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private AssignmentService service;

    @Inject
    private NoticeService notices;

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicantService applicants;

    @Inject
    private MeansTestService means;

    @Inject
    private OrganisationService organisation;

    private Fixtures.Tree tree;
    private AssignmentPool pool;
    private As clerk;
    private As reviewer;
    private As approver;
    private As officer;
    /** The district of the receiving centre (district A). */
    private String region;
    private long firm;

    @BeforeEach
    void staffAndPool() throws Exception {
        tree = fixtures.tree();
        pool = new AssignmentPool(fixtures::sql);
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("clerk"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("reviewer"), tree.districtA(), pw, Role.REVIEWER);
        fixtures.account(tree.user("approver"), tree.districtA(), pw, Role.APPROVER);
        fixtures.account(tree.user("officer"), tree.districtA(), pw, Role.ASSIGNMENT_OFFICER);
        clerk = As.user(tree.user("clerk"), Role.INTAKE_CLERK);
        reviewer = As.user(tree.user("reviewer"), Role.REVIEWER);
        approver = As.user(tree.user("approver"), Role.APPROVER);
        officer = As.user(tree.user("officer"), Role.ASSIGNMENT_OFFICER);
        region = AssignmentPool.region();
        // the administrator sets the district the district centre serves; its firms are kept by the
        // city centre, so the district comes from the unit, not from where the firms are registered
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        As admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        long version = fixtures.reload(tree.districtA()).getVersion();
        admin.call(() -> organisation.changeUnitRegion(tree.districtA().id(), region, version));
        firm = pool.firm(tree.centre().id(), "山东法定律师事务所" + tree.suffix(), region);
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

    // ---- cases ---------------------------------------------------------------------------------

    private CriminalNotice notice(ProceedingStage stage, MandatoryDefenceGround ground, LocalDate birthDate, String language,
                                  String organRegion) throws Exception {
        NewCriminalNotice f = new NewCriminalNotice();
        f.setOrganType(NotifyingOrganType.COURT);
        f.setOrganName("青岛市中级人民法院");
        f.setOrganDocumentNumber("（2026）鲁02刑初" + TestPasswords.uniqueSuffix() + "号");
        f.setDefendantName("张某");
        f.setDefendantBirthDate(birthDate);
        f.setCharge("故意杀人罪");
        f.setStage(stage);
        f.setGrounds(Set.of(ground));
        f.setDefendantLanguage(language);
        f.setOrganRegionCode(organRegion);
        return clerk.call(() -> notices.receive(f).notice());
    }

    private static String idNumber(LocalDate birth) {
        String first17 = "370202" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(899));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private Application granted(LocalDate birth, MatterType type, MatterCategory category, boolean lifeOrDeath, String language)
            throws Exception {
        NewApplicant p = new NewApplicant();
        p.setIdNumber(idNumber(birth));
        p.setFullName("李小明");
        p.setHouseholdSize(3);
        p.setHouseholdMonthlyIncome(new BigDecimal("900.00"));
        p.setLocalResident(true);
        Applicant who = clerk.call(() -> applicants.register(p).applicant());
        NewApplication f = new NewApplication();
        f.setApplicantId(who.getId());
        f.setMatterType(type);
        f.setMatterCategory(category);
        f.setFacts("申请人请求法律援助，事实如下。");
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode(region);
        f.setLifeOrDeath(lifeOrDeath);
        f.setClientLanguage(language);
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        Application a = clerk.call(() -> applications.submit(f));
        Application accepted = clerk.call(() -> applications.accept(a.getId(), JurisdictionGround.HANDLING_ORGAN_LOCATION, a.getVersion()));
        Application proposed = reviewer.call(() -> applications.propose(a.getId(), true,
                HardshipVerification.INFORMATION_SHARING, "符合法律援助条件。", accepted.getVersion()));
        return approver.call(() -> applications.approve(a.getId(), proposed.getVersion()));
    }

    // ---- assertions ------------------------------------------------------------------------------

    /**
     * The case carries {@code kind} with {@code basis}; {@code failing} — with fewer open cases than
     * {@code fitting}, so first by fairness — is excluded with {@code rule}'s statutory form naming
     * the basis, though the screen sent nothing ticked; {@code fitting} ranks first; assigning
     * {@code failing} directly is refused with the rule and saves nothing.
     */
    private void bindsRankingAndAssignment(SubjectType type, long id, StatutoryNeed.Kind kind, String basis, String rule,
                                           long failing, long fitting) throws Exception {
        Ranking r = officer.call(() -> service.rank(type, id, NOTHING_TICKED));
        StatutoryNeed need = r.subject().need(kind).orElseThrow(() -> new AssertionError(kind + " not carried: " + r.subject()));
        assertEquals(basis, need.basisKey());
        assertEquals(List.of(fitting), r.ranked().stream().map(Ranking.Row::lawyerId).toList(), "only the fitting lawyer ranks");
        Ranking.Row out = r.excluded().stream().filter(x -> x.lawyerId() == failing).findFirst()
                .orElseThrow(() -> new AssertionError("the fairest lawyer is not excluded: " + r.excluded()));
        assertTrue(out.openCases() < r.ranked().get(0).openCases(), "the excluded lawyer would come first by fairness");
        Reason reason = out.reasons().get(0);
        assertEquals(rule + RequiredNeeds.STATUTORY, reason.key(), out.reasons().toString());
        assertEquals(basis, reason.args().get(reason.args().size() - 1), "the exclusion names the law");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> officer.call(() -> service.assign(type, id, failing, "申请人点名要求", NOTHING_TICKED)));
        assertEquals(rule + RequiredNeeds.STATUTORY, refused.messageKey(), "refused by the server with the rule");
        assertEquals(basis, refused.arguments()[refused.arguments().length - 1]);
        assertTrue(officer.call(() -> service.findHistory(type, id)).isEmpty(), "nothing saved");
    }

    private long lawyer(AssignmentPool.LawyerSpec spec) {
        return pool.lawyer(firm, spec.regions(region));
    }

    private static LocalDate yearsAgo(int years) {
        return LocalDate.now().minusYears(years).minusDays(20);
    }

    // ---- tests ---------------------------------------------------------------------------------

    @Test
    @DisplayName("LAL art. 26: a death-penalty review excludes the 2-year lawyer, and the district is the receiving centre's — no code typed")
    void deathPenaltyReview() throws Exception {
        long junior = lawyer(AssignmentPool.lawyer("吴两年").specialties("CRIMINAL").criminalSince(yearsAgo(2)));
        long senior = lawyer(AssignmentPool.lawyer("周九年").specialties("CRIMINAL").criminalSince(yearsAgo(9)).open(2));
        CriminalNotice n = notice(ProceedingStage.DEATH_PENALTY_REVIEW, MandatoryDefenceGround.DEATH_PENALTY_REVIEW, null, null, null);
        Ranking r = officer.call(() -> service.rank(SubjectType.NOTICE, n.getId(), NOTHING_TICKED));
        assertEquals(new StatutoryNeed(StatutoryNeed.Kind.DISTRICT, region, StatutoryNeeds.BASIS_CENTRE_DISTRICT),
                r.subject().need(StatutoryNeed.Kind.DISTRICT).orElseThrow(), "the receiving centre's district");
        assertEquals(region, r.needs().region());
        bindsRankingAndAssignment(SubjectType.NOTICE, n.getId(), StatutoryNeed.Kind.SENIOR_CRIMINAL,
                StatutoryNeeds.BASIS_DEATH_PENALTY_REVIEW, AssignmentRanking.CRIMINAL_PRACTICE, junior, senior);
    }

    @Test
    @DisplayName("LAL art. 26: a defendant facing life imprisonment or death excludes the 2-year lawyer")
    void lifeOrDeathNotice() throws Exception {
        long junior = lawyer(AssignmentPool.lawyer("冯两年").specialties("CRIMINAL").criminalSince(yearsAgo(2)));
        long senior = lawyer(AssignmentPool.lawyer("陈五年").specialties("CRIMINAL").criminalSince(yearsAgo(5)).open(1));
        CriminalNotice n = notice(ProceedingStage.FIRST_INSTANCE, MandatoryDefenceGround.LIFE_OR_DEATH, null, null, null);
        bindsRankingAndAssignment(SubjectType.NOTICE, n.getId(), StatutoryNeed.Kind.SENIOR_CRIMINAL,
                StatutoryNeeds.BASIS_LIFE_OR_DEATH, AssignmentRanking.CRIMINAL_PRACTICE, junior, senior);
    }

    @Test
    @DisplayName("a minor defendant (by birth date) excludes the lawyer without experience of minors' cases")
    void minorDefendant() throws Exception {
        long plain = lawyer(AssignmentPool.lawyer("蒋无经验").specialties("CRIMINAL").criminalSince(yearsAgo(6)));
        long juvenile = lawyer(AssignmentPool.lawyer("沈少年").specialties("CRIMINAL").criminalSince(yearsAgo(6)).juvenile().open(1));
        CriminalNotice n = notice(ProceedingStage.FIRST_INSTANCE, MandatoryDefenceGround.IMPAIRED_UNDERSTANDING,
                LocalDate.now().minusYears(16), null, null);
        bindsRankingAndAssignment(SubjectType.NOTICE, n.getId(), StatutoryNeed.Kind.JUVENILE, StatutoryNeeds.BASIS_MINOR,
                AssignmentRanking.JUVENILE, plain, juvenile);
    }

    @Test
    @DisplayName("LAL art. 25 para. 1(2): a deaf defendant who signs excludes the lawyer without Chinese Sign Language")
    void signLanguage() throws Exception {
        long speaking = lawyer(AssignmentPool.lawyer("韩普通话").specialties("CRIMINAL").criminalSince(yearsAgo(6)));
        long signing = lawyer(AssignmentPool.lawyer("杨手语").specialties("CRIMINAL").criminalSince(yearsAgo(6))
                .languages("zh", "csl").open(1));
        CriminalNotice n = notice(ProceedingStage.FIRST_INSTANCE, MandatoryDefenceGround.BLIND_DEAF_MUTE, null, "csl", null);
        bindsRankingAndAssignment(SubjectType.NOTICE, n.getId(), StatutoryNeed.Kind.LANGUAGE, StatutoryNeeds.BASIS_SIGN_LANGUAGE,
                AssignmentRanking.LANGUAGE, speaking, signing);
    }

    @Test
    @DisplayName("CPL art. 9: a defendant who needs Uyghur excludes the lawyer who does not speak it")
    void minorityLanguage() throws Exception {
        long speaking = lawyer(AssignmentPool.lawyer("朱普通话").specialties("CRIMINAL").criminalSince(yearsAgo(6)));
        long uyghur = lawyer(AssignmentPool.lawyer("艾维吾尔").specialties("CRIMINAL").criminalSince(yearsAgo(6))
                .languages("zh", "ug").open(1));
        CriminalNotice n = notice(ProceedingStage.FIRST_INSTANCE, MandatoryDefenceGround.IMPAIRED_UNDERSTANDING, null, "ug", null);
        bindsRankingAndAssignment(SubjectType.NOTICE, n.getId(), StatutoryNeed.Kind.LANGUAGE, StatutoryNeeds.BASIS_LANGUAGE,
                AssignmentRanking.LANGUAGE, speaking, uyghur);
    }

    @Test
    @DisplayName("the organ's district: the officer's other district is not taken, and a lawyer of the centre's district only is not offered and cannot be assigned")
    void organDistrict() throws Exception {
        String organRegion = AssignmentPool.region();
        long local = lawyer(AssignmentPool.lawyer("秦本区").specialties("CRIMINAL").criminalSince(yearsAgo(6)));
        long organs = pool.lawyer(firm, AssignmentPool.lawyer("许法院区").specialties("CRIMINAL").criminalSince(yearsAgo(6))
                .regions(organRegion, region).open(1));
        CriminalNotice n = notice(ProceedingStage.FIRST_INSTANCE, MandatoryDefenceGround.IMPAIRED_UNDERSTANDING, null, null, organRegion);
        Ranking r = officer.call(() -> service.rank(SubjectType.NOTICE, n.getId(), new NeedsOverride(region, null, null, null)));
        assertEquals(organRegion, r.needs().region(), "the statutory district wins over the officer's");
        assertEquals(List.of(organs), r.ranked().stream().map(Ranking.Row::lawyerId).toList());
        assertTrue(r.excluded().stream().noneMatch(x -> x.lawyerId() == local),
                "a lawyer of another district is counted with the rest of the pool, not listed");
        BusinessException refused = assertThrows(BusinessException.class, () -> officer.call(() ->
                service.assign(SubjectType.NOTICE, n.getId(), local, "离得近", new NeedsOverride(region, null, null, null))));
        assertEquals(AssignmentRanking.REGION + RequiredNeeds.STATUTORY, refused.messageKey());
        assertEquals(List.of(organRegion, StatutoryNeeds.BASIS_ORGAN_DISTRICT), List.of(refused.arguments()),
                "refused with the district and why it is the case's");
        assertTrue(officer.call(() -> service.findHistory(SubjectType.NOTICE, n.getId())).isEmpty());
    }

    @Test
    @DisplayName("a granted application of a minor excludes the lawyer without experience of minors' cases")
    void minorApplicant() throws Exception {
        long plain = lawyer(AssignmentPool.lawyer("孔民事").specialties("CIVIL", "FAMILY"));
        long juvenile = lawyer(AssignmentPool.lawyer("曹少年").specialties("CIVIL", "FAMILY").juvenile().open(1));
        Application a = granted(LocalDate.now().minusYears(15), MatterType.CIVIL, MatterCategory.CHILD_SUPPORT, false, null);
        bindsRankingAndAssignment(SubjectType.APPLICATION, a.getId(), StatutoryNeed.Kind.JUVENILE, StatutoryNeeds.BASIS_MINOR,
                AssignmentRanking.JUVENILE, plain, juvenile);
    }

    @Test
    @DisplayName("LAL art. 26: a granted application of a person facing life imprisonment excludes the 2-year lawyer")
    void lifeOrDeathApplicant() throws Exception {
        long junior = lawyer(AssignmentPool.lawyer("严两年").specialties("CRIMINAL").criminalSince(yearsAgo(2)));
        long senior = lawyer(AssignmentPool.lawyer("华七年").specialties("CRIMINAL").criminalSince(yearsAgo(7)).open(1));
        Application a = granted(LocalDate.now().minusYears(35), MatterType.CRIMINAL, MatterCategory.OTHER, true, null);
        bindsRankingAndAssignment(SubjectType.APPLICATION, a.getId(), StatutoryNeed.Kind.SENIOR_CRIMINAL,
                StatutoryNeeds.BASIS_LIFE_OR_DEATH, AssignmentRanking.CRIMINAL_PRACTICE, junior, senior);
    }

    @Test
    @DisplayName("only a criminal matter can carry LAL art. 26's mark")
    void lifeOrDeathOnlyInCriminalMatters() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> granted(LocalDate.now().minusYears(35), MatterType.CIVIL, MatterCategory.ELDER_SUPPORT, true, null));
        assertEquals("intake.application.lifeOrDeathNotCriminal", e.messageKey());
    }

    @Test
    @DisplayName("a unit's district is six digits; a clerk cannot set it")
    void unitDistrictIsChecked() throws Exception {
        As admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        long version = fixtures.reload(tree.districtB()).getVersion();
        BusinessException bad = assertThrows(BusinessException.class,
                () -> admin.call(() -> organisation.changeUnitRegion(tree.districtB().id(), "市北区", version)));
        assertEquals("organisation.unit.regionInvalid", bad.messageKey());
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> clerk.call(() -> organisation.changeUnitRegion(tree.districtA().id(), "370203", version)));
    }
}
