package org.amparo.loadtest;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Caseworkers at work in the web UI of a running installation, one virtual user per account, each
 * in its own session: log in through the form, then, until the test ends, open the case list,
 * search a name (POST, as the web UI does: a name never goes in an address), open a case page and
 * add a note to it, with think times between pages. Targets (issue 4): p95 of every request at
 * most 200 ms, no failed request.
 *
 * <p>System properties: {@code amparo.url} (http://localhost:18181), {@code amparo.accounts} (CSV
 * {@code username,password}, one line per caseworker; written by run.sh), {@code amparo.names}
 * (CSV {@code name}: synthetic names to search, written by the loader), {@code amparo.users} (50),
 * {@code amparo.rampSeconds} (50), {@code amparo.minutes} (5), {@code amparo.thinkMillis} (1000 to
 * 3000: {@code min-max}). All names searched are SYNTHETIC, FICTIONAL test data.
 */
public class CaseworkerSessions extends Simulation {
    private static final String URL = System.getProperty("amparo.url", "http://localhost:18181");
    private static final int USERS = Integer.getInteger("amparo.users", 50);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("amparo.rampSeconds", 50));
    private static final Duration STEADY = Duration.ofMinutes(Integer.getInteger("amparo.minutes", 5));
    private static final String[] THINK = System.getProperty("amparo.thinkMillis", "1000-3000").split("-");
    private static final String CSRF = "name=\"_csrf\" value=\"([^\"]+)\"";
    private static final String CASE_LINK = "href=\"/app/cases/([0-9]+)\"";

    private final FeederBuilder<String> accounts = csv(System.getProperty("amparo.accounts", "accounts.csv")).queue();
    private final FeederBuilder<String> names = csv(System.getProperty("amparo.names", "names.csv")).random();

    private final HttpProtocolBuilder protocol = http.baseUrl(URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en")
            .userAgentHeader("amparo-loadtest (Gatling)")
            // the session cookie is Secure; over plain HTTP on localhost it is sent by hand, like the itests' client
            .disableFollowRedirect()
            .disableCaching();

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(Long.parseLong(THINK[0])), Duration.ofMillis(Long.parseLong(THINK[1])));
    }

    private static String cookies(Session s) {
        return "AMPARO_SESSION=" + s.getString("session");
    }

    /** A case id from the last page's links (the list, or the search results), else the last one opened. */
    private static Session pickCase(Session s) {
        List<String> found = s.contains("caseIds") ? s.getList("caseIds") : List.of();
        if (found.isEmpty()) {
            return s;
        }
        return s.set("caseId", found.get(ThreadLocalRandom.current().nextInt(found.size())));
    }

    private final ChainBuilder logIn = exec(http("login form").get("/login")
            .check(status().is(200))
            .check(regex(CSRF).saveAs("loginCsrf"))
            .check(headerRegex("Set-Cookie", "AMPARO_CSRF=([^;]+)").saveAs("preCsrf")))
            .exec(http("log in").post("/login")
                    .header("Cookie", s -> "AMPARO_CSRF=" + s.getString("preCsrf"))
                    .formParam("_csrf", "#{loginCsrf}")
                    .formParam("username", "#{username}")
                    .formParam("password", "#{password}")
                    .check(status().is(303))
                    .check(header("Location").is("/app/"))
                    .check(headerRegex("Set-Cookie", "AMPARO_SESSION=([^;]+)").saveAs("session")));

    private final ChainBuilder work = exec(http("case list").get("/app/cases")
            .header("Cookie", CaseworkerSessions::cookies)
            .check(status().is(200))
            .check(regex(CSRF).saveAs("csrf"))
            .check(regex(CASE_LINK).findAll().optional().saveAs("caseIds")))
            .exec(CaseworkerSessions::pickCase)
            .exec(think())
            .feed(names)
            .exec(http("search by name (POST)").post("/app/cases")
                    .header("Cookie", CaseworkerSessions::cookies)
                    .formParam("_csrf", "#{csrf}")
                    .formParam("name", "#{name}")
                    .formParam("number", "")
                    .formParam("status", "")
                    .formParam("flag", "")
                    .formParam("assignedTo", "")
                    .check(status().is(200))
                    .check(regex(CASE_LINK).findAll().optional().saveAs("caseIds")))
            .exec(CaseworkerSessions::pickCase)
            .exec(think())
            .doIf(s -> s.contains("caseId")).then(
                    exec(http("case page").get("/app/cases/#{caseId}")
                            .header("Cookie", CaseworkerSessions::cookies)
                            .check(status().is(200))
                            .check(regex("id=\"note-text\"").exists()))
                    .exec(think())
                    .exec(http("add note (POST)").post("/app/cases/#{caseId}")
                            .header("Cookie", CaseworkerSessions::cookies)
                            .formParam("_csrf", "#{csrf}")
                            .formParam("op", "note")
                            .formParam("text", "Synthetic load-test note (fictional).")
                            .check(status().is(303))
                            .check(header("Location").is(s -> "/app/cases/" + s.getString("caseId") + "?done=note")))
                    .exec(http("case page after note").get("/app/cases/#{caseId}?done=note")
                            .header("Cookie", CaseworkerSessions::cookies)
                            .check(status().is(200))
                            .check(regex("id=\"case-notice\"").exists())))
            .exec(think());

    private final ScenarioBuilder caseworkers = scenario("caseworker sessions")
            .feed(accounts)
            .exec(logIn)
            .exitHereIfFailed()
            // every session works until the same moment: the end of the ramp plus the steady part
            .exec(during(s -> Duration.ofMillis(Math.max(0, end() - System.currentTimeMillis()))).on(work));

    private static final AtomicLong END = new AtomicLong();

    private static long end() {
        END.compareAndSet(0, System.currentTimeMillis() + RAMP.plus(STEADY).toMillis());
        return END.get();
    }

    {
        setUp(caseworkers.injectOpen(rampUsers(USERS).during(RAMP)))
                .protocols(protocol)
                .assertions(
                        global().responseTime().percentile(95.0).lte(200),
                        global().failedRequests().count().is(0L));
    }
}
