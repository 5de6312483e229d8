package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.security.Role;
import org.amparo.standards.Highlight;
import org.amparo.standards.internal.LibraryImpl;
import org.amparo.standards.internal.PublicReadingImpl;
import org.amparo.standards.internal.WebLibraries;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The library pages over the real standards library (the standards bundle's own content) and the
 * real public-reading switch on in-memory Derby: browse with facets, search in English and Arabic
 * with the matched words marked, an item with its source, languages and places, "why this is
 * asked", and the public reading that a country administrator opens and closes.
 */
class LibraryPagesTest {
    private static final String PASSWORD = "correct horse battery";
    private final LibraryImpl library = WebLibraries.library();
    private PublicReadingImpl reading;
    private WebHarness web;
    private Server publicServer;
    private URI publicBase;

    @BeforeEach
    void start() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:web-library-" + System.nanoTime());
        ds.setCreateDatabase("create");
        JdbcDatabase database = new JdbcDatabase(ds);
        reading = new PublicReadingImpl(database, new AuditLogImpl(database));
        web = new WebHarness();
        addTexts(web.messages, "standards");
        web.security.addUser("cora", "Cora Caseworker", 1, PASSWORD, Role.CASEWORKER);
        web.security.addUser("ada", "Ada Admin", 1, PASSWORD, Role.COUNTRY_ADMIN);
        web.addPage(new LibraryPage(library, web.security.userService, web.messages, reading, null, null));

        publicServer = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        ServletHolder servlet = new ServletHolder(new PublicLibraryServlet(web.shell, library, reading, web.messages));
        context.addServlet(servlet, "/library");
        context.addServlet(servlet, "/library/*");
        publicServer.setHandler(context);
        publicServer.start();
        publicBase = URI.create("http://127.0.0.1:" + ((ServerConnector) publicServer.getConnectors()[0]).getLocalPort());
    }

    /** Adds another bundle's message files (every language) to the harness's catalogue. */
    static void addTexts(ClasspathMessages messages, String baseName) {
        ClasspathMessages.load("OSGI-INF/amparo/l10n/" + baseName + ".properties").forEach((k, v) -> messages.with("", k, v));
        for (String language : List.of("fr", "ar")) {
            ClasspathMessages.load("OSGI-INF/amparo/l10n/" + baseName + "_" + language + ".properties")
                    .forEach((k, v) -> messages.with(language, k, v));
        }
    }

    @AfterEach
    void stop() throws Exception {
        publicServer.stop();
        web.close();
    }

    private WebHarness.Browser signedIn(String username) throws Exception {
        WebHarness.Browser browser = web.browser();
        browser.login(username, PASSWORD);
        return browser;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void everySignedInUserBrowsesByFacetAndSearchesWithTheMatchedWordsMarked() throws Exception {
        WebHarness.Browser cora = signedIn("cora");
        WebHarness.Response home = cora.get("/app/library");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/app/library\"").contains("id=\"library-search\"").contains("id=\"library-items\"")
                .contains("id=\"facet-topic-children\"").contains("id=\"facet-type-guidance\"").contains("id=\"facet-country-international\"")
                .contains("id=\"item-best-interests-child\"").doesNotContain("id=\"public-reading\"").doesNotContain("[web.");

        String children = cora.get("/app/library?topic=children").body();
        assertThat(children).contains("id=\"item-best-interests-child\"").contains("id=\"library-filter-clear\"")
                .doesNotContain("id=\"item-palermo-trafficking\"");

        String found = cora.get("/app/library?q=" + q("best interests")).body();
        assertThat(found).contains("id=\"search-results\"").contains("id=\"hit-1\"").contains("<mark>")
                .containsPattern("(?i)<mark>best</mark>").contains("/app/library/item/best-interests-child#section-");

        String none = cora.get("/app/library?q=" + q("xylophonequartz")).body();
        assertThat(none).contains("id=\"library-no-results\"");

        WebHarness.Response lang = cora.post("/lang", Map.of("_csrf", home.csrf(), "lang", "ar", "return", "/app/library"));
        assertThat(lang.status()).isEqualTo(303);
        String arabic = cora.get("/app/library?q=" + q("المصالح الفضلى")).body();
        assertThat(arabic).contains("dir=\"rtl\"").contains("id=\"hit-1\"").contains("<mark>المصالح</mark>").contains("lang=\"ar\"");
    }

    @Test
    void anItemShowsItsSectionsSourceLanguagesReviewAndWhereThePlatformAppliesIt() throws Exception {
        WebHarness.Browser cora = signedIn("cora");
        WebHarness.Response item = cora.get("/app/library/item/best-interests-child");
        assertThat(item.status()).isEqualTo(200);
        assertThat(item.body()).contains("id=\"library-item\"").contains("id=\"section-primary-consideration\"")
                .contains("id=\"item-source\"").contains("UNHCR").contains("class=\"source-link\"").contains("id=\"item-languages\"")
                .contains("unofficial translation").contains("id=\"item-reviewed\"").contains("2026-11-28").contains("id=\"item-evidence\"")
                .contains("id=\"item-applied\"").contains("href=\"/app/library/why/case:ASSESSMENT\"")
                .contains("href=\"/app/library/why/screening:child/ch-in-school\"").contains("id=\"print-page\"")
                .contains("src=\"/static/print.js\"").doesNotContain("[web.");

        WebHarness.Response why = cora.get("/app/library/why/case:ASSESSMENT");
        assertThat(why.status()).isEqualTo(200);
        assertThat(why.body()).contains("id=\"why-place\"").contains("Assessment").contains("id=\"why-items\"")
                .contains("id=\"item-best-interests-child\"").contains("best interests are assessed");

        assertThat(cora.get("/app/library/item/no-such-item").status()).isEqualTo(404);
        assertThat(cora.get("/app/library/why/nonsense").status()).isEqualTo(404);
        assertThat(cora.get("/app/library/elsewhere").status()).isEqualTo(404);
    }

    @Test
    void theHighlightsOfAPassageAreMarkedAndEverythingElseEscaped() {
        assertThat(LibraryView.marked("a <b> best interest", List.of(new Highlight(6, 10), new Highlight(11, 17))))
                .isEqualTo("a &lt;b&gt; <mark>best</mark> <mark>intere</mark>st");
        assertThat(LibraryView.marked("short", List.of(new Highlight(2, 40)))).isEqualTo("short");
    }

    @Test
    void aCountryAdministratorOpensTheLibraryToThePublicAndClosesItAgain() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertThat(publicGet(http, "/library").statusCode()).as("closed until opened").isEqualTo(404);

        WebHarness.Browser cora = signedIn("cora");
        WebHarness.Response page = cora.get("/app/library");
        assertThat(cora.post("/app/library/public", Map.of("_csrf", page.csrf(), "open", "true")).status())
                .as("only a country administrator").isEqualTo(403);
        assertThat(reading.isPublic()).isFalse();

        WebHarness.Browser ada = signedIn("ada");
        WebHarness.Response admin = ada.get("/app/library");
        assertThat(admin.body()).contains("id=\"public-reading\"").contains("id=\"public-reading-open\"");
        WebHarness.Response opened = ada.post("/app/library/public", Map.of("_csrf", admin.csrf(), "open", "true"));
        assertThat(opened.status()).isEqualTo(303);
        assertThat(reading.isPublic()).isTrue();
        assertThat(ada.get(opened.header("Location")).body()).contains("id=\"library-notice\"").contains("id=\"public-reading-close\"")
                .contains("id=\"public-reading-link\"");

        HttpResponse<String> front = publicGet(http, "/library");
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.body()).contains("id=\"public-library-notice\"").contains("href=\"/library/item/best-interests-child\"")
                .doesNotContain("id=\"main-nav\"").doesNotContain("/app/");
        HttpResponse<String> item = publicGet(http, "/library/item/best-interests-child");
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(item.body()).contains("id=\"section-primary-consideration\"").contains("href=\"/library/why/case:ASSESSMENT\"");
        assertThat(item.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(publicGet(http, "/library?q=" + q("best interests")).body()).contains("<mark>");
        assertThat(publicGet(http, "/library/item/none").statusCode()).isEqualTo(404);

        WebHarness.Response closed = ada.post("/app/library/public", Map.of("_csrf", admin.csrf(), "open", "false"));
        assertThat(closed.status()).isEqualTo(303);
        assertThat(publicGet(http, "/library/item/best-interests-child").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> publicGet(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(publicBase.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
