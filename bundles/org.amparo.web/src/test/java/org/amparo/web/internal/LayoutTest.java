package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.amparo.common.LanguageTag;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private final FakeMessages messages = new FakeMessages();

    private String render(String language, String displayName, List<Layout.NavItem> nav, boolean demo, String title) {
        LanguageTag tag = LanguageTag.of(language);
        Layout.Model model = new Layout.Model(tag, messages.languages(), title, displayName, nav, "csrf-token-1",
                "/app/audit", demo, "<p>main</p>");
        return Layout.render(model, (key, arguments) -> messages.get(tag, key, arguments));
    }

    @Test
    void englishIsLeftToRight() {
        assertThat(render("en", "Ana", List.of(), false, "Home")).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void arabicIsRightToLeftWithArabicTexts() {
        String html = render("ar", "Ana", List.of(), false, "Home");

        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("تسجيل الخروج")
                .contains("<option value=\"ar\" lang=\"ar\" dir=\"rtl\" selected>العربية</option>")
                .contains("<option value=\"fr\" lang=\"fr\" dir=\"ltr\">Français</option>");
    }

    @Test
    void everythingFromOutsideIsEscaped() {
        String hostile = "<script>alert(\"x\")</script>&'";
        String html = render("en", hostile, List.of(new Layout.NavItem("/app/x\"><script>", hostile, false)), false, hostile);

        assertThat(html).doesNotContain("<script").doesNotContain("x\"><")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;");
    }

    @Test
    void signedInLayoutHasTheControlsTheBrowserTestsUse() {
        String html = render("en", "Ana Demo", List.of(new Layout.NavItem("/app/", "Home", true),
                new Layout.NavItem("/app/audit", "Audit record", false)), false, "Home");

        assertThat(html)
                .contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>")
                .contains("<main id=\"main\"")
                .contains("<nav id=\"main-nav\" aria-label=\"Main navigation\">")
                .contains("<label for=\"lang-select\">Language</label>")
                .contains("<select id=\"lang-select\" name=\"lang\">")
                .contains("id=\"lang-submit\"")
                .contains("<button type=\"submit\" id=\"logout\">Log out</button>")
                .contains("Signed in as Ana Demo")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"csrf-token-1\">")
                .contains("<input type=\"hidden\" name=\"return\" value=\"/app/audit\">")
                .contains("<a href=\"/app/\" aria-current=\"page\">Home</a>")
                .contains("<a href=\"/app/audit\">Audit record</a>");
        assertThat(html.indexOf("/app/\" aria-current")).isLessThan(html.indexOf("/app/audit\">Audit"));
        assertThat(html).doesNotContain("demo-banner");
    }

    @Test
    void anonymousLayoutHasTheLanguageSwitchButNoNavigationOrLogout() {
        String html = render("fr", null, List.of(), false, "Connexion");

        assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\">").contains("id=\"lang-select\"")
                .doesNotContain("main-nav").doesNotContain("id=\"logout\"").doesNotContain("Connecté");
    }

    @Test
    void theDemoBannerShowsForDemonstrationOrganisations() {
        assertThat(render("en", "Ana", List.of(), true, "Home"))
                .contains("<div id=\"demo-banner\" class=\"demo-banner\" role=\"note\">"
                        + "Demonstration data — all people and organisations are fictional</div>");
    }

    @Test
    void noInlineScriptOrStyleSoTheContentSecurityPolicyHolds() {
        String html = render("ar", "Ana", List.of(new Layout.NavItem("/app/", "Home", true)), true, "Home");

        assertThat(html).doesNotContain("<script").doesNotContain("<style").doesNotContain(" style=")
                .doesNotContainPattern(" on[a-z]+=");
    }
}
