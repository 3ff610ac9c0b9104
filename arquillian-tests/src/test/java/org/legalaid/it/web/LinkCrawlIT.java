package org.legalaid.it.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legalaid.it.Deployments;
import org.openqa.selenium.By;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, "Links and navigation": every link a member of staff is shown leads somewhere they may go.
 * Each staff role of a district signs in and the test follows every link of the application it meets,
 * from the workbench outwards (a few records of each page), in that person's session: none may end on
 * 页面不存在 (404) or an error. The data is a notified criminal case assigned to a lawyer — so the deadline
 * list, the case page, the lawyer's profile and the firm are all on the way.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Links: every role crawls every page it can reach and no link ends on 页面不存在")
class LinkCrawlIT {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#][^\"]*)\"");
    /** Pages of one path followed with this many different queries at most (a list's rows lead to one page). */
    private static final int VARIANTS_PER_PAGE = 3;
    private static final int MAX_PER_ROLE = 150;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    void noLinkLeadsAnyRoleToAMissingPage() throws Exception {
        Api api = new Api(baseUrl);
        browser.reset(baseUrl);
        Api.Tree tree = api.tree();
        Api.Staff officer = api.createAccount(tree.user("officer"), "吴指派", tree.district(), "ASSIGNMENT_OFFICER");
        long noticeId = CaseScreens.notifiedCase(baseUrl, tree, "山东链接律师事务所", "陈链接", "林某");
        // a second notice stays waiting, so the deadline list has an open 3-day clock to link to
        CaseScreens.notifiedCase(baseUrl, tree, "court2", "山东链接二律师事务所", "张链接", "赵某");
        IntakeScreens.signInFirstTime(browser, officer);
        browser.open("lawyers/assign.xhtml?type=NOTICE&id=" + noticeId);
        browser.clickConfirmAndWaitForAjax(By.id("assignForm:assignTop"));
        assertTrue(browser.awaitMessages().startsWith("已指派"), browser.messages());
        Map<String, List<String>> broken = new LinkedHashMap<>();
        Map<String, Integer> followed = new LinkedHashMap<>();
        crawl("ASSIGNMENT_OFFICER", broken, followed);
        browser.signOut();

        for (String role : List.of("INTAKE_CLERK", "REVIEWER", "APPROVER", "CASE_SUPERVISOR", "FINANCE_OFFICER",
                "FINANCE_APPROVER", "QUALITY_EVALUATOR", "COMPLAINT_HANDLER", "BUREAU_SUPERVISOR", "SYSTEM_ADMIN")) {
            Api.Staff staff = api.createAccount(tree.user(role.toLowerCase().replace("_", "").substring(0, 8)),
                    "链接" + role.length(), tree.district(), role);
            IntakeScreens.signInFirstTime(browser, staff);
            crawl(role, broken, followed);
            browser.signOut();
        }

        assertTrue(followed.get("ASSIGNMENT_OFFICER") > 10, "the officer's crawl reached the pages: " + followed);
        assertTrue(followed.get("APPROVER") > 10, "the director's crawl reached the pages: " + followed);
        assertEquals(Map.of(), broken, "links that end on 页面不存在 or an error (role → target ← page): " + followed);
    }

    /** Follows every link of the application from the workbench, in the browser's session. */
    private void crawl(String role, Map<String, List<String>> broken, Map<String, Integer> followed) {
        String context = baseUrl.getPath().endsWith("/") ? baseUrl.getPath() : baseUrl.getPath() + "/";
        Deque<String[]> toVisit = new ArrayDeque<>();
        toVisit.add(new String[]{"index.xhtml", "(start)"});
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> variants = new HashMap<>();
        seen.add("index.xhtml");
        int count = 0;
        while (!toVisit.isEmpty() && count < MAX_PER_ROLE) {
            String[] next = toVisit.poll();
            String path = next[0];
            Browser.Download page = browser.download(path);
            count++;
            String body = page.contentType().startsWith("text/html") ? new String(page.body(), StandardCharsets.UTF_8) : "";
            if (page.status() >= 400 || body.contains("页面不存在") || body.contains("class=\"la-error")) {
                broken.computeIfAbsent(role, r -> new ArrayList<>()).add(path + " (" + page.status() + ") ← " + next[1]);
                continue;
            }
            Matcher m = HREF.matcher(body);
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (!href.startsWith(context) || href.contains("jakarta.faces.resource") || href.contains("javax.faces.resource")) {
                    continue;
                }
                String target = href.substring(context.length());
                int semicolon = target.indexOf(";jsessionid");
                if (semicolon >= 0) {
                    target = target.substring(0, semicolon);
                }
                String bare = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
                if (seen.contains(target) || variants.merge(bare, 1, Integer::sum) > VARIANTS_PER_PAGE) {
                    continue;
                }
                seen.add(target);
                toVisit.add(new String[]{target, path});
            }
        }
        followed.put(role, count);
        // the crawl's views pushed the browser's page out of the session's views: a fresh one to sign out from
        browser.open("index.xhtml");
    }
}
