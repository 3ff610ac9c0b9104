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
import org.legalaid.intake.Applicant;
import org.legalaid.intake.Application;
import org.legalaid.intake.ApplicationChannel;
import org.legalaid.intake.ExemptionRuleEntry;
import org.legalaid.intake.ExemptionRules;
import org.legalaid.intake.MatterCategory;
import org.legalaid.intake.MatterType;
import org.legalaid.intake.NewApplicant;
import org.legalaid.intake.NewApplication;
import org.legalaid.intake.NewExemptionRule;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.intake.boundary.ApplicantService;
import org.legalaid.intake.boundary.ApplicationService;
import org.legalaid.intake.boundary.ExemptionRuleService;
import org.legalaid.it.As;
import org.legalaid.it.Deployments;
import org.legalaid.it.Fixtures;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.BusinessException;
import org.legalaid.shared.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Exemption grounds as data (LAL art. 32, 42, local lists): loaded from the defaults, local ones added and switched off")
class ExemptionRuleServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ExemptionRuleServiceIT.class);
    }

    @Inject
    private Fixtures fixtures;

    @Inject
    private ExemptionRuleService rules;

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicantService applicants;

    private Fixtures.Tree tree;
    private As admin;
    private As clerk;
    private As reviewer;

    @BeforeEach
    void staff() {
        tree = fixtures.tree();
        String pw = TestPasswords.fresh();
        fixtures.account(tree.user("admin"), tree.bureau(), pw, Role.SYSTEM_ADMIN);
        fixtures.account(tree.user("clerk"), tree.districtA(), pw, Role.INTAKE_CLERK);
        fixtures.account(tree.user("reviewer"), tree.districtA(), pw, Role.REVIEWER);
        admin = As.user(tree.user("admin"), Role.SYSTEM_ADMIN);
        clerk = As.user(tree.user("clerk"), Role.INTAKE_CLERK);
        reviewer = As.user(tree.user("reviewer"), Role.REVIEWER);
    }

    @Test
    @DisplayName("Every default ground is in the table, in order, with the law's grounds fixed")
    void defaultsAreLoaded() throws Exception {
        var all = reviewer.call(() -> rules.findRules());
        assertEquals(ExemptionRules.defaults().stream().map(r -> r.code()).toList(),
                all.stream().map(ExemptionRuleEntry::getCode).filter(c -> c.startsWith("LAL_") || c.startsWith("LOCAL_")
                        && ExemptionRules.defaults().stream().anyMatch(d -> d.code().equals(c))).toList());
        ExemptionRuleEntry national = all.stream().filter(e -> e.getCode().equals(ExemptionRules.MIGRANT_WORKER)).findFirst().orElseThrow();
        assertTrue(national.isNational());
        BusinessException e = assertThrows(BusinessException.class,
                () -> admin.call(() -> rules.setActive(national.getCode(), false, national.getVersion())));
        assertEquals("intake.exemption.nationalRuleFixed", e.messageKey());
    }

    @Test
    @DisplayName("LAL art. 42(4): a local ground applies in review once added, and no longer once switched off")
    void localGroundAddedAndSwitchedOff() throws Exception {
        String code = "LOCAL_TEST_" + tree.suffix().toUpperCase();
        NewExemptionRule f = new NewExemptionRule();
        f.setCode(code);
        f.setLegalBasis("某市法律援助条例第十条：九十周岁以上老人因人身损害请求赔偿的，免予经济困难审查。");
        f.setMinimumAge(90);
        f.setMatterCategories(EnumSet.of(MatterCategory.PERSONAL_INJURY));
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> rules.addLocalRule(f)));
        ExemptionRuleEntry added = admin.call(() -> rules.addLocalRule(f));
        assertFalse(added.isNational());

        Application a = nonResidentAged92InPersonalInjury();
        assertEquals(code, reviewer.call(() -> applications.review(a.getId())).exemption().orElseThrow().code());

        admin.call(() -> rules.setActive(code, false, added.getVersion()));
        assertTrue(reviewer.call(() -> applications.review(a.getId())).exemption().isEmpty());
    }

    @Test
    @DisplayName("Bad input: a rule without any condition, or a half grade range, is refused and nothing is saved")
    void badRulesRefused() throws Exception {
        long before = fixtures.count("select count(e) from ExemptionRuleEntry e");
        NewExemptionRule none = new NewExemptionRule();
        none.setCode("LOCAL_NONE_" + tree.suffix().toUpperCase());
        none.setLegalBasis("无条件");
        none.setLocalResidentRequired(true);
        assertEquals("intake.exemption.noCondition",
                assertThrows(BusinessException.class, () -> admin.call(() -> rules.addLocalRule(none))).messageKey());
        NewExemptionRule half = new NewExemptionRule();
        half.setCode("LOCAL_HALF_" + tree.suffix().toUpperCase());
        half.setLegalBasis("半个范围");
        half.setGradeFrom(1);
        assertEquals("intake.exemption.gradeRangeInvalid",
                assertThrows(BusinessException.class, () -> admin.call(() -> rules.addLocalRule(half))).messageKey());
        assertEquals(before, fixtures.count("select count(e) from ExemptionRuleEntry e"));
    }

    private Application nonResidentAged92InPersonalInjury() throws Exception {
        LocalDate birth = LocalDate.now().minusYears(92);
        String first17 = "370202" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(899));
        NewApplicant p = new NewApplicant();
        p.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        p.setFullName("周老太");
        p.setHouseholdSize(1);
        p.setHouseholdMonthlyIncome(new BigDecimal("8000.00"));
        p.setLocalResident(false);
        Applicant who = clerk.call(() -> applicants.register(p).applicant());
        NewApplication f = new NewApplication();
        f.setApplicantId(who.getId());
        f.setMatterType(MatterType.CIVIL);
        f.setMatterCategory(MatterCategory.PERSONAL_INJURY);
        f.setFacts("被邻居家的狗咬伤。");
        f.setChannel(ApplicationChannel.CENTRE_WINDOW);
        f.setRegionCode("370202");
        f.setDocuments(Set.of());
        return clerk.call(() -> applications.submit(f));
    }
}
