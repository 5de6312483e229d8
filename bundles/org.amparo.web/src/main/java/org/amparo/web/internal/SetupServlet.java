package org.amparo.web.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;

import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.ValidationException;
import org.amparo.security.NewUser;
import org.amparo.security.Role;
import org.amparo.security.SetupService;
import org.amparo.security.UserService;
import org.amparo.web.api.Html;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /setup}: creating the first system administrator with the one-time secret written to the
 * log at first start. Exists only while {@link SetupService#setupRequired()}; afterwards it is a
 * 404 like any unknown address.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/setup")
@HttpWhiteboardServletName("amparo-web-setup")
public final class SetupServlet extends ShellServlet {
    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("secret", "organisation", "username", "displayName", "password",
            "passwordConfirm");

    private final transient SetupService setup;

    @Activate
    public SetupServlet(@Reference Shell shell, @Reference SetupService setup) {
        super(shell);
        this.setup = setup;
    }

    @Override
    protected void get(Exchange exchange) throws IOException {
        if (!setup.setupRequired()) {
            shell.notFound(exchange);
            return;
        }
        form(exchange, HttpServletResponse.SC_OK, Map.of(), Map.of(), null);
    }

    @Override
    protected void post(Exchange exchange) throws IOException {
        if (!setup.setupRequired()) {
            shell.notFound(exchange);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            values.put(field, exchange.form().first(field).orElse(""));
        }
        values.replaceAll((field, value) -> field.startsWith("password") || "secret".equals(field) ? value : value.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "secret", values.get("secret").isEmpty() ? "web.form.required" : null);
        check(errors, "organisation", values.get("organisation").isEmpty() ? "web.form.required"
                : values.get("organisation").length() > 200 ? "web.setup.error.organisation" : null);
        check(errors, "username", UserFields.usernameError(values.get("username")));
        check(errors, "displayName", UserFields.displayNameError(values.get("displayName")));
        check(errors, "password", UserFields.passwordError(values.get("password")));
        if (!errors.containsKey("password")) {
            check(errors, "passwordConfirm", UserFields.confirmationError(values.get("password"), values.get("passwordConfirm")));
        }
        if (!errors.isEmpty()) {
            form(exchange, HttpServletResponse.SC_BAD_REQUEST, values, texts(exchange, errors), null);
            return;
        }
        LanguageTag language = exchange.visitor().language();
        char[] password = values.get("password").toCharArray();
        try {
            setup.createFirstAdministrator(values.get("secret"), values.get("organisation"),
                    new NewUser(values.get("username"), values.get("displayName"), 0, Set.of(Role.SYSTEM_ADMIN), password,
                            language.value()));
        } catch (AccessDeniedException e) {
            form(exchange, HttpServletResponse.SC_FORBIDDEN, values, Map.of(), shell.text(language, "web.setup.error.secret"));
            return;
        } catch (ValidationException e) {
            Map<String, String> serviceErrors = new LinkedHashMap<>();
            StringBuilder general = new StringBuilder();
            for (FieldError error : e.errors()) {
                String field = UserFields.formField(error, FIELDS);
                String text = shell.text(language, error.messageKey(), error.arguments().toArray());
                if (field == null) {
                    general.append(general.length() == 0 ? "" : " ").append(text);
                } else {
                    serviceErrors.putIfAbsent(field, text);
                }
            }
            form(exchange, HttpServletResponse.SC_BAD_REQUEST, values, serviceErrors, general.length() == 0 ? null : general.toString());
            return;
        } catch (ConflictException e) {
            form(exchange, HttpServletResponse.SC_CONFLICT, values, Map.of(), shell.text(language, "web.setup.error.conflict"));
            return;
        } finally {
            Arrays.fill(password, '\0');
        }
        exchange.redirect("/login?m=setupDone");
    }

    private static void check(Map<String, String> errors, String field, String messageKey) {
        if (messageKey != null) {
            errors.put(field, messageKey);
        }
    }

    private Map<String, String> texts(Exchange exchange, Map<String, String> errorKeys) {
        Map<String, String> texts = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> texts.put(field, shell.text(exchange, key, UserService.MIN_PASSWORD_LENGTH)));
        return texts;
    }

    /**
     * @param errors  field name to error text
     * @param general a message for the whole form, already in the visitor's language, or null
     */
    private void form(Exchange exchange, int status, Map<String, String> values, Map<String, String> errors, String general)
            throws IOException {
        LanguageTag language = exchange.visitor().language();
        StringBuilder html = new StringBuilder(2048);
        html.append("<p>").append(Html.escape(shell.text(language, "web.setup.intro"))).append("</p>\n");
        if (general != null) {
            html.append(Forms.error(general));
        } else if (!errors.isEmpty()) {
            html.append(Forms.error(shell.text(language, "web.form.fixErrors", errors.size())));
        }
        html.append("<form class=\"form\" method=\"post\" action=\"/setup\" autocomplete=\"off\">\n")
                .append(Layout.hiddenCsrf(exchange.visitor().csrfToken()))
                .append(Forms.input("setup-secret", "secret", shell.text(language, "web.setup.secret"), "password", null,
                        errors.get("secret"), "off", true))
                .append(Forms.input("setup-organisation", "organisation", shell.text(language, "web.setup.organisation"), "text",
                        values.get("organisation"), errors.get("organisation"), "organization", true))
                .append(Forms.input("setup-username", "username", shell.text(language, "web.users.field.username"), "text",
                        values.get("username"), errors.get("username"), "username", true))
                .append(Forms.input("setup-displayName", "displayName", shell.text(language, "web.users.field.displayName"),
                        "text", values.get("displayName"), errors.get("displayName"), "name", true))
                .append(Forms.input("setup-password", "password",
                        shell.text(language, "web.users.field.password", UserService.MIN_PASSWORD_LENGTH), "password", null,
                        errors.get("password"), "new-password", true))
                .append(Forms.input("setup-passwordConfirm", "passwordConfirm",
                        shell.text(language, "web.users.field.passwordConfirm"), "password", null,
                        errors.get("passwordConfirm"), "new-password", true))
                .append("<button type=\"submit\" id=\"setup-submit\">")
                .append(Html.escape(shell.text(language, "web.setup.submit"))).append("</button>\n</form>\n");
        shell.page(exchange, status, shell.text(language, "web.setup.title"), html.toString(), null);
    }
}
