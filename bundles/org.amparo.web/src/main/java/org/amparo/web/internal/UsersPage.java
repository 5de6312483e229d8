package org.amparo.web.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Languages;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /app/users}, for system administrators: the accounts a page at a time with their state,
 * buttons to disable, enable and unlock them, and a form that creates an account, checking every
 * field and showing each problem next to its field with the values kept (passwords excepted).
 * Goes away with the {@link UserService}.
 */
@Component(service = Page.class)
public final class UsersPage implements Page {
    static final int PAGE_SIZE = 25;
    static final Map<String, String> NOTICES = Map.of(
            "created", "web.users.done.created",
            "disabled", "web.users.done.disabled",
            "enabled", "web.users.done.enabled",
            "unlocked", "web.users.done.unlocked");
    private static final List<String> FIELDS = List.of("username", "displayName", "organisation", "roles", "language",
            "password", "passwordConfirm");
    static final List<String> COLUMNS = List.of("username", "displayName", "organisation", "roles", "state", "actions");
    static final List<String> OPERATIONS = List.of("disable", "enable", "unlock");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final UserService users;
    private final OrganisationService organisations;
    private final Messages messages;

    @Activate
    public UsersPage(@Reference UserService users, @Reference OrganisationService organisations,
            @Reference Messages messages) {
        this.users = users;
        this.organisations = organisations;
        this.messages = messages;
    }

    @Override
    public String path() {
        return "users";
    }

    @Override
    public String titleKey() {
        return "web.users.title";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Set<String> roles() {
        return Set.of("SYSTEM_ADMIN");
    }

    /** What the create form shows: the values sent, and errors by field. */
    private record CreateForm(Map<String, String> values, Set<Role> roles, Map<String, String> errors, String general) {
        static CreateForm empty(LanguageTag language) {
            return new CreateForm(Map.of("language", language.value()), Set.of(), Map.of(), null);
        }
    }

    @Override
    public PageResult handle(PageRequest request) {
        if (!request.subPath().isEmpty()) {
            throw new NotFoundException();
        }
        if (!"POST".equals(request.method())) {
            String notice = request.parameter("done").map(NOTICES::get).map(request::text).orElse(null);
            return PageResult.ok(render(request, notice, null, CreateForm.empty(request.language())));
        }
        String op = request.parameter("op").orElse("");
        return switch (op) {
            case "create" -> create(request);
            case "disable", "enable", "unlock" -> change(request, op);
            default -> PageResult.status(400, render(request, null, request.text("web.users.error.unknownAction"),
                    CreateForm.empty(request.language())));
        };
    }

    private PageResult create(PageRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("username", "displayName", "organisation", "language")) {
            values.put(field, request.parameter(field).orElse("").strip());
        }
        String password = request.parameter("password").orElse("");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.parameter("role." + role.name()).isPresent()) {
                roles.add(role);
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        put(errors, "username", UserFields.usernameError(values.get("username")), request);
        put(errors, "displayName", UserFields.displayNameError(values.get("displayName")), request);
        Optional<Organisation> organisation = organisation(values.get("organisation"));
        put(errors, "organisation", organisation.isEmpty() ? "web.users.error.organisation" : null, request);
        put(errors, "roles", roles.isEmpty() ? "web.users.error.roles" : null, request);
        Optional<LanguageTag> language = Languages.supported(values.get("language"), messages.languages())
                .filter(tag -> tag.value().equals(values.get("language")));
        put(errors, "language", language.isEmpty() ? "web.users.error.language" : null, request);
        put(errors, "password", UserFields.passwordError(password), request);
        if (!errors.containsKey("password")) {
            put(errors, "passwordConfirm",
                    UserFields.confirmationError(password, request.parameter("passwordConfirm").orElse("")), request);
        }
        if (!errors.isEmpty()) {
            return PageResult.status(400, render(request, null, null, new CreateForm(values, roles, errors, null)));
        }
        char[] secret = password.toCharArray();
        try {
            users.create(new NewUser(values.get("username"), values.get("displayName"), organisation.get().id(), roles, secret,
                    language.get().value()), request.username());
        } catch (ValidationException e) {
            StringBuilder general = new StringBuilder();
            for (FieldError error : e.errors()) {
                String text = request.text(error.messageKey(), error.arguments().toArray());
                String field = UserFields.formField(error, FIELDS);
                if (field == null) {
                    general.append(general.length() == 0 ? "" : " ").append(text);
                } else {
                    errors.putIfAbsent(field, text);
                }
            }
            return PageResult.status(400, render(request, null, null,
                    new CreateForm(values, roles, errors, general.length() == 0 ? null : general.toString())));
        } catch (ConflictException e) {
            errors.put("username", request.text("web.users.error.taken"));
            return PageResult.status(409, render(request, null, null, new CreateForm(values, roles, errors, null)));
        } finally {
            Arrays.fill(secret, '\0');
        }
        return PageResult.redirect("/app/users?done=created");
    }

    private static void put(Map<String, String> errors, String field, String key, PageRequest request) {
        if (key != null) {
            errors.put(field, request.text(key, UserService.MIN_PASSWORD_LENGTH));
        }
    }

    private Optional<Organisation> organisation(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return organisations.find(Long.parseLong(id));
    }

    private PageResult change(PageRequest request, String op) {
        String username = request.parameter("username").orElse("");
        if (!UserFields.USERNAME.matcher(username).matches()) {
            return PageResult.status(400, render(request, null, request.text("web.users.error.noSuchUser"),
                    CreateForm.empty(request.language())));
        }
        if ("disable".equals(op) && username.equals(request.username())) {
            return PageResult.status(400, render(request, null, request.text("web.users.error.self"),
                    CreateForm.empty(request.language())));
        }
        try {
            switch (op) {
                case "disable" -> users.disable(username, request.username());
                case "enable" -> users.enable(username, request.username());
                default -> users.unlock(username, request.username());
            }
        } catch (NotFoundException e) {
            return PageResult.status(404, render(request, null, request.text("web.users.error.noSuchUser"),
                    CreateForm.empty(request.language())));
        }
        String done = switch (op) {
            case "disable" -> "disabled";
            case "enable" -> "enabled";
            default -> "unlocked";
        };
        return PageResult.redirect("/app/users?done=" + done);
    }

    private String render(PageRequest request, String notice, String error, CreateForm form) {
        StringBuilder html = new StringBuilder(8192);
        if (notice != null) {
            html.append(Forms.notice(notice));
        }
        if (error != null) {
            html.append(Forms.error(error));
        }
        List<Organisation> known = organisations.list(0, 500);
        list(request, html, known);
        createForm(request, html, form, known);
        return html.toString();
    }

    private void list(PageRequest request, StringBuilder html, List<Organisation> known) {
        long total = users.count();
        Paging paging = Paging.of(request.parameter("page"), PAGE_SIZE, total);
        List<User> shown = users.list(paging.offset(), PAGE_SIZE);
        Map<Long, String> organisationNames = new HashMap<>();
        known.forEach(o -> organisationNames.put(o.id(), o.name()));
        Instant now = Instant.now();
        html.append("<h2>").append(Html.escape(request.text("web.users.list"))).append("</h2>\n")
                .append("<div class=\"table-wrap\">\n<table class=\"data-table users-table\">\n<caption>")
                .append(Html.escape(request.text("web.users.caption", paging.firstShown(), paging.lastShown(), total)))
                .append("</caption>\n<thead><tr>");
        for (String column : COLUMNS) {
            html.append("<th scope=\"col\">").append(Html.escape(request.text("web.users.column." + column))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (User user : shown) {
            String organisation = organisationNames.computeIfAbsent(user.organisationId(),
                    id -> organisations.find(id).map(Organisation::name).orElse("#" + id));
            List<String> roleNames = new ArrayList<>();
            for (Role role : Role.values()) {
                if (user.hasRole(role)) {
                    roleNames.add(request.text(role.messageKey()));
                }
            }
            String state = !user.enabled() ? request.text("web.users.state.disabled")
                    : user.isLocked(now) ? request.text("web.users.state.locked", TIME.format(user.lockedUntil()))
                    : request.text("web.users.state.active");
            html.append("<tr><td>").append(Html.escape(user.username())).append("</td><td>")
                    .append(Html.escape(user.displayName())).append("</td><td>")
                    .append(Html.escape(organisation)).append("</td><td>")
                    .append(Html.escape(String.join(", ", roleNames))).append("</td><td>")
                    .append(Html.escape(state)).append("</td><td class=\"actions\">");
            if (user.enabled() && !user.username().equals(request.username())) {
                actionButton(request, html, "disable", user);
            } else if (!user.enabled()) {
                actionButton(request, html, "enable", user);
            }
            if (user.isLocked(now)) {
                actionButton(request, html, "unlock", user);
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
        if (paging.last() > 1) {
            html.append("<nav class=\"pager\" aria-label=\"").append(Html.escape(request.text("web.pager.label"))).append("\">\n");
            if (paging.hasPrevious()) {
                html.append("<a href=\"/app/users?page=").append(paging.page() - 1).append("\" id=\"users-previous\">")
                        .append(Html.escape(request.text("web.pager.previous"))).append("</a>\n");
            }
            html.append("<span class=\"pager-position\">")
                    .append(Html.escape(request.text("web.pager.position", paging.page(), paging.last()))).append("</span>\n");
            if (paging.hasNext()) {
                html.append("<a href=\"/app/users?page=").append(paging.page() + 1).append("\" id=\"users-next\">")
                        .append(Html.escape(request.text("web.pager.next"))).append("</a>\n");
            }
            html.append("</nav>\n");
        }
    }

    private static void actionButton(PageRequest request, StringBuilder html, String op, User user) {
        String label = request.text("web.users.action." + op, user.username());
        html.append("<form class=\"inline-form\" method=\"post\" action=\"/app/users\">")
                .append(request.csrfField())
                .append("<input type=\"hidden\" name=\"op\" value=\"").append(op).append("\">")
                .append("<input type=\"hidden\" name=\"username\" value=\"").append(Html.escape(user.username())).append("\">")
                .append("<button type=\"submit\" id=\"").append(op).append('-').append(Html.escape(user.username()))
                .append("\" aria-label=\"").append(Html.escape(label)).append("\">")
                .append(Html.escape(request.text("web.users.button." + op))).append("</button></form>\n");
    }

    private void createForm(PageRequest request, StringBuilder html, CreateForm form, List<Organisation> known) {
        Map<String, String> values = form.values();
        Map<String, String> errors = form.errors();
        html.append("<h2 id=\"create-heading\">").append(Html.escape(request.text("web.users.create"))).append("</h2>\n");
        if (form.general() != null) {
            html.append(Forms.error(form.general()));
        } else if (!errors.isEmpty()) {
            html.append(Forms.error(request.text("web.form.fixErrors", errors.size())));
        }
        html.append("<form class=\"form create-user-form\" method=\"post\" action=\"/app/users\" aria-labelledby=\"create-heading\">\n")
                .append(request.csrfField())
                .append("<input type=\"hidden\" name=\"op\" value=\"create\">\n")
                .append(Forms.input("new-username", "username", request.text("web.users.field.username"), "text",
                        values.get("username"), errors.get("username"), "off", true))
                .append(Forms.input("new-displayName", "displayName", request.text("web.users.field.displayName"), "text",
                        values.get("displayName"), errors.get("displayName"), "off", true));
        List<Forms.Option> organisationOptions = new ArrayList<>();
        organisationOptions.add(new Forms.Option("", request.text("web.users.field.organisation.choose")));
        known.forEach(o -> organisationOptions.add(new Forms.Option(Long.toString(o.id()), o.name())));
        html.append(Forms.select("new-organisation", "organisation", request.text("web.users.field.organisation"),
                organisationOptions, values.get("organisation"), errors.get("organisation")));
        String rolesError = errors.get("roles");
        html.append("<fieldset class=\"field checkboxes").append(rolesError == null ? "" : " field-invalid").append('"');
        Forms.errorAttributes(html, "new-roles", rolesError);
        html.append(">\n<legend>").append(Html.escape(request.text("web.users.field.roles"))).append("</legend>\n");
        for (Role role : Role.values()) {
            String id = "new-role-" + role.name();
            html.append("<div class=\"checkbox\"><input type=\"checkbox\" id=\"").append(id).append("\" name=\"role.")
                    .append(role.name()).append("\" value=\"on\"");
            if (form.roles().contains(role)) {
                html.append(" checked");
            }
            html.append("><label for=\"").append(id).append("\">").append(Html.escape(request.text(role.messageKey())))
                    .append("</label></div>\n");
        }
        Forms.fieldError(html, "new-roles", rolesError);
        html.append("</fieldset>\n");
        List<Forms.Option> languageOptions = new ArrayList<>();
        for (LanguageTag language : messages.languages()) {
            languageOptions.add(new Forms.Option(language.value(), Layout.nativeName(language)));
        }
        html.append(Forms.select("new-language", "language", request.text("web.users.field.language"), languageOptions,
                values.get("language"), errors.get("language")))
                .append(Forms.input("new-password", "password",
                        request.text("web.users.field.password", UserService.MIN_PASSWORD_LENGTH), "password", null,
                        errors.get("password"), "new-password", true))
                .append(Forms.input("new-passwordConfirm", "passwordConfirm", request.text("web.users.field.passwordConfirm"),
                        "password", null, errors.get("passwordConfirm"), "new-password", true))
                .append("<button type=\"submit\" id=\"user-create\">").append(Html.escape(request.text("web.users.create.submit")))
                .append("</button>\n</form>\n");
    }
}
