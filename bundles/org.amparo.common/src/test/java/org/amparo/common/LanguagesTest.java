package org.amparo.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    private static final List<LanguageTag> OFFERED = List.of(LanguageTag.ENGLISH, LanguageTag.of("ar"), LanguageTag.of("fr"),
            LanguageTag.of("pt-BR"));

    private static String choose(String header) {
        return Languages.fromAcceptLanguage(header, OFFERED).orElse(LanguageTag.ENGLISH).value();
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
    void nothingWhenNothingMatchesOrTheHeaderIsMissingOrBroken() {
        assertThat(Languages.fromAcceptLanguage(null, OFFERED)).isEmpty();
        assertThat(Languages.fromAcceptLanguage("", OFFERED)).isEmpty();
        assertThat(Languages.fromAcceptLanguage("de-DE, *;q=0.1", OFFERED)).isEmpty();
        assertThat(Languages.fromAcceptLanguage("fr;q=abc, ;;, 12345", OFFERED)).isEmpty();
        assertThat(choose("garbage!!, ar")).as("one bad range does not spoil the others").isEqualTo("ar");
    }

    @Test
    void aChosenTagMatchesExactlyOrByPrimaryLanguage() {
        assertThat(Languages.supported("FR", OFFERED)).contains(LanguageTag.of("fr"));
        assertThat(Languages.supported("ar-MA", OFFERED)).contains(LanguageTag.of("ar"));
        assertThat(Languages.supported("lo", OFFERED)).isEmpty();
        assertThat(Languages.supported("<script>", OFFERED)).isEmpty();
        assertThat(Languages.supported(null, OFFERED)).isEmpty();
    }

    @Test
    void aRedactedExceptionKeepsClassesAndFramesButNoMessage() {
        IllegalStateException original = new IllegalStateException("name Amina, born 2001", new NumberFormatException("For input string: \"x\""));
        RedactedException redacted = RedactedException.of(original);
        assertThat(redacted.getMessage()).isEqualTo(IllegalStateException.class.getName());
        assertThat(redacted.getCause().getMessage()).isEqualTo(NumberFormatException.class.getName());
        assertThat(redacted.getStackTrace()).isEqualTo(original.getStackTrace());
        assertThat(redacted.toString()).doesNotContain("Amina", "2001", "input string");
    }
}
