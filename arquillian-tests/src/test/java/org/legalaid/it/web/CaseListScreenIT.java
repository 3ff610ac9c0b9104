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
import org.legalaid.it.Deployments;
import org.legalaid.it.TestPasswords;
import org.legalaid.shared.ChinaTime;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Case list screen: filter by status, sort, page, open a case; a tampered sort is refused (issue 5)")
class CaseListScreenIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    private Api.Tree tree;
    private Api.Unit station;
    private Api.Staff supervisor;

    @BeforeEach
    void setUp() throws SQLException {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        tree = api.tree();
        station = api.createUnit("WS-" + tree.suffix(), "网测甲区工作站" + tree.suffix(), "WORKSTATION", tree.district().id());
        supervisor = api.createAccount(tree.user("sup"), "韩监督", tree.district(), "CASE_SUPERVISOR");
        // 25 cases in the district: 22 in hand, 3 archived; imported legacy rows, dates in order
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        try (Connection c = DriverManager.getConnection(System.getenv("LEGALAID_DB_URL"), System.getenv("LEGALAID_DB_USER"),
                System.getenv("LEGALAID_DB_PASSWORD"));
             PreparedStatement ps = c.prepareStatement("insert into legal_case (id, case_number, unit_id, legacy, matter_type,"
                     + " client_name, title, lawyer_name, status, applied_on, assigned_on, ended_on, submitted_on, reviewed_on,"
                     + " archived_on, created_at) values (nextval('legal_case_seq'), ?, ?, true, 'CIVIL', ?, ?, '钱律师', ?, ?, ?, ?, ?,"
                     + " ?, ?, now())")) {
            for (int i = 1; i <= 25; i++) {
                boolean archived = i > 22;
                LocalDate assigned = today.minusDays(300 - i);
                ps.setString(1, "屏〔" + tree.suffix() + "〕" + String.format("%02d", i) + "号");
                ps.setLong(2, tree.district().id());
                ps.setString(3, "客" + (char) ('甲' + i) + i);
                ps.setString(4, "劳动报酬纠纷");
                ps.setString(5, archived ? "ARCHIVED" : "HANDLING");
                ps.setObject(6, assigned.minusDays(5));
                ps.setObject(7, assigned);
                ps.setObject(8, archived ? assigned.plusDays(30) : null);
                ps.setObject(9, archived ? assigned.plusDays(35) : null);
                ps.setObject(10, archived ? assigned.plusDays(40) : null);
                ps.setObject(11, archived ? assigned.plusDays(45) : null);
                ps.executeUpdate();
            }
        }
        browser.signIn(supervisor.username(), supervisor.password());
        browser.changePassword(supervisor.password(), TestPasswords.fresh());
    }

    private List<String> rows() {
        return browser.driver().findElements(By.cssSelector("[id='listForm:table_data'] tr")).stream()
                .map(e -> e.getText()).toList();
    }

    @Test
    @DisplayName("the list pages, filters by status, sorts by client and opens a case")
    void filterSortPageOpen() {
        browser.open("cases/list.xhtml");
        assertEquals("共 25 件", browser.text(By.id("listForm:count")));
        assertEquals(20, rows().size());
        assertTrue(rows().get(0).contains("屏〔" + tree.suffix() + "〕25号"), rows().get(0) + ": newest assignment first");

        browser.clickAndWaitForAjax(By.cssSelector("[id='listForm:table_paginator_bottom'] .ui-paginator-next"));
        assertEquals(5, rows().size(), "the second page by key");
        assertTrue(rows().get(4).contains("〕01号"), rows().get(4));
        browser.clickAndWaitForAjax(By.cssSelector("[id='listForm:table_paginator_bottom'] .ui-paginator-prev"));
        assertEquals(20, rows().size());
        assertTrue(rows().get(0).contains("〕25号"), "back to the first page");

        browser.find(By.id("listForm:status")).click();
        browser.waitVisible(By.id("listForm:status_panel"));
        browser.find(By.xpath("//div[@id='listForm:status_panel']//li[.//label[text()='已归档']]//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        browser.find(By.id("listForm:count")).click();   // a click outside closes the panel
        browser.waitInvisible(By.id("listForm:status_panel"));
        browser.clickAndWaitForAjax(By.id("listForm:search"));
        assertEquals("共 3 件", browser.text(By.id("listForm:count")));
        assertEquals(3, rows().size());
        assertTrue(rows().stream().allMatch(r -> r.contains("已归档")), rows().toString());

        browser.clickAndWaitForAjax(By.xpath("//th[.//span[text()='受援人']]"));
        browser.waitForText(By.cssSelector("[id='listForm:table_data'] tr:first-child"), "〕23号");
        List<String> byClient = rows();
        assertTrue(byClient.get(0).contains("〕23号") && byClient.get(2).contains("〕25号"), "client names ascending: " + byClient);

        // the case number opens the case page (whose rendering of an imported case is the case page's own concern)
        String href = browser.find(By.linkText("屏〔" + tree.suffix() + "〕24号")).getAttribute("href");
        assertTrue(href.matches(".*/cases/case\\.xhtml\\?id=\\d+"), href);
        browser.clickAndWaitForPage(By.linkText("屏〔" + tree.suffix() + "〕24号"));
        assertEquals("cases/case.xhtml", browser.path());
    }

    @Test
    @DisplayName("the unit filter names the units of the user's scope, parents first, and narrows the list to the unit chosen")
    void unitFilter() {
        browser.open("cases/list.xhtml");
        List<String> options = browser.driver().findElements(By.cssSelector("[id='listForm:unit_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
        assertEquals(List.of("全部", tree.district().name(), station.name()), options, "the units by name, the district first");

        browser.choose("listForm:unit", station.name());
        browser.clickAndWaitForAjax(By.id("listForm:search"));
        assertEquals("共 0 件", browser.text(By.id("listForm:count")), "the station has no case of its own");

        browser.choose("listForm:unit", tree.district().name());
        browser.clickAndWaitForAjax(By.id("listForm:search"));
        assertEquals("共 25 件", browser.text(By.id("listForm:count")));
    }

    @Test
    @DisplayName("a sort field tampered in the address is refused with a message in Chinese, no stack trace; the default order stays")
    void tamperedSortIsRefused() {
        browser.open("cases/list.xhtml?sort=id%3Bdrop%20table%20legal_case&dir=asc");
        String messages = browser.awaitMessages();
        assertTrue(messages.contains("不能按“id;drop table legal_case”排序"), messages);
        assertFalse(browser.source().matches("(?s).*\\(\\w+\\.java:\\d+\\).*"), "no stack trace");
        assertTrue(rows().get(0).contains("〕25号"), "the default order");
    }
}
