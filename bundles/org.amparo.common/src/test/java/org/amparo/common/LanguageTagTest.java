package org.amparo.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagTest {

    @ParameterizedTest
    @CsvSource({"ar, ar, rtl", "nqo, nqo, rtl", "fr, fr, ltr", "lo, lo, ltr", "pt_BR, pt-BR, ltr", "AR, ar, rtl", "ar-MA, ar-MA, rtl"})
    void normalisesAndKnowsDirection(String input, String normalised, String dir) {
        LanguageTag tag = LanguageTag.of(input);
        assertThat(tag.value()).isEqualTo(normalised);
        assertThat(tag.direction()).isEqualTo(dir);
    }

    @ParameterizedTest
    @CsvSource({"''", "'1'", "'en us'", "'<script>'", "'e'"})
    void rejectsWhatIsNotALanguageTag(String input) {
        assertThatThrownBy(() -> LanguageTag.of(input))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("error.language.invalid"));
    }
}
