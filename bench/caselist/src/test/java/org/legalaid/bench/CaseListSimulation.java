package org.legalaid.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The case list under load (issue 5, "Speed"): {@code bench.users} staff members (default 50)
 * sign in through the login form, then each {@code bench.repeats} times opens /cases/list.xhtml
 * with a filter and a sort in the address (the first page, rendered with the view) and jumps to
 * page {@code bench.deepPage} (default 2,000) by the AJAX request the PrimeFaces paginator sends:
 * the view state and the table's client id are read from the page, the partial request posts the
 * table's {@code _pagination}, {@code _first} and {@code _rows}. A check on the row index
 * ({@code data-ri}) makes sure the deep page really came back.
 *
 * <p>System properties: bench.baseUrl (…/legalaid), bench.user, bench.password, bench.users,
 * bench.repeats, bench.deepPage, bench.rows, bench.query (the list's address parameters).
 */
public class CaseListSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080/legalaid");
    private static final String USER = System.getProperty("bench.user", "bench_sup");
    private static final String PASSWORD = System.getProperty("bench.password", "");
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 10);
    private static final int DEEP_PAGE = Integer.getInteger("bench.deepPage", 2000);
    private static final int ROWS = Integer.getInteger("bench.rows", 20);
    private static final String QUERY = System.getProperty("bench.query", "status=HANDLING,SUBMITTED&sort=assignedOn&dir=desc");
    private static final int FIRST = (DEEP_PAGE - 1) * ROWS;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .userAgentHeader("legalaid-bench (Gatling)")
            .disableCaching();

    private final ScenarioBuilder users = scenario("case list")
            .exec(http("login form").get("/login.xhtml")
                    .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exec(http("sign in").post("/login.xhtml")
                    .formParam("loginForm", "loginForm")
                    .formParam("loginForm:username", USER)
                    .formParam("loginForm:password", PASSWORD)
                    .formParam("loginForm:next", "")
                    .formParam("loginForm:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), substring("logout").exists()))
            .repeat(REPEATS).on(
                    exec(http("first page").get("/cases/list.xhtml?" + QUERY)
                            .check(status().is(200),
                                    css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                                    css("div.ui-datatable", "id").saveAs("table"),
                                    substring("data-ri=\"0\"").exists()))
                            .pause(Duration.ofMillis(300), Duration.ofMillis(1000))
                            .exec(http("deep page").post("/cases/list.xhtml")
                                    .header("Faces-Request", "partial/ajax")
                                    .header("X-Requested-With", "XMLHttpRequest")
                                    .formParam("jakarta.faces.partial.ajax", "true")
                                    .formParam("jakarta.faces.source", "#{table}")
                                    .formParam("jakarta.faces.partial.execute", "#{table}")
                                    .formParam("jakarta.faces.partial.render", "#{table} listForm:count")
                                    .formParam("jakarta.faces.behavior.event", "page")
                                    .formParam("jakarta.faces.partial.event", "page")
                                    .formParam("#{table}_pagination", "true")
                                    .formParam("#{table}_first", String.valueOf(FIRST))
                                    .formParam("#{table}_rows", String.valueOf(ROWS))
                                    .formParam("#{table}_skipChildren", "true")
                                    .formParam("#{table}_encodeFeature", "true")
                                    .formParam("listForm", "listForm")
                                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                                    .check(status().is(200), substring("<partial-response").exists(),
                                            substring("data-ri=\"" + FIRST + "\"").exists()))
                            .pause(Duration.ofMillis(300), Duration.ofMillis(1000)));

    {
        setUp(users.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(10)))).protocols(protocol);
    }
}
