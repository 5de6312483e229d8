package org.amparo.web.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.servlet.http.HttpServletResponse;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.common.RedactedException;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Session;
import org.amparo.security.SessionLookup;
import org.amparo.security.SessionService;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every servlet of the UI shares: who the visitor is (session cookie, language, CSRF token),
 * the registered pages and their navigation, the layout, the CSRF check, and the error pages
 * (403, 404, 405, 413, and 500 with an incident id). Registered as a service of this bundle only
 * so that the servlets can share one instance.
 */
@Component(service = Shell.class)
public final class Shell {
    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Messages messages;
    private final SessionService sessions;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final PageRegistry pages = new PageRegistry();

    @Activate
    public Shell(@Reference Messages messages, @Reference SessionService sessions,
            @Reference OrganisationService organisations, @Reference AuditLog audit) {
        this.messages = messages;
        this.sessions = sessions;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Reference(name = "page", service = Page.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removePage")
    void addPage(Page page) {
        pages.add(page);
    }

    void removePage(Page page) {
        pages.remove(page);
    }

    PageRegistry pages() {
        return pages;
    }

    SessionService sessions() {
        return sessions;
    }

    AuditLog audit() {
        return audit;
    }

    List<LanguageTag> languages() {
        return messages.languages();
    }

    String text(LanguageTag language, String key, Object... arguments) {
        return messages.get(language, key, arguments);
    }

    String text(Exchange exchange, String key, Object... arguments) {
        return messages.get(exchange.visitor().language(), key, arguments);
    }

    /**
     * Looks the visitor up: the session named by the session cookie (an unknown or expired one is
     * deleted from the browser), the language, and the CSRF token (a pre-session token is issued
     * as a cookie when the browser has none).
     */
    Visitor resolve(Exchange exchange) {
        String token = exchange.cookie(Cookies.SESSION);
        Session session = null;
        boolean expired = false;
        if (token != null) {
            SessionLookup lookup = sessions.find(token);
            if (lookup.state() == SessionLookup.State.ACTIVE && lookup.session().isPresent()) {
                session = lookup.session().get();
            } else {
                expired = lookup.state() == SessionLookup.State.EXPIRED;
                exchange.setCookie(Cookies.SESSION, Cookies.clear(Cookies.SESSION));
            }
        }
        LanguageTag language = LanguageNegotiation.choose(session == null ? null : session.language(),
                exchange.cookie(Cookies.LANGUAGE), exchange.request().getHeader("Accept-Language"), messages.languages());
        String csrf;
        if (session != null) {
            csrf = session.csrfToken();
        } else {
            csrf = exchange.cookie(Cookies.CSRF);
            if (csrf == null || csrf.length() < 32) {
                csrf = Csrf.newToken();
                exchange.setCookie(Cookies.CSRF, Cookies.header(Cookies.CSRF, csrf, Cookies.BROWSER_SESSION));
            }
        }
        return new Visitor(session, expired, language, csrf);
    }

    /** True if the POSTed {@code _csrf} field matches the visitor's token. */
    boolean csrfValid(Exchange exchange) {
        return Csrf.matches(exchange.visitor().csrfToken(), exchange.form().first(Csrf.FIELD).orElse(null));
    }

    /** Renders {@code mainHtml} in the layout; {@code currentPage} is the path of the page shown, or null. */
    void page(Exchange exchange, int status, String title, String mainHtml, String currentPage) throws IOException {
        Visitor visitor = exchange.visitor();
        LanguageTag language = visitor.language();
        List<Layout.NavItem> nav = new ArrayList<>();
        String displayName = null;
        boolean demo = false;
        if (visitor.signedIn()) {
            for (Page page : pages.navigation(visitor.roleNames())) {
                nav.add(new Layout.NavItem(href(page.path()), text(language, page.titleKey()), page.path().equals(currentPage)));
            }
            displayName = visitor.session().user().displayName();
            demo = organisations.find(visitor.session().user().organisationId()).map(Organisation::demo).orElse(false);
        }
        Layout.Model model = new Layout.Model(language, messages.languages(), title, displayName, nav,
                visitor.csrfToken(), returnPath(exchange.path()), demo, mainHtml);
        exchange.html(status, Layout.render(model, (key, arguments) -> text(language, key, arguments)));
    }

    static String href(String pagePath) {
        return "/app/" + pagePath;
    }

    /** The language switch's way back: the current path if it is one of ours and plain, else nothing special. */
    static String returnPath(String path) {
        return safeReturnPath(path).orElse("/");
    }

    /** {@code path} if it is a plain local path of the UI ({@code /app/...}, {@code /library/...}, {@code /login}, {@code /setup}). */
    static Optional<String> safeReturnPath(String path) {
        if (path != null && path.length() <= 200 && path.matches("/((app|library)(/[a-z0-9/_-]*)?|login|setup)?")) {
            return Optional.of(path);
        }
        return Optional.empty();
    }

    /** A page with a heading and one message in an alert, and a link to the start. */
    void message(Exchange exchange, int status, String titleKey, String messageKey, Object... arguments) throws IOException {
        String home = exchange.visitor().signedIn() ? "/app/" : "/login";
        String main = "<p class=\"error\" role=\"alert\">" + Html.escape(text(exchange, messageKey, arguments)) + "</p>\n"
                + "<p><a href=\"" + home + "\">" + Html.escape(text(exchange, "web.error.backHome")) + "</a></p>";
        page(exchange, status, text(exchange, titleKey), main, null);
    }

    void notFound(Exchange exchange) throws IOException {
        message(exchange, HttpServletResponse.SC_NOT_FOUND, "web.error.notFound.title", "web.error.notFound.text");
    }

    void forbidden(Exchange exchange) throws IOException {
        message(exchange, HttpServletResponse.SC_FORBIDDEN, "web.error.forbidden.title", "web.error.forbidden.text");
    }

    /** The answer to a POST whose CSRF token does not match: audited, 403, "reload and try again". */
    void formExpired(Exchange exchange) throws IOException {
        record(AuditEvent.denied(exchange.visitor().actor(), "web.csrfRejected", "", limit(exchange.path(), 200)));
        message(exchange, HttpServletResponse.SC_FORBIDDEN, "web.error.formExpired.title", "web.error.formExpired.text");
    }

    void tooLarge(Exchange exchange) throws IOException {
        message(exchange, 413, "web.error.tooLarge.title", "web.error.tooLarge.text", FormData.MAX_BYTES / 1024);
    }

    void methodNotAllowed(Exchange exchange, String allowed) throws IOException {
        exchange.response().setHeader("Allow", allowed);
        message(exchange, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "web.error.methodNotAllowed.title",
                "web.error.methodNotAllowed.text");
    }

    /** Appends to the audit record; a failure is logged, and does not change the answer already decided. */
    void record(AuditEvent event) {
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            LOG.error("Audit entry {} could not be recorded", event.action(), RedactedException.of(e));
        }
    }

    /**
     * The catch-all: logs the failure under a new incident id (with the exception, without personal
     * data) and answers 500 with that id, never a stack trace.
     */
    void incident(Exchange exchange, Throwable failure) {
        String incident = newIncidentId();
        LOG.error("Incident {}: {} {} failed", incident, exchange.method(), limit(exchange.path(), 200), RedactedException.of(failure));
        HttpServletResponse response = exchange.response();
        if (response.isCommitted()) {
            return;
        }
        try {
            response.reset();
            SecurityHeaders.apply(response, true);
            message(exchange, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "web.error.internal.title",
                    "web.error.internal.text", incident);
        } catch (IOException | RuntimeException again) {
            LOG.error("Incident {}: the error page could not be shown either", incident, RedactedException.of(again));
            try {
                response.reset();
                SecurityHeaders.apply(response, true);
                exchange.html(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, plainErrorPage(incident));
            } catch (IOException | RuntimeException ignored) {
                // nothing more can be said to this client; the incident is logged
            }
        }
    }

    /** The last resort when even the messages cannot be read: English, no layout. */
    static String plainErrorPage(String incident) {
        return "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>Error</title>"
                + "<link rel=\"stylesheet\" href=\"/static/amparo.css\"></head><body><main id=\"main\">"
                + "<h1>Something went wrong</h1><p class=\"error\" role=\"alert\">Please try again later. Incident "
                + Html.escape(incident) + ".</p></main></body></html>\n";
    }

    static String newIncidentId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
        return hex.substring(0, 4) + "-" + hex.substring(4);
    }

    static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
