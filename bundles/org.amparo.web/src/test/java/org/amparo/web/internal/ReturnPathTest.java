package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After a language switch the visitor goes back only to a plain local page of the UI. */
class ReturnPathTest {
    @Test
    void localPagesOfTheUiAndThePublicLibraryAreAcceptedAndNothingElse() {
        assertThat(Shell.safeReturnPath("/app/cases/12")).hasValue("/app/cases/12");
        assertThat(Shell.safeReturnPath("/library/item/best-interests-child")).hasValue("/library/item/best-interests-child");
        assertThat(Shell.safeReturnPath("/library")).hasValue("/library");
        assertThat(Shell.safeReturnPath("/login")).hasValue("/login");
        assertThat(Shell.safeReturnPath("//evil.example/app")).isEmpty();
        assertThat(Shell.safeReturnPath("https://evil.example/")).isEmpty();
        assertThat(Shell.safeReturnPath("/libraryx")).isEmpty();
        assertThat(Shell.safeReturnPath("/library/../api")).isEmpty();
        assertThat(Shell.safeReturnPath(null)).isEmpty();
    }
}
