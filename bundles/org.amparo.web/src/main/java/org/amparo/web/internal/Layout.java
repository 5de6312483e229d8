package org.amparo.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.amparo.common.LanguageTag;
import org.amparo.web.api.Html;

/**
 * Renders the HTML document around every page of the UI, signed in or not (log-in, errors, 404):
 * {@code <html lang dir>}, a skip link, the demonstration-data banner, the header with the product
 * name, the signed-in user and the language switch and log-out forms, the navigation, and the
 * main area with the page title as its heading. Everything that is not the page's own HTML is
 * escaped here. No inline script or style, so the Content-Security-Policy can forbid both.
 */
final class Layout {
    /** Texts in the language of the response. */
    @FunctionalInterface
    interface Texts {
        String text(String key, Object... arguments);
    }

    /** One navigation entry; {@code current} marks the page being shown. */
    record NavItem(String href, String label, boolean current) {
        NavItem {
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * What the layout shows.
     *
     * @param language        the response language (sets {@code lang} and {@code dir})
     * @param languages       the languages offered by the switch
     * @param title           the page title, plain text
     * @param userDisplayName the signed-in user's display name, or null when nobody is signed in
     * @param nav             navigation entries (empty when nobody is signed in)
     * @param csrfToken       the token for the language switch and log-out forms
     * @param returnPath      where the language switch comes back to
     * @param demo            true to show the demonstration-data banner
     * @param mainHtml        the page's content, already escaped
     */
    record Model(LanguageTag language, List<LanguageTag> languages, String title, String userDisplayName,
            List<NavItem> nav, String csrfToken, String returnPath, boolean demo, String mainHtml) {
        Model {
            Objects.requireNonNull(language, "language");
            languages = List.copyOf(languages);
            Objects.requireNonNull(title, "title");
            nav = List.copyOf(nav);
            Objects.requireNonNull(csrfToken, "csrfToken");
            Objects.requireNonNull(returnPath, "returnPath");
            Objects.requireNonNull(mainHtml, "mainHtml");
        }

        boolean signedIn() {
            return userDisplayName != null;
        }
    }

    private Layout() {
    }

    static String render(Model model, Texts texts) {
        LanguageTag language = model.language();
        StringBuilder html = new StringBuilder(4096 + model.mainHtml().length());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(language.value()))
                .append("\" dir=\"").append(language.direction()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(texts.text("web.layout.documentTitle", model.title()))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/amparo.css\">\n")
                .append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n")
                .append("</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">").append(Html.escape(texts.text("web.layout.skip"))).append("</a>\n");
        if (model.demo()) {
            html.append("<div id=\"demo-banner\" class=\"demo-banner\" role=\"note\">")
                    .append(Html.escape(texts.text("web.demo.banner"))).append("</div>\n");
        }
        header(html, model, texts);
        if (model.signedIn()) {
            navigation(html, model, texts);
        }
        html.append("<main id=\"main\" tabindex=\"-1\">\n<h1>").append(Html.escape(model.title())).append("</h1>\n")
                .append(model.mainHtml())
                .append("\n</main>\n<footer class=\"site-footer\"><p>").append(Html.escape(texts.text("web.layout.footer")))
                .append("</p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, Model model, Texts texts) {
        html.append("<header class=\"site-header\">\n<a class=\"brand\" href=\"")
                .append(model.signedIn() ? "/app/" : "/login").append("\">")
                .append(Html.escape(texts.text("web.product.name"))).append("</a>\n<div class=\"header-tools\">\n");
        if (model.signedIn()) {
            html.append("<p class=\"signed-in\">")
                    .append(Html.escape(texts.text("web.layout.signedInAs", model.userDisplayName()))).append("</p>\n");
        }
        html.append("<form class=\"lang-form\" method=\"post\" action=\"/lang\">\n")
                .append(hiddenCsrf(model.csrfToken()))
                .append("<input type=\"hidden\" name=\"return\" value=\"").append(Html.escape(model.returnPath())).append("\">\n")
                .append("<label for=\"lang-select\">").append(Html.escape(texts.text("web.lang.label"))).append("</label>\n")
                .append("<select id=\"lang-select\" name=\"lang\">\n");
        for (LanguageTag option : model.languages()) {
            html.append("<option value=\"").append(Html.escape(option.value())).append("\" lang=\"")
                    .append(Html.escape(option.value())).append("\" dir=\"").append(option.direction()).append('"');
            if (option.equals(model.language())) {
                html.append(" selected");
            }
            html.append('>').append(Html.escape(nativeName(option))).append("</option>\n");
        }
        html.append("</select>\n<button type=\"submit\" id=\"lang-submit\">")
                .append(Html.escape(texts.text("web.lang.submit"))).append("</button>\n</form>\n");
        if (model.signedIn()) {
            html.append("<form class=\"logout-form\" method=\"post\" action=\"/logout\">\n")
                    .append(hiddenCsrf(model.csrfToken()))
                    .append("<button type=\"submit\" id=\"logout\">").append(Html.escape(texts.text("web.logout.submit")))
                    .append("</button>\n</form>\n");
        }
        html.append("</div>\n</header>\n");
    }

    private static void navigation(StringBuilder html, Model model, Texts texts) {
        html.append("<nav id=\"main-nav\" aria-label=\"").append(Html.escape(texts.text("web.nav.label"))).append("\">\n<ul>\n");
        for (NavItem item : model.nav()) {
            html.append("<li><a href=\"").append(Html.escape(item.href())).append('"');
            if (item.current()) {
                html.append(" aria-current=\"page\"");
            }
            html.append('>').append(Html.escape(item.label())).append("</a></li>\n");
        }
        html.append("</ul>\n</nav>\n");
    }

    /** The hidden {@code _csrf} field. */
    static String hiddenCsrf(String token) {
        return "<input type=\"hidden\" name=\"" + Csrf.FIELD + "\" value=\"" + Html.escape(token) + "\">\n";
    }

    /** A language's name in that language, e.g. {@code français}, {@code العربية}. */
    static String nativeName(LanguageTag tag) {
        Locale locale = tag.toLocale();
        String name = locale.getDisplayName(locale);
        if (name.isEmpty()) {
            return tag.value();
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
