package org.legalaid.it.web;

import org.legalaid.intake.ResidentIdNumber;
import org.legalaid.it.TestPasswords;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The moves the application screen tests share: staff signing in, a hardship standard, the wizard. */
final class IntakeScreens {

    /** A region with a hardship standard of ¥1,000.00 × 2 = ¥2,000.00 per head and month for this year. */
    record Region(String code, String name) {
        /** How the wizard lists it. */
        String label() {
            return name + "（" + code + "）";
        }
    }

    private IntakeScreens() {
    }

    /**
     * Signs in with the temporary password and replaces it, as every new member of staff does
     * first; returns the new password.
     */
    static String signInFirstTime(Browser browser, Api.Staff staff) {
        String own = TestPasswords.fresh();
        browser.signIn(staff.username(), staff.password());
        browser.changePassword(staff.password(), own);
        return own;
    }

    /**
     * Enters a hardship standard for a region of the test's own, this year, through the
     * administrator's screen (as an administrator of the test's centre), and signs out.
     */
    static Region hardshipStandard(Browser browser, Api api, Api.Tree tree) {
        Api.Staff admin = api.createAccount(tree.user("admin"), "钱管理", tree.centre(), "SYSTEM_ADMIN");
        Region region = new Region(String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999)), "网测区" + tree.suffix());
        signInFirstTime(browser, admin);
        browser.open("admin/hardship-standards.xhtml");
        browser.type(By.id("standardForm:regionCode"), region.code());
        browser.type(By.id("standardForm:regionName"), region.name());
        browser.typeNumber("standardForm:year", String.valueOf(today().getYear()));
        browser.typeNumber("standardForm:minimum", "1000");
        browser.typeNumber("standardForm:multiplier", "2");
        browser.type(By.id("standardForm:basis"), "网测文件〔" + today().getYear() + "〕1号");
        browser.clickAndWaitForAjax(By.id("standardForm:save"));
        String said = browser.awaitMessages();
        assertTrue(said.contains("已保存"), said);
        browser.signOut();
        return region;
    }

    /** A valid resident ID number of someone {@code age} years old today (plus two months), sex by {@code sequence}. */
    static String residentId(int age, String sequence) {
        LocalDate birth = today().minusYears(age).minusMonths(2);
        String first17 = "370202" + birth.toString().replace("-", "") + sequence;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The wizard's "next" button: moves on when the step is complete, or stays with messages. */
    static void next(Browser browser) {
        browser.clickAndWaitForAjax(By.id("wizardForm:wizard_next"));
    }

    /** The id of the application the browser shows ({@code application.xhtml?id=}). */
    static long shownApplicationId(Browser browser) {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*$", ""));
    }

    /**
     * On the application page: opens an action's dialog with its button, lets {@code fill} fill
     * it, confirms, and waits for the page to come back with the news, which it returns.
     */
    static String act(Browser browser, String button, String dialog, Runnable fill) {
        browser.openDialog(By.id("actionsForm:" + button), dialog);
        fill.run();
        browser.clickAndWaitForPage(By.id(dialog.replace("Dialog", "Form") + ":confirm"));
        return browser.awaitMessages();
    }

    /** The status as the application page shows it. */
    static String status(Browser browser) {
        return browser.text(By.id("status"));
    }
}
