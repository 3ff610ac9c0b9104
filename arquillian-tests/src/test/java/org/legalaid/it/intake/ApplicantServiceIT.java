package org.legalaid.it.intake;

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
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.Sex;
import org.legalaid.intake.SpecialCategory;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.NotFoundException;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Applicant register (docs/domain.md lifecycle 2): keyed by ID number, scoped by unit, bad input saves nothing")
class ApplicantServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ApplicantServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private ApplicantService applicants;

    private Fixtures.Tree tree;
    private As clerkA;
    private As clerkB;
    private As reviewer;

    @BeforeEach
    void staff() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("clerkA"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("clerkB"), tree.districtB(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("reviewer"), tree.centre(), pw, Role.REVIEWER);
        clerkA = As.user(tree.user("clerkA"), Role.INTAKE_CLERK);
        clerkB = As.user(tree.user("clerkB"), Role.INTAKE_CLERK);
        reviewer = As.user(tree.user("reviewer"), Role.REVIEWER);
    }

    /** A valid ID number of someone born on {@code birth}, unique per test run. */
    private static String idNumber(LocalDate birth, boolean male) {
        int seq = 100 + (int) (Math.random() * 800);
        if ((seq % 2 == 1) != male) {
            seq++;
        }
        String first17 = "370202" + birth.toString().replace("-", "") + seq;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static NewApplicant person(String id, String name) {
        NewApplicant f = new NewApplicant();
        f.setIdNumber(id);
        f.setFullName(name);
        f.setHouseholdSize(2);
        f.setHouseholdMonthlyIncome(new BigDecimal("1500.00"));
        return f;
    }

    @Test
    void birthDateSexAndElderlyStatusComeFromTheIdNumber() throws Exception {
        LocalDate birth = LocalDate.now().minusYears(68).minusDays(3);
        String id = idNumber(birth, false);
        Applicant a = clerkA.call(() -> applicants.register(person(id, "王秀兰"))).applicant();
        assertEquals(birth, a.getBirthDate());
        assertEquals(Sex.FEMALE, a.getSex());
        assertTrue(a.getCategories().contains(SpecialCategory.ELDERLY), "68 years old is elderly");
        assertEquals(68, a.ageOn(LocalDate.now()));
        assertEquals(id.substring(0, 6) + "********" + id.substring(14), a.getIdNumberMasked());
    }

    @Test
    void registeringTheSamePersonAgainReusesTheRecord() throws Exception {
        String id = idNumber(LocalDate.of(1980, 5, 17), true);
        ApplicantService.Registration first = clerkA.call(() -> applicants.register(person(id, "张建国")));
        ApplicantService.Registration again = clerkA.call(() -> applicants.register(person(id.toLowerCase(), "张建国")));
        assertFalse(first.reused());
        assertTrue(again.reused());
        assertEquals(first.applicant().getId(), again.applicant().getId());
        assertEquals(1, clerkA.call(() -> applicants.countApplicants(null)));
    }

    @Test
    void aDistrictClerkNeverSeesAnotherDistrictsApplicants() throws Exception {
        String id = idNumber(LocalDate.of(1975, 1, 2), true);
        long aId = clerkA.call(() -> applicants.register(person(id, "李四"))).applicant().getId();
        assertEquals(0, clerkB.call(() -> applicants.countApplicants(null)));
        assertTrue(clerkB.call(() -> applicants.findByIdNumber(id)).isEmpty());
        assertThrows(NotFoundException.class, () -> clerkB.call(() -> applicants.getApplicant(aId)));
        assertEquals(List.of("李四"), reviewer.call(() -> applicants.findApplicants(null, 0, 20)).stream()
                .map(Applicant::getFullName).toList(), "the centre's reviewer sees the district's applicants");
        reviewer.call(() -> applicants.getApplicant(aId));
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'Applicant' and e.entityId = '"
                + aId + "' and e.action = org.legalaid.shared.AuditAction.READ"), "the reviewer's read is audited; B read nothing");
    }

    @Test
    void invalidIdAndFutureBirthDateAreRefusedWithTheirReasons() {
        String wrongCheck = "110105194912310021";
        assertEquals("intake.residentId.checkCharacter", assertThrows(BusinessException.class,
                () -> clerkA.call(() -> applicants.register(person(wrongCheck, "甲")))).messageKey());
        String future = idNumber(LocalDate.now().plusYears(1), true);
        assertEquals("intake.residentId.birthDateInFuture", assertThrows(BusinessException.class,
                () -> clerkA.call(() -> applicants.register(person(future, "乙")))).messageKey());
        String impossible = "37020219900230" + "123";
        String withCheck = impossible + ResidentIdNumber.checkCharacter(impossible);
        assertEquals("intake.residentId.birthDateInvalid", assertThrows(BusinessException.class,
                () -> clerkA.call(() -> applicants.register(person(withCheck, "丙")))).messageKey());
    }

    @Test
    void negativeIncomeMissingFieldsAndMarkupAreRefusedAndNothingIsSaved() throws Exception {
        NewApplicant negative = person(idNumber(LocalDate.of(1990, 3, 3), true), "丁");
        negative.setHouseholdMonthlyIncome(new BigDecimal("-1.00"));
        NewApplicant noName = person(idNumber(LocalDate.of(1990, 3, 4), true), null);
        NewApplicant script = person(idNumber(LocalDate.of(1990, 3, 5), true), "<script>x</script>");
        NewApplicant noHousehold = person(idNumber(LocalDate.of(1990, 3, 6), true), "戊");
        noHousehold.setHouseholdSize(0);
        for (NewApplicant bad : List.of(negative, noName, script, noHousehold)) {
            Exception e = assertThrows(Exception.class, () -> clerkA.call(() -> applicants.register(bad)));
            Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
            assertInstanceOf(ConstraintViolationException.class, cause);
        }
        assertEquals(0, clerkA.call(() -> applicants.countApplicants(null)));
    }

    @Test
    void aCategoryTheAgeContradictsIsRefused() {
        NewApplicant adultAsMinor = person(idNumber(LocalDate.of(1985, 6, 1), true), "己");
        adultAsMinor.setCategories(Set.of(SpecialCategory.MINOR));
        assertEquals("intake.applicant.categoryContradictsProfile", assertThrows(BusinessException.class,
                () -> clerkA.call(() -> applicants.register(adultAsMinor))).messageKey());
    }
}
