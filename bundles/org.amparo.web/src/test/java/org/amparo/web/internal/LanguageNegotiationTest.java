package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.amparo.common.LanguageTag;
import org.junit.jupiter.api.Test;

class LanguageNegotiationTest {
    private static final List<LanguageTag> OFFERED = List.of(LanguageTag.ENGLISH, LanguageTag.of("ar"), LanguageTag.of("fr"));

    private static String choose(String session, String cookie, String accept) {
        return LanguageNegotiation.choose(session, cookie, accept, OFFERED).value();
    }

    @Test
    void theSessionLanguageWinsOverCookieAndBrowser() {
        assertThat(choose("ar", "fr", "fr-FR,fr;q=0.9")).isEqualTo("ar");
    }

    @Test
    void withoutSessionTheCookieWinsOverTheBrowser() {
        assertThat(choose(null, "fr", "ar")).isEqualTo("fr");
    }

    @Test
    void withoutSessionOrCookieTheBrowserPreferenceIsMatchedByWeight() {
        assertThat(choose(null, null, "de-DE,de;q=0.9,ar;q=0.8,fr;q=0.7")).isEqualTo("ar");
        assertThat(choose(null, null, "fr-CA")).as("region falls back to the language").isEqualTo("fr");
        assertThat(choose(null, null, "ar;q=0.2, fr;q=0.9")).isEqualTo("fr");
    }

    @Test
    void englishWhenNothingFits() {
        assertThat(choose(null, null, null)).isEqualTo("en");
        assertThat(choose(null, null, "de, es;q=0.5, *;q=0.1")).isEqualTo("en");
        assertThat(choose(null, null, "ar;q=0")).as("q=0 means not acceptable").isEqualTo("en");
    }

    @Test
    void malformedOrUnofferedCandidatesAreSkippedNotErrors() {
        assertThat(choose("xx-not-a-tag!", "<script>", "%%%;q=abc")).isEqualTo("en");
        assertThat(choose("de", "ar", null)).as("a session language without texts falls through").isEqualTo("ar");
        assertThat(choose("", "", "")).isEqualTo("en");
    }
}
