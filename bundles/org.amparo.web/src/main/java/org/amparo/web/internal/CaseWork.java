package org.amparo.web.internal;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.amparo.web.api.Html;
import org.amparo.web.api.PageRequest;

/**
 * What the person and case pages share: the acting user as the cases services want them, ids
 * from the address, dates from forms, and small rendering helpers (text areas, radio groups,
 * translated reason codes). Nothing here writes personal data to a log or an address.
 */
final class CaseWork {
    /** The roles that open the person and case pages; the services decide the rest. */
    static final Set<String> ROLES = Set.of("CASEWORKER", "SUPERVISOR");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private CaseWork() {
    }

    /** The signed-in user as an {@link Actor}: name, organisation and current roles of their account. */
    static Actor actor(PageRequest request, UserService users) {
        User user = users.find(request.username()).filter(User::enabled).orElseThrow(AccessDeniedException::new);
        return new Actor(user.username(), user.organisationId(), user.roles());
    }

    /** A record id from the address: digits only, else the page does not exist. */
    static long id(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(text);
    }

    /** A date typed in a form ({@code yyyy-MM-dd}); empty is {@code null}; anything else raises. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return LocalDate.parse(text.strip());
    }

    /** True if {@code text} is empty or a date. */
    static boolean dateOrEmpty(String text) {
        try {
            date(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A time, kept left to right inside a right-to-left sentence (Unicode isolate). */
    static String time(Instant instant) {
        return instant == null ? "" : ltr(TIME.format(instant));
    }

    /** A date, kept left to right inside a right-to-left sentence (Unicode isolate). */
    static String date(LocalDate date) {
        return date == null ? "" : ltr(date.toString());
    }

    /** Numbers, codes, dates: always left to right, isolated from the sentence around them. */
    static String ltr(String text) {
        return "\u2066" + text + "\u2069";
    }

    /** Text typed by someone (a name, a username): its own direction, isolated from the sentence around it. */
    static String isolate(String text) {
        return "\u2068" + text + "\u2069";
    }

    static String param(PageRequest request, String name) {
        return request.parameter(name).orElse("").strip();
    }

    /** The text of a service's field error in the user's language. */
    static String text(PageRequest request, FieldError error) {
        return request.text(error.messageKey(), error.arguments().toArray());
    }

    /** Puts the text of {@code error} under {@code field} unless that field already has one. */
    static void put(Map<String, String> errors, String field, String text) {
        errors.putIfAbsent(field, text);
    }

    /** A labelled text area, its error linked, its value kept. */
    static String textarea(String id, String name, String label, String value, String error, boolean required) {
        StringBuilder html = new StringBuilder(256);
        html.append("<div class=\"field").append(error == null ? "" : " field-invalid").append("\">\n")
                .append("<label for=\"").append(Html.escape(id)).append("\">").append(Html.escape(label)).append("</label>\n")
                .append("<textarea id=\"").append(Html.escape(id)).append("\" name=\"").append(Html.escape(name))
                .append("\" rows=\"3\"");
        if (required) {
            html.append(" required");
        }
        Forms.errorAttributes(html, id, error);
        html.append('>').append(Html.escape(value)).append("</textarea>\n");
        Forms.fieldError(html, id, error);
        return html.append("</div>\n").toString();
    }

    /** A group of radio buttons with a legend; each button's id is {@code idPrefix-value} (lower case). */
    static String radios(String idPrefix, String name, String legend, List<Forms.Option> options, String selected,
            String error) {
        StringBuilder html = new StringBuilder(512);
        html.append("<fieldset class=\"field choices").append(error == null ? "" : " field-invalid").append('"');
        Forms.errorAttributes(html, idPrefix, error);
        html.append(">\n<legend>").append(Html.escape(legend)).append("</legend>\n");
        for (Forms.Option option : options) {
            String id = idPrefix + "-" + option.value().toLowerCase(Locale.ROOT).replace('_', '-');
            html.append("<div class=\"checkbox\"><input type=\"radio\" id=\"").append(Html.escape(id)).append("\" name=\"")
                    .append(Html.escape(name)).append("\" value=\"").append(Html.escape(option.value())).append('"');
            if (option.value().equals(selected)) {
                html.append(" checked");
            }
            html.append("><label for=\"").append(Html.escape(id)).append("\">").append(Html.escape(option.label()))
                    .append("</label></div>\n");
        }
        Forms.fieldError(html, idPrefix, error);
        return html.append("</fieldset>\n").toString();
    }

    /** A checkbox with its label. */
    static String checkbox(String id, String name, String label, boolean checked) {
        return "<div class=\"checkbox\"><input type=\"checkbox\" id=\"" + Html.escape(id) + "\" name=\"" + Html.escape(name)
                + "\" value=\"on\"" + (checked ? " checked" : "") + "><label for=\"" + Html.escape(id) + "\">"
                + Html.escape(label) + "</label></div>\n";
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">\n";
    }

    /**
     * The label of a duplicate reason code of the name matcher: the names library's text when it is
     * installed ({@code names.reason.same-name}), else the code itself (codes carry no personal data).
     */
    static String reason(PageRequest request, Messages messages, String code) {
        String normalised = code.toLowerCase(Locale.ROOT).replace('_', '-');
        for (String key : List.of(code, "names.reason." + normalised)) {
            if (messages.has(key)) {
                return request.text(key);
            }
        }
        return request.text("web.persons.duplicates.reasonCode", code);
    }

    /** Countries by ISO code, named in the user's language, sorted by name. */
    static List<Forms.Option> countries(PageRequest request, String noneLabel) {
        Locale locale = request.language().toLocale();
        List<Forms.Option> options = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            options.add(new Forms.Option(code, new Locale("", code).getDisplayCountry(locale)));
        }
        Collator collator = Collator.getInstance(locale);
        options.sort((a, b) -> collator.compare(a.label(), b.label()));
        options.add(0, new Forms.Option("", noneLabel));
        return options;
    }

    /** A country's name in the user's language, or the code when Java does not know it. */
    static String countryName(PageRequest request, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(request.language().toLocale());
        return name.isEmpty() ? code : name;
    }

    /** A language's name in the user's language, with its tag. */
    static String languageName(PageRequest request, String tag) {
        if (tag == null || tag.isEmpty()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(request.language().toLocale());
        return name.isEmpty() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }

    /** A definition list row. */
    static void fact(StringBuilder html, String label, String value) {
        html.append("<div><dt>").append(Html.escape(label)).append("</dt><dd dir=\"auto\">").append(Html.escape(value)).append("</dd></div>\n");
    }
}
