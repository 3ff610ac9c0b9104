package org.legalaid.it.cases;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.legalaid.cases.LegalCase;
import org.legalaid.cases.boundary.CaseService;
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
import org.legalaid.intake.SubjectType;
import org.legalaid.intake.SupportingDocument;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.MeansTestService;
import org.legalaid.intake.boundary.NoticeService;
import org.legalaid.it.As;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.it.lawyers.AssignmentPool;
import org.legalaid.lawyers.Assignment;
import org.legalaid.lawyers.boundary.AssignmentService;
import org.legalaid.lawyers.boundary.NeedsOverride;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Legal aid cases made the way users make them: a granted application (or a court's notice) and
 * the assignment of a lawyer, through the real services. Call {@link #setUp} once per test; the
 * staff it creates work in district A of a fresh unit tree: {@code clerk}, {@code reviewer},
 * {@code approver} (director), {@code officer} (assignment officer), {@code supervisor} (case
 * supervisor), {@code supervisor2} (a second case supervisor), {@code bureau} (bureau supervisor),
 * {@code outsider} (a case supervisor of district B). Deploy with {@link #CLASSES}.
 */
@Dependent
public class CaseFixtures {

    /** The classes a deployment needs for these fixtures. */
    public static final Class<?>[] CLASSES = {CaseFixtures.class, AssignmentPool.class, AssignmentPool.Sql.class,
            AssignmentPool.LawyerSpec.class};

    /**
     * The reason given for the fixture's lawyer, which is dropped when that lawyer ranks first: test
     * regions are random 6-digit codes and may meet another test's, whose lawyers may then rank
     * above the new one.
     */
    private static final String CHOSEN = "测试：指定新入库律师承办";

    @Inject
    private Fixtures fixtures;

    @Inject
    private ApplicantService applicants;

    @Inject
    private ApplicationService applications;

    @Inject
    private MeansTestService means;

    @Inject
    private NoticeService notices;

    @Inject
    private AssignmentService assignments;

    @Inject
    private CaseService cases;

    private Fixtures.Tree tree;
    private AssignmentPool pool;
    private String region;
    private long firm;
    private String password;

    public As clerk;
    public As reviewer;
    public As approver;
    public As officer;
    public As supervisor;
    public As supervisor2;
    public As bureau;
    public As outsider;

    /** A fresh unit tree, its staff, a hardship standard and a law firm in district A. */
    public CaseFixtures setUp() throws Exception {
        tree = fixtures.tree();
        pool = new AssignmentPool(fixtures::sql);
        password = TestPasswords.fresh();
        clerk = staff("clerk", tree.districtA(), Role.INTAKE_CLERK);
        reviewer = staff("reviewer", tree.districtA(), Role.REVIEWER);
        approver = staff("approver", tree.districtA(), Role.APPROVER);
        officer = staff("officer", tree.districtA(), Role.ASSIGNMENT_OFFICER);
        supervisor = staff("supervisor", tree.districtA(), Role.CASE_SUPERVISOR);
        supervisor2 = staff("supervisor2", tree.districtA(), Role.CASE_SUPERVISOR);
        bureau = staff("bureau", tree.bureau(), Role.BUREAU_SUPERVISOR);
        outsider = staff("outsider", tree.districtB(), Role.CASE_SUPERVISOR);
        region = AssignmentPool.region();
        fixtures.account(tree.user("admin"), tree.bureau(), password, Role.SYSTEM_ADMIN);
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
        firm = pool.firm(tree.districtA().id(), "山东案件律师事务所" + tree.suffix(), region);
        return this;
    }

    /** An account of district A (or wherever {@code unit} is) with one role; its user name is {@code tree.user(local)}. */
    public As staff(String local, org.legalaid.organisation.OrgUnit unit, Role role) {
        fixtures.account(tree.user(local), unit, password, role);
        return As.user(tree.user(local), role);
    }

    public Fixtures.Tree tree() {
        return tree;
    }

    /** The user name of a fixture account, e.g. {@code username("supervisor")}. */
    public String username(String local) {
        return tree.user(local);
    }

    /** The password of every fixture account (for browser tests). */
    public String password() {
        return password;
    }

    /** A new active civil and criminal lawyer of the fixture's firm in its district. */
    public long lawyer(String name) {
        return pool.lawyer(firm, AssignmentPool.lawyer(name).specialties("CIVIL", "FAMILY", "CRIMINAL")
                .criminalSince(LocalDate.now().minusYears(10)).regions(region).max(50));
    }

    /** A granted maintenance application of a 68-year-old, assigned to a new lawyer: its case. */
    public LegalCase civilCase() throws Exception {
        return civilCase("王桂兰");
    }

    /** As {@link #civilCase()}, for a client named {@code clientName}. */
    public LegalCase civilCase(String clientName) throws Exception {
        long lawyer = lawyer("赵律师");
        Application a = granted(clientName);
        Assignment done = officer.call(() -> assignments.assign(SubjectType.APPLICATION, a.getId(), lawyer, CHOSEN,
                NeedsOverride.NONE));
        return officer.call(() -> cases.findBySubject(SubjectType.APPLICATION, done.getSubjectId())).orElseThrow();
    }

    /** A granted labour-arbitration application over unpaid wages (LAL art. 22(6)), assigned to a new labour lawyer: its case. */
    public LegalCase arbitrationCase(String clientName) throws Exception {
        long lawyer = pool.lawyer(firm, AssignmentPool.lawyer("孙律师").specialties("LABOUR", "CIVIL")
                .criminalSince(LocalDate.now().minusYears(10)).regions(region).max(50));
        Application a = granted(submitted(clientName, MatterType.LABOUR_ARBITRATION, MatterCategory.LABOUR_REMUNERATION));
        Assignment done = officer.call(() -> assignments.assign(SubjectType.APPLICATION, a.getId(), lawyer, CHOSEN,
                NeedsOverride.NONE));
        return officer.call(() -> cases.findBySubject(SubjectType.APPLICATION, done.getSubjectId())).orElseThrow();
    }

    /** A court's notice of a defendant without a lawyer (LAL art. 25 para. 2), assigned: a criminal case. */
    public LegalCase criminalCase() throws Exception {
        long lawyer = lawyer("钱律师");
        NewCriminalNotice f = new NewCriminalNotice();
        f.setOrganType(NotifyingOrganType.COURT);
        f.setOrganName("青岛市中级人民法院");
        f.setOrganDocumentNumber("（2026）鲁02刑初" + TestPasswords.uniqueSuffix() + "号");
        f.setDefendantName("张三");
        f.setCharge("盗窃罪");
        f.setStage(ProceedingStage.FIRST_INSTANCE);
        f.setGrounds(Set.of(MandatoryDefenceGround.COURT_DISCRETION));
        f.setDetentionPlace("青岛市看守所");
        CriminalNotice n = clerk.call(() -> notices.receive(f).notice());
        officer.call(() -> assignments.assign(SubjectType.NOTICE, n.getId(), lawyer, CHOSEN, NeedsOverride.NONE));
        return officer.call(() -> cases.findBySubject(SubjectType.NOTICE, n.getId())).orElseThrow();
    }

    /** A granted application of district A, waiting for its lawyer (its 3-day assignment clock runs). */
    public Application granted(String name) throws Exception {
        return granted(submitted(name));
    }

    /** {@code a}, accepted, proposed for a grant and granted. */
    private Application granted(Application a) throws Exception {
        JurisdictionGround ground = JurisdictionGround.HANDLING_ORGAN_LOCATION.fits(a.getMatterType())
                ? JurisdictionGround.HANDLING_ORGAN_LOCATION : JurisdictionGround.DISPUTE_AUTHORITY_LOCATION;
        Application accepted = clerk.call(() -> applications.accept(a.getId(), ground, a.getVersion()));
        Application proposed = reviewer.call(() -> applications.propose(a.getId(), true,
                HardshipVerification.INFORMATION_SHARING, "符合法律援助条件。", accepted.getVersion()));
        return approver.call(() -> applications.approve(a.getId(), proposed.getVersion()));
    }

    /** A maintenance application of a 68-year-old of low income, received by the clerk of district A. */
    public Application submitted(String name) throws Exception {
        return submitted(name, new org.legalaid.intake.SpecialCategory[0]);
    }

    /** The same, the applicant registered in special categories (LAL art. 42; e.g. ELDERLY). */
    public Application submitted(String name, org.legalaid.intake.SpecialCategory... categories) throws Exception {
        return submitted(name, MatterType.CIVIL, MatterCategory.ELDER_SUPPORT, categories);
    }

    private Application submitted(String name, MatterType type, MatterCategory category,
                                  org.legalaid.intake.SpecialCategory... categories) throws Exception {
        NewApplicant form = applicant(name);
        form.setCategories(java.util.Set.of(categories));
        Applicant who = clerk.call(() -> applicants.register(form).applicant());
        NewApplication f = new NewApplication();
        f.setApplicantId(who.getId());
        f.setMatterType(type);
        f.setMatterCategory(category);
        f.setFacts("子女拒不支付赡养费，申请人年老体弱。");
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode(region);
        f.setOpposingPartyName("李建国");
        f.setOpposingPartyIdNumber(idNumber(LocalDate.now().minusYears(40)));
        f.setDocuments(EnumSet.of(SupportingDocument.IDENTITY, SupportingDocument.MATTER_MATERIALS));
        return clerk.call(() -> applications.submit(f));
    }

    private static NewApplicant applicant(String name) {
        NewApplicant f = new NewApplicant();
        f.setIdNumber(idNumber(LocalDate.now().minusYears(68).minusDays(3)));
        f.setFullName(name);
        f.setHouseholdSize(2);
        f.setHouseholdMonthlyIncome(new BigDecimal("900.00"));
        f.setLocalResident(true);
        return f;
    }

    /** A valid 居民身份证 number of someone born on {@code birth} (GB 11643). */
    public static String idNumber(LocalDate birth) {
        String first17 = "370202" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(899));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
