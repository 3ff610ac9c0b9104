package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.cases.CaseFileItem;
import org.legalaid.cases.CaseOutcome;
import org.legalaid.it.Deployments;
import org.openqa.selenium.By;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funding screens (issue 13): an archived criminal case is claimed by a finance officer above the
 * standard with a reason; the rule flags it with its explanation; a finance approver reviews; a second
 * approver resolves the flag with a reason and approves; another finance officer makes the batch,
 * writes the bank file and confirms the payment; the voucher states the amount in capitals. The case is
 * made the way users make it: a court's notice through the API, assigned, closed and archived on the
 * screens.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("The funding screens (issue 13): claim, flag with its explanation, review, approval, batch, payment, voucher")
class FundingScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    @DisplayName("a claim above the standard is flagged and explained, resolved with a reason, approved by a second person and paid by a fourth")
    void claimToPaymentOnTheScreens() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "吴指派", tree.district(), "ASSIGNMENT_OFFICER");
        Api.Staff supervisor = api.createAccount(tree.user("casesup"), "郑监督", tree.district(), "CASE_SUPERVISOR");
        Api.Staff reviewer = api.createAccount(tree.user("reviewer"), "王审查", tree.district(), "REVIEWER");
        Api.Staff finance = api.createAccount(tree.user("finance"), "赵财务", tree.district(), "FINANCE_OFFICER");
        Api.Staff cashier = api.createAccount(tree.user("cashier"), "钱出纳", tree.district(), "FINANCE_OFFICER");
        Api.Staff finapprover = api.createAccount(tree.user("finapp"), "黄审核", tree.district(), "FINANCE_APPROVER");
        Api.Staff finapprover2 = api.createAccount(tree.user("finapp2"), "孙审批", tree.district(), "FINANCE_APPROVER");
        String firm = "山东补贴律师事务所";
        long noticeId = CaseScreens.notifiedCase(baseUrl, tree, firm, "冯律师", "韩某");
        CaseScreens.sql("update law_firm set bank_name = '中国工商银行青岛分行', bank_account_name = name,"
                + " bank_account_no = ? where name = ?", "6222020" + (System.nanoTime() % 1_000_000_000L), firm + tree.suffix());
        String today = IntakeScreens.today().toString();

        // the case: assigned, ended, handed in complete, passed and archived
        IntakeScreens.signInFirstTime(browser, officer);
        browser.open("lawyers/assign.xhtml?type=NOTICE&id=" + noticeId);
        browser.clickConfirmAndWaitForAjax(By.id("assignForm:assignTop"));
        assertTrue(browser.awaitMessages().startsWith("已指派冯律师"), browser.messages());
        browser.signOut();
        CaseScreens.CaseRef legalCase = CaseScreens.caseOfNotice(noticeId);
        IntakeScreens.signInFirstTime(browser, supervisor);
        browser.open("cases/case.xhtml?id=" + legalCase.id());
        browser.type(By.id("closingForm:endedOn_input"), today);
        browser.clickAndWaitForAjax(By.id("closingForm:recordEnd"));
        browser.openDialog(By.id("closingForm:openSubmit"), "submitDialog");
        browser.type(By.id("submitForm:report"), "承办律师会见被告人两次，阅卷一次，出庭辩护，判决从轻处罚。");
        for (CaseFileItem item : CaseFileItem.requiredFor(new CaseFileItem.CaseKind(true, true, CaseOutcome.JUDGMENT))) {
            browser.tick("submitForm:checklist", item.documentName() + " *");
        }
        browser.clickAndWaitForAjax(By.id("submitForm:doSubmit"));
        assertTrue(browser.awaitMessages().contains("已登记结案材料提交"), browser.messages());
        browser.signOut();
        IntakeScreens.signInFirstTime(browser, reviewer);
        browser.open("cases/case.xhtml?id=" + legalCase.id());
        CaseScreens.judgeEveryItem(browser, "合格");
        browser.clickAndWaitForAjax(By.id("closingForm:finishReview"));
        assertTrue(browser.awaitMessages().contains("审查通过"), browser.messages());
        browser.clickConfirmAndWaitForAjax(By.id("closingForm:archive"));
        assertTrue(browser.awaitMessages().contains("案件已归档"), browser.messages());
        browser.signOut();

        // the finance approver enters the standard: criminal first instance ¥2,000 for the district
        String approverPassword = IntakeScreens.signInFirstTime(browser, finapprover);
        browser.open("funding/standards.xhtml");
        browser.choose("newStandard:unit", tree.district().name());
        browser.choose("newStandard:matter", "刑事");
        browser.choose("newStandard:stage", "一审");
        browser.typeNumber("newStandard:base", "2000");
        browser.type(By.id("newStandard:from_input"), LocalDate.now().minusYears(1).withDayOfYear(1).toString());
        browser.type(By.id("newStandard:basis"), "鲁司〔2025〕12号");
        browser.clickAndWaitForAjax(By.id("newStandard:add"));
        assertTrue(browser.awaitMessages().contains("补贴标准已添加"), browser.messages());
        browser.signOut();

        // the finance officer opens the fund with its budget, and claims above the standard with a reason
        IntakeScreens.signInFirstTime(browser, finance);
        assertTrue(browser.text(By.id("fundingCard")).contains("待申请补贴"), "the workbench says what waits");
        browser.open("funding/funds.xhtml");
        browser.choose("newFund:unit", tree.district().name());
        browser.choose("newFund:source", "中央补助地方法律援助办案专款");
        browser.type(By.id("newFund:name"), "中央专款" + tree.suffix());
        browser.tick("newFund:uses", "办案补贴");
        browser.clickAndWaitForAjax(By.id("newFund:create"));
        assertTrue(browser.awaitMessages().contains("经费已建立"), browser.messages());
        browser.choose("budgetForm:fund", "中央专款" + tree.suffix() + "（" + LocalDate.now().getYear() + "）");
        browser.typeNumber("budgetForm:amount", "100000");
        browser.type(By.id("budgetForm:memo"), "财预〔2026〕1号");
        browser.clickAndWaitForAjax(By.id("budgetForm:record"));
        assertTrue(browser.awaitMessages().contains("已登记预算"), browser.messages());
        assertTrue(browser.text(By.id("fundsForm:balances")).contains("¥100,000.00"), browser.text(By.id("fundsForm:balances")));

        browser.open("funding/claims.xhtml?tab=TO_CLAIM");
        assertTrue(browser.text(By.id("listForm:cases")).contains(legalCase.number()), "the archived case waits for its claim");
        browser.clickAndWaitForPage(By.xpath("//tr[td//a[normalize-space()='" + legalCase.number() + "']]//a[normalize-space()='申请补贴']"));
        browser.clickAndWaitForAjax(By.id("claimForm:calculate"));
        String calculation = browser.text(By.id("calcCard"));
        assertTrue(calculation.contains("基本补贴") && calculation.contains("¥2,000.00") && calculation.contains("人民币贰仟元整"), calculation);
        browser.typeNumber("claimForm:amount", "2600");
        browser.clickAndWaitForAjax(By.id("claimForm:submit"));
        assertTrue(browser.awaitMessages().contains("请填写例外理由"), "above the standard without a reason is refused: " + browser.messages());
        browser.type(By.id("claimForm:exception"), "庭审三次，经主任批示增加补贴");
        browser.clickAndWaitForPage(By.id("claimForm:submit"));
        assertTrue(browser.messages().contains("补贴申请已提交"), browser.messages());
        assertEquals("待审核", browser.text(By.id("state")));
        String flags = browser.text(By.id("claimForm:flags"));
        assertTrue(flags.contains("超标准支付") && flags.contains("申请金额¥2600.00高于按标准计算的¥2000.00"), flags);
        String url = browser.driver().getCurrentUrl();
        String claimId = url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", "");
        String claimPath = "funding/claim.xhtml?id=" + claimId;
        browser.screenshot("claimed");
        browser.signOut();

        // review; the approval is refused while the flag is open; a second approver resolves it and approves
        browser.signIn(finapprover.username(), approverPassword);
        browser.open(claimPath);
        browser.clickAndWaitForAjax(By.id("claimForm:review"));
        assertEquals("待审批", browser.text(By.id("state")));
        assertTrue(!browser.isPresent(By.id("claimForm:approve")), "the reviewer is not offered the approval");
        browser.signOut();
        IntakeScreens.signInFirstTime(browser, finapprover2);
        browser.open(claimPath);
        assertTrue(browser.text(By.id("claimForm:blocked")).contains("未处理的高风险异常"));
        browser.open("funding/flags.xhtml");
        String queue = browser.text(By.id("flagsForm:flags"));
        assertTrue(queue.contains("庭审三次，经主任批示增加补贴") && queue.contains(legalCase.number()), queue);
        browser.screenshot("flags");
        browser.clickAndWaitForAjax(By.xpath("//tr[contains(normalize-space(), '" + legalCase.number() + "')]//button[contains(@id,'resolve')]"));
        browser.waitVisible(By.id("flagsForm:resolveDialog"));
        browser.type(By.id("flagsForm:reason"), "例外已核准：见主任批示〔2026〕3号");
        browser.clickAndWaitForAjax(By.id("flagsForm:confirmResolve"));
        assertTrue(browser.awaitMessages().contains("已处理"), browser.messages());
        browser.open(claimPath);
        browser.find(By.id("claimForm:approve")).click();
        browser.clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.awaitMessages().contains("已审批"), browser.messages());
        assertEquals("待支付", browser.text(By.id("state")));
        browser.signOut();

        // the cashier makes the batch, writes the bank file and confirms the bank paid
        IntakeScreens.signInFirstTime(browser, cashier);
        browser.open("funding/batches.xhtml");
        browser.find(By.xpath("//tr[td//a[normalize-space()='" + legalCase.number() + "']]//div[contains(@class,'ui-chkbox-box')]")).click();
        browser.clickAndWaitForAjax(By.id("batchForm:createBatch"));
        assertTrue(browser.awaitMessages().contains("支付批次已生成"), browser.messages());
        assertTrue(browser.text(By.id("batchForm:payments")).contains("¥2,600.00"));
        browser.find(By.id("batchForm:download")).click();
        awaitBatchExported(legalCase.number());
        browser.type(By.id("batchForm:paidOn_input"), today);
        browser.find(By.id("batchForm:confirm")).click();
        browser.clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.awaitMessages().contains("已确认支付并记账"), browser.messages());
        browser.screenshot("paid");
        browser.open(claimPath);
        assertEquals("已支付", browser.text(By.id("state")));
        Browser.Download voucher = browser.download("funding/voucher.pdf?id=" + claimId);
        assertEquals(200, voucher.status());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(voucher.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("付款凭证") && text.contains("人民币贰仟陆佰元整") && text.contains(legalCase.number()), text);

        // the bank's statement says ¥2,500.00 for the payment: the reconciliation shows the mismatch, which becomes a flag
        String reference = "FA" + String.format("%010d", Long.parseLong(claimId));
        java.nio.file.Path statement = Files.createTempFile("statement-", ".csv");
        Files.writeString(statement, "交易日期,参考号,摘要,对方户名,对方账号,金额\n" + today + "," + reference + ",法律援助办案补贴,律所,"
                + accountOf(claimId) + ",\"2,500.00\"\n", StandardCharsets.UTF_8);
        browser.open("funding/reconciliation.xhtml");
        browser.find(By.id("uploadForm:file_input")).sendKeys(statement.toAbsolutePath().toString());
        assertTrue(browser.awaitMessages().contains("已导入，共1笔交易"), browser.messages());
        browser.find(By.id("runForm:run")).click();
        browser.clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("runForm:runState"), "已完成", Duration.ofSeconds(90));
        browser.waitVisible(By.id("runForm:totals"));
        assertTrue(browser.text(By.id("runForm:progress")).contains("100%"), browser.text(By.id("runForm:progress")));
        assertTrue(browser.text(By.id("runForm:totals")).contains("金额不符 1"), browser.text(By.id("runForm:totals")));
        assertTrue(browser.text(By.id("runForm:problems")).contains(reference), browser.text(By.id("runForm:problems")));
        browser.screenshot("reconciled");
        browser.open("funding/flags.xhtml");
        String reconFlags = browser.text(By.id("flagsForm:flags"));
        assertTrue(reconFlags.contains("对账：金额不符") && reconFlags.contains("支付" + reference + "应付¥2,600.00，银行对账单第2行实付¥2,500.00，相差¥100.00"),
                reconFlags);
        Files.deleteIfExists(statement);
    }

    /** The account a claim's payment went to, as the bank file carried it. */
    private static String accountOf(String claimId) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
             PreparedStatement ps = c.prepareStatement("select account_no from subsidy_payment where claim_id = ?")) {
            ps.setLong(1, Long.parseLong(claimId));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the claim was paid");
                return rs.getString(1);
            }
        }
    }

    /** Waits until the bank file was written (the download leaves the page as it is). */
    private static void awaitBatchExported(String caseNumber) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                    System.getenv("LEGALAID_DB_PASSWORD"));
                 PreparedStatement ps = c.prepareStatement("select b.state from payment_batch b join subsidy_claim s"
                         + " on s.batch_id = b.id where s.case_number = ?")) {
                ps.setString(1, caseNumber);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && "EXPORTED".equals(rs.getString(1))) {
                        return;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the bank file was not written");
    }
}
