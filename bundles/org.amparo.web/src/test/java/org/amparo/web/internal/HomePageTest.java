package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.amparo.common.LanguageTag;
import org.amparo.web.api.PageRequest;
import org.junit.jupiter.api.Test;

class HomePageTest {
    private final FakeMessages messages = new FakeMessages();

    private PageRequest request(Set<String> roles) {
        return new PageRequest() {
            @Override
            public String method() {
                return "GET";
            }

            @Override
            public String subPath() {
                return "";
            }

            @Override
            public Optional<String> parameter(String name) {
                return Optional.empty();
            }

            @Override
            public String username() {
                return "ana";
            }

            @Override
            public String displayName() {
                return "Ana <b>";
            }

            @Override
            public Set<String> roles() {
                return roles;
            }

            @Override
            public LanguageTag language() {
                return LanguageTag.ENGLISH;
            }

            @Override
            public String text(String key, Object... arguments) {
                return messages.get(LanguageTag.ENGLISH, key, arguments);
            }

            @Override
            public String csrfField() {
                return "";
            }
        };
    }

    @Test
    void theReferenceFilterThatKeepsTheHomePageOffItsOwnListNamesThisClass() {
        assertThat(HomePage.COMPONENT_NAME).isEqualTo(HomePage.class.getName());
    }

    @Test
    void linksOnlyToWhatTheRolesOpenAndNeverToItself() {
        HomePage home = new HomePage();
        home.addPage(TestPage.of("", 0));
        home.addPage(new TestPage("users", "web.users.title", 70, Set.of("SYSTEM_ADMIN"), true));
        home.addPage(new TestPage("audit", "web.audit.title", 80, Set.of("AUDITOR", "SYSTEM_ADMIN"), true));

        String auditor = home.handle(request(Set.of("AUDITOR"))).html();

        assertThat(auditor).contains("Welcome, Ana &lt;b&gt;.").contains("<li>Auditor</li>")
                .contains("<a href=\"/app/audit\">Audit record</a>").doesNotContain("/app/users")
                .doesNotContain("<a href=\"/app/\">");
        assertThat(home.handle(request(Set.of("CASEWORKER"))).html()).contains("There is nothing else you can open yet.");
    }
}
