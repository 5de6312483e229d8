package org.amparo.web.internal;

import java.util.List;

import org.amparo.web.api.Html;

/**
 * Form controls rendered the same way everywhere: a visible label tied to its control, the error
 * of that field right after it (linked with {@code aria-describedby}), values escaped.
 */
final class Forms {
    /** A choice of a select. */
    record Option(String value, String label) {
    }

    private Forms() {
    }

    /**
     * A labelled input.
     *
     * @param error        the field's error text, or null
     * @param autocomplete the autocomplete token, or null
     */
    static String input(String id, String name, String label, String type, String value, String error,
            String autocomplete, boolean required) {
        StringBuilder html = new StringBuilder(256);
        html.append("<div class=\"field").append(error == null ? "" : " field-invalid").append("\">\n")
                .append("<label for=\"").append(Html.escape(id)).append("\">").append(Html.escape(label)).append("</label>\n")
                .append("<input id=\"").append(Html.escape(id)).append("\" name=\"").append(Html.escape(name))
                .append("\" type=\"").append(Html.escape(type)).append('"');
        if (value != null && !"password".equals(type)) {
            html.append(" value=\"").append(Html.escape(value)).append('"');
        }
        if (autocomplete != null) {
            html.append(" autocomplete=\"").append(Html.escape(autocomplete)).append('"');
        }
        if (required) {
            html.append(" required");
        }
        errorAttributes(html, id, error);
        html.append(">\n");
        fieldError(html, id, error);
        return html.append("</div>\n").toString();
    }

    /** A labelled select; {@code selected} may be null. */
    static String select(String id, String name, String label, List<Option> options, String selected, String error) {
        StringBuilder html = new StringBuilder(256);
        html.append("<div class=\"field").append(error == null ? "" : " field-invalid").append("\">\n")
                .append("<label for=\"").append(Html.escape(id)).append("\">").append(Html.escape(label)).append("</label>\n")
                .append("<select id=\"").append(Html.escape(id)).append("\" name=\"").append(Html.escape(name)).append('"');
        errorAttributes(html, id, error);
        html.append(">\n");
        for (Option option : options) {
            html.append("<option value=\"").append(Html.escape(option.value())).append('"');
            if (option.value().equals(selected)) {
                html.append(" selected");
            }
            html.append('>').append(Html.escape(option.label())).append("</option>\n");
        }
        html.append("</select>\n");
        fieldError(html, id, error);
        return html.append("</div>\n").toString();
    }

    static void errorAttributes(StringBuilder html, String id, String error) {
        if (error != null) {
            html.append(" aria-invalid=\"true\" aria-describedby=\"").append(Html.escape(id)).append("-error\"");
        }
    }

    static void fieldError(StringBuilder html, String id, String error) {
        if (error != null) {
            html.append("<p class=\"field-error\" id=\"").append(Html.escape(id)).append("-error\">")
                    .append(Html.escape(error)).append("</p>\n");
        }
    }

    /** The error message container of a form or page: {@code .error}, announced as an alert. */
    static String error(String text) {
        return "<div class=\"error\" role=\"alert\"><p>" + Html.escape(text) + "</p></div>\n";
    }

    /** A message confirming what happened, announced politely. */
    static String notice(String text) {
        return "<div class=\"notice\" role=\"status\"><p>" + Html.escape(text) + "</p></div>\n";
    }
}
