package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.amparo.common.LanguageTag;
import org.junit.jupiter.api.Test;

class LanguageNegotiationTest {
    private static final List<LanguageTag> OFFERED = List.of(LanguageTag.ENGLISH, LanguageTag.of("ar"), LanguageTag.of("fr"),
            LanguageTag.of("pt-BR"));

    private static String choose(String header) {
        return LanguageNegotiation.choose(header, OFFERED).value();
    }

    @Test
    void exactAndRegionalPreferencesMatchOfferedLanguages() {
        assertThat(choose("ar")).isEqualTo("ar");
        assertThat(choose("fr-CA")).isEqualTo("fr");
        assertThat(choose("pt-BR")).isEqualTo("pt-BR");
        assertThat(choose("pt")).isEqualTo("pt-BR");
    }

    @Test
    void qualityDecidesThenOrder() {
        assertThat(choose("fr;q=0.5, ar;q=0.9")).isEqualTo("ar");
        assertThat(choose("de, fr, ar")).isEqualTo("fr");
        assertThat(choose("ar;q=0, fr;q=0.1")).isEqualTo("fr");
    }

    @Test
    void englishWhenNothingMatchesOrTheHeaderIsMissingOrBroken() {
        assertThat(choose(null)).isEqualTo("en");
        assertThat(choose("")).isEqualTo("en");
        assertThat(choose("de-DE, *;q=0.1")).isEqualTo("en");
        assertThat(choose("fr;q=abc, ;;, 12345")).isEqualTo("en");
    }
}
