package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CsrfTest {
    @Test
    void theSameTokenMatches() {
        String token = Csrf.newToken();
        assertThat(Csrf.matches(token, new String(token.toCharArray()))).isTrue();
    }

    @Test
    void aDifferentShorterLongerOrMissingTokenIsRejected() {
        String token = Csrf.newToken();
        String lastCharChanged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        assertThat(Csrf.matches(token, lastCharChanged)).isFalse();
        assertThat(Csrf.matches(token, token.substring(1))).isFalse();
        assertThat(Csrf.matches(token, token + "x")).isFalse();
        assertThat(Csrf.matches(token, "")).isFalse();
        assertThat(Csrf.matches(token, null)).isFalse();
        assertThat(Csrf.matches("", "")).as("an empty expected token never matches").isFalse();
        assertThat(Csrf.matches(null, null)).isFalse();
    }

    @Test
    void tokensAreRandomAndCookieSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = Csrf.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(200);
    }
}
