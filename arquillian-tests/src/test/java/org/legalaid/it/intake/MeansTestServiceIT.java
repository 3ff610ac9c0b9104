package org.legalaid.it.intake;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legalaid.intake.HardshipStandardEntry;
import org.legalaid.intake.MeansTestResult;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewHardshipStandard;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.MeansTestService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Means test (LAL art. 34): the standard per region and year is data the administrator maintains")
class MeansTestServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(MeansTestServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private MeansTestService meansTest;

    @Inject
    private ApplicantService applicants;

    private As admin;
    private As clerk;
    private As reviewer;
    /** A region code and year of this test's own, so tests never share a standard. */
    private String region;
    private int year;

    @BeforeEach
    void staff() {
        Fixtures.Tree tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        fixtures.account(tree.user("clerk"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("reviewer"), tree.centre(), pw, Role.REVIEWER);
        admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        clerk = As.user(tree.user("clerk"), Role.INTAKE_CLERK);
        reviewer = As.user(tree.user("reviewer"), Role.REVIEWER);
        region = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
        year = 2026;
    }

    private NewHardshipStandard standard(String minimum, String multiplier) {
        NewHardshipStandard f = new NewHardshipStandard();
        f.setRegionCode(region);
        f.setRegionName("测试区");
        f.setYear(year);
        f.setMinimumLivingStandard(new BigDecimal(minimum));
        f.setMultiplier(new BigDecimal(multiplier));
        f.setBasis("测试文件〔2026〕1号");
        return f;
    }

    private long applicantWithHouseholdIncome(String income, int size) throws Exception {
        String first17 = "370202" + "19800101" + (100 + ThreadLocalRandom.current().nextInt(800));
        NewApplicant f = new NewApplicant();
        f.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        f.setFullName("测试申请人");
        f.setHouseholdSize(size);
        f.setHouseholdMonthlyIncome(new BigDecimal(income));
        return clerk.call(() -> applicants.register(f)).applicant().getId();
    }

    @Test
    void exactlyAtTheStandardIsHardshipAndOneFenAboveIsNot() throws Exception {
        admin.call(() -> meansTest.setStandard(standard("731.00", "2")));
        long atLimit = applicantWithHouseholdIncome("2924.00", 2);
        MeansTestResult r = reviewer.call(() -> meansTest.assess(atLimit, region, year));
        assertEquals(new BigDecimal("1462.00"), r.perHeadLimit());
        assertEquals(new BigDecimal("1462.00"), r.incomePerHead());
        assertTrue(r.inHardship());
        long above = applicantWithHouseholdIncome("2924.02", 2);
        assertFalse(reviewer.call(() -> meansTest.assess(above, region, year)).inHardship());
    }

    @Test
    void aCorrectionReplacesTheFiguresAndIsAudited() throws Exception {
        HardshipStandardEntry first = admin.call(() -> meansTest.setStandard(standard("731.00", "2")));
        HardshipStandardEntry corrected = admin.call(() -> meansTest.setStandard(standard("760.00", "1.5")));
        assertEquals(first.getId(), corrected.getId(), "one standard per region and year");
        assertEquals(new BigDecimal("1140.00"), corrected.getPerHeadLimit());
        assertEquals(1, fixtures.count("select count(e) from AuditEntry e where e.entityType = 'HardshipStandard' and e.entityId = '"
                + first.getId() + "' and e.action = org.legalaid.shared.AuditAction.UPDATE"));
    }

    @Test
    void withoutAStandardForTheYearTheTestIsRefused() throws Exception {
        long a = applicantWithHouseholdIncome("1000.00", 1);
        BusinessException e = assertThrows(BusinessException.class, () -> reviewer.call(() -> meansTest.assess(a, region, 2031)));
        assertEquals("intake.hardshipStandard.missing", e.messageKey());
    }

    @Test
    void onlyAnAdministratorSetsStandardsAndAZeroMultiplierIsRefused() throws Exception {
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> meansTest.setStandard(standard("731.00", "2"))));
        assertThrows(Exception.class, () -> admin.call(() -> meansTest.setStandard(standard("731.00", "0"))));
        assertTrue(admin.call(meansTest::findStandards).stream().noneMatch(s -> s.getRegionCode().equals(region)),
                "nothing saved for the region");
    }
}
