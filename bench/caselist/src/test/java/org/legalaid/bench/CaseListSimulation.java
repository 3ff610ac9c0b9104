package org.legalaid.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The case list under load (issue 5, "Speed"): {@code bench.users} staff members (default 50)
 * sign in through the login form over 10 seconds; once all have signed in ({@code bench.listStartsAfterMs}
 * after the start, default 30 s), each {@code bench.repeats} times opens /cases/list.xhtml
 * with a filter and a sort in the address (the first page, rendered with the view) and jumps to
 * page {@code bench.deepPage} (default 2,000) by the AJAX request the PrimeFaces paginator sends:
 * the view state and the table's client id are read from the page, the partial request posts the
 * table's {@code _pagination}, {@code _first} and {@code _rows}. A check on the row index
 * ({@code data-ri}) makes sure the deep page really came back.
 *
 * <p>Each virtual user signs in as its own account ({@code bench.user} + "_" + 1…n, one password):
 * staff do not share accounts, and one account signed in 50 times at once only measures the
 * account row's optimistic lock. The response times of the sign-in and the two pages are also written,
 * with their p50/p95, to {@code bench.out}.
 *
 * <p>System properties: bench.baseUrl (…/legalaid), bench.user, bench.password, bench.users,
 * bench.repeats, bench.deepPage, bench.rows, bench.query (the list's address parameters), bench.out,
 * bench.listStartsAfterMs, bench.thinkMinMs and bench.thinkMaxMs (300 and 1,000: the pause after each page).
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
    private static final String OUT = System.getProperty("bench.out", "target/caselist-times.txt");

    private static final Duration RAMP = Duration.ofSeconds(10);
    /** The time a user spends on a page before the next click, at random between the two. */
    private static final Duration THINK_MIN = Duration.ofMillis(Long.getLong("bench.thinkMinMs", 300L));
    private static final Duration THINK_MAX = Duration.ofMillis(Long.getLong("bench.thinkMaxMs", 1000L));
    /** When the list phase starts: the sign-ins' ramp and time for the last of them to finish. */
    private static final long LIST_STARTS_AT = System.currentTimeMillis() + Long.getLong("bench.listStartsAfterMs", 30_000L);

    private static final ConcurrentLinkedQueue<long[]> SIGN_IN_TIMES = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<long[]> FIRST_TIMES = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<long[]> DEEP_TIMES = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger NEXT_USER = new AtomicInteger();

    private static final Iterator<Map<String, Object>> ACCOUNTS = Stream.generate(
            () -> {
                int n = NEXT_USER.incrementAndGet();
                return Map.<String, Object>of("user", USER + "_" + n, "n", n);
            }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .userAgentHeader("legalaid-bench (Gatling)")
            .disableCaching();

    private final ScenarioBuilder users = scenario("case list")
            .feed(ACCOUNTS)
            .exec(http("login form").get("/login.xhtml")
                    .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exec(http("sign in").post("/login.xhtml")
                    .formParam("loginForm", "loginForm")
                    .formParam("loginForm:username", "#{user}")
                    .formParam("loginForm:password", PASSWORD)
                    .formParam("loginForm:next", "")
                    .formParam("loginForm:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(responseTimeInMillis().saveAs("rt"), status().is(200), substring("logout").exists()))
            .exec(session -> record(SIGN_IN_TIMES, session))
            // Everyone waits until all have signed in, then arrives at the list as they arrived at the
            // sign-in (spread over RAMP): the list is measured on its own, not queued behind fifty
            // PBKDF2 hashes (sign-in is deliberately slow; its times are reported apart).
            .pause(session -> Duration.ofMillis(Math.max(0, LIST_STARTS_AT
                    + (session.getInt("n") - 1) * RAMP.toMillis() / USERS - System.currentTimeMillis())))
            .repeat(REPEATS).on(
                    exec(http("first page").get("/cases/list.xhtml?" + QUERY).disableFollowRedirect()
                            .check(responseTimeInMillis().saveAs("rt"), status().saveAs("st"), status().is(200),
                                    css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                                    css("div.ui-datatable", "id").saveAs("table"),
                                    substring("data-ri=\"0\"").exists()))
                            .exec(session -> record(FIRST_TIMES, session))
                            .pause(THINK_MIN, THINK_MAX)
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
                                    .check(responseTimeInMillis().saveAs("rt"), status().saveAs("st"), status().is(200),
                                            substring("<partial-response").exists(),
                                            substring("data-ri=\"" + FIRST + "\"").exists()))
                            .exec(session -> record(DEEP_TIMES, session))
                            .pause(THINK_MIN, THINK_MAX));

    /** Keeps a page's response time and whether it was a good page (checks passed). */
    private static io.gatling.javaapi.core.Session record(ConcurrentLinkedQueue<long[]> times, io.gatling.javaapi.core.Session s) {
        if (s.contains("rt")) {
            times.add(new long[]{((Number) s.get("rt")).longValue(), s.isFailed() ? 0 : 1});
        }
        return s.remove("rt").markAsSucceeded();
    }

    @Override
    public void after() {
        StringBuilder b = new StringBuilder();
        b.append(line("sign in", SIGN_IN_TIMES)).append(line("first page", FIRST_TIMES)).append(line("deep page " + DEEP_PAGE, DEEP_TIMES));
        try {
            Files.writeString(Path.of(OUT), b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(b);
    }

    private static String line(String name, ConcurrentLinkedQueue<long[]> times) {
        long[] ok = times.stream().filter(t -> t[1] == 1).mapToLong(t -> t[0]).sorted().toArray();
        long failed = times.size() - ok.length;
        if (ok.length == 0) {
            return String.format("http %-16s no good responses (%d failed)%n", name, failed);
        }
        return String.format("http %-16s n=%4d failed=%3d  p50 %6d ms  p95 %6d ms  max %6d ms%n", name, ok.length, failed,
                ok[(int) Math.ceil(ok.length * 0.50) - 1], ok[(int) Math.ceil(ok.length * 0.95) - 1], ok[ok.length - 1]);
    }

    {
        setUp(users.injectOpen(rampUsers(USERS).during(RAMP))).protocols(protocol);
    }
}
