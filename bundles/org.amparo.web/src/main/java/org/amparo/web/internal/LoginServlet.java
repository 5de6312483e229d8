package org.amparo.web.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;

import org.amparo.common.LanguageTag;
import org.amparo.common.Languages;
import org.amparo.security.AuthenticationResult;
import org.amparo.security.Authenticator;
import org.amparo.security.Session;
import org.amparo.web.api.Html;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /login}: the log-in form (GET) and the log-in itself (POST, channel {@code web}). Success
 * opens a session, sets the session cookie and goes to {@code /app/}; a failure shows the form
 * again with 401 and the reason (a wrong password and an unknown user read the same).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/login")
@HttpWhiteboardServletName("amparo-web-login")
public final class LoginServlet extends ShellServlet {
    private static final long serialVersionUID = 1L;
    /** Notices that other pages may ask for with {@code /login?m=<code>}: a code, never data. */
    static final Map<String, String> NOTICES = Map.of(
            "expired", "web.login.notice.expired",
            "loggedOut", "web.login.notice.loggedOut",
            "setupDone", "web.login.notice.setupDone");
    private static final int MAX_INPUT = 256;

    private final transient Authenticator authenticator;

    @Activate
    public LoginServlet(@Reference Shell shell, @Reference Authenticator authenticator) {
        super(shell);
        this.authenticator = authenticator;
    }

    @Override
    protected void get(Exchange exchange) throws IOException {
        if (exchange.visitor().signedIn()) {
            exchange.redirect("/app/");
            return;
        }
        String notice = exchange.query().first("m").map(NOTICES::get).orElse(null);
        String warning = protectedConnection(exchange.request()) ? null : "web.login.error.insecure";
        form(exchange, HttpServletResponse.SC_OK, "", notice, warning);
    }

    /**
     * True where browsers keep {@code Secure} cookies: HTTPS (directly or behind a proxy that says
     * so), or this computer itself. Elsewhere the session cookie would be dropped and the log-in
     * would silently fail, so the form says why instead.
     */
    static boolean protectedConnection(javax.servlet.http.HttpServletRequest request) {
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            return true;
        }
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(java.util.Locale.ROOT);
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1");
    }

    @Override
    protected void post(Exchange exchange) throws IOException {
        String username = exchange.form().first("username").orElse("").strip();
        String password = exchange.form().first("password").orElse("");
        if (username.isEmpty() || password.isEmpty()) {
            form(exchange, HttpServletResponse.SC_UNAUTHORIZED, username, null, "web.login.error.missing");
            return;
        }
        if (username.length() > MAX_INPUT || password.length() > MAX_INPUT) {
            form(exchange, HttpServletResponse.SC_UNAUTHORIZED, "", null, errorKey(AuthenticationResult.Status.BAD_CREDENTIALS));
            return;
        }
        char[] secret = password.toCharArray();
        AuthenticationResult result;
        try {
            result = authenticator.authenticate(username, secret, "web");
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (!result.succeeded() || result.user().isEmpty()) {
            form(exchange, HttpServletResponse.SC_UNAUTHORIZED, username, null, errorKey(result.status()));
            return;
        }
        exchange.visitor().activeSession().ifPresent(previous -> shell.sessions().close(previous.token()));
        Session session = shell.sessions().open(result.user().get());
        String chosen = exchange.cookie(Cookies.LANGUAGE);
        Languages.supported(chosen, shell.languages())
                .filter(language -> !language.value().equals(session.language()))
                .ifPresent(language -> shell.sessions().setLanguage(session.token(), language.value()));
        exchange.setCookie(Cookies.SESSION, Cookies.header(Cookies.SESSION, session.token(), Cookies.BROWSER_SESSION));
        exchange.redirect("/app/");
    }

    /** The message key for a failed log-in. */
    static String errorKey(AuthenticationResult.Status status) {
        return "web.login.error." + status.name();
    }

    private void form(Exchange exchange, int status, String username, String noticeKey, String errorKey) throws IOException {
        LanguageTag language = exchange.visitor().language();
        StringBuilder html = new StringBuilder(1024);
        if (noticeKey != null) {
            html.append(Forms.notice(shell.text(language, noticeKey)));
        }
        if (errorKey != null) {
            html.append(Forms.error(shell.text(language, errorKey)));
        }
        html.append("<form class=\"form login-form\" method=\"post\" action=\"/login\">\n")
                .append(Layout.hiddenCsrf(exchange.visitor().csrfToken()))
                .append(Forms.input("username", "username", shell.text(language, "web.login.username"), "text", username,
                        null, "username", true))
                .append(Forms.input("password", "password", shell.text(language, "web.login.password"), "password", null,
                        null, "current-password", true))
                .append("<button type=\"submit\" id=\"login-submit\">")
                .append(Html.escape(shell.text(language, "web.login.submit"))).append("</button>\n</form>\n");
        shell.page(exchange, status, shell.text(language, "web.login.title"), html.toString(), null);
    }
}
