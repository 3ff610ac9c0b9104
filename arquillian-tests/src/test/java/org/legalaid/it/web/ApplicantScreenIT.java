package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.it.Deployments;
import org.legalaid.it.TestPasswords;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("The applicant register screen: ID number checked, age and sex read from it")
class ApplicantScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @BeforeEach
    void clerkOnTheRegister() {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff clerk = api.createAccount(tree.user("clerk"), "钱受理", tree.district(), "INTAKE_CLERK");
        browser.signIn(clerk.username(), clerk.password());
        browser.changePassword(clerk.password(), TestPasswords.fresh());
        browser.open("intake/applicants.xhtml");
    }

    @Test
    void aSixtyEightYearOldIsRegisteredAsElderlyWithTheNumberMasked() {
        LocalDate birth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(68).minusMonths(2);
        String first17 = "370202" + birth.toString().replace("-", "") + "042";
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        browser.type(By.id("registerForm:idNumber"), id);
        browser.type(By.id("registerForm:fullName"), "王秀兰");
        browser.clickAndWaitForAjax(By.id("registerForm:save"));

        assertEquals("已登记申请人 王秀兰。", browser.awaitMessages());
        String table = browser.text(By.id("listForm:table"));
        assertTrue(table.contains("王秀兰") && table.contains("女") && table.contains("老年人"), table);
        assertTrue(table.contains(id.substring(0, 6) + "********" + id.substring(14)), table);
        assertFalse(browser.source().contains(id), "the full ID number is not shown");
    }

    @Test
    void aMistypedIdNumberIsRefusedInChineseAndNothingIsSaved() {
        browser.type(By.id("registerForm:idNumber"), "110105194912310021");
        browser.type(By.id("registerForm:fullName"), "张三");
        browser.clickAndWaitForAjax(By.id("registerForm:save"));
        assertEquals("身份证号码校验位不正确，请核对是否输错。", browser.awaitMessages());
        assertTrue(browser.text(By.id("listForm:table")).contains("暂无记录"));
    }
}
