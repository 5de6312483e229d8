package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The platform's matcher over the real names library: what registration and search rely on. */
class NamesLibraryMatcherTest {
    private final NamesLibraryMatcher matcher = new NamesLibraryMatcher();

    @Test
    void aNameInArabicScriptGetsALatinSuggestionAndSharesAKeyWithItsLatinSpelling() {
        assertThat(matcher.toLatin("محمد علي")).matches("[A-Za-z' -]+");
        assertThat(matcher.keys("محمد علي")).containsAnyElementsOf(matcher.keys("Mohamed Ali"));
    }

    @Test
    void theSamePersonAcrossScriptsIsAPossibleDuplicateWithReasonsAndAnotherIsNot() {
        LocalDate born = LocalDate.of(1994, 3, 12);
        var same = matcher.compare(new NameMatcher.Descriptor(List.of("محمد علي"), born, false, "SD"),
                new NameMatcher.Descriptor(List.of("Mohamed Ali"), born, false, "SD"));
        assertThat(same).isPresent();
        assertThat(same.get().reasons()).isNotEmpty().allMatch(r -> r.startsWith("names.reason."));

        var other = matcher.compare(new NameMatcher.Descriptor(List.of("Mohamed Ali"), born, false, "SD"),
                new NameMatcher.Descriptor(List.of("Fatima Hassan"), LocalDate.of(1970, 1, 1), false, "ML"));
        assertThat(other).isEmpty();
    }
}
