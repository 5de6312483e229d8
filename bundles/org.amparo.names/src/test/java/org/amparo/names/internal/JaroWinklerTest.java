package org.amparo.names.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

    /** Winkler's published examples. */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(textBlock = """
            martha, marhta,   0.961
            dwayne, duane,    0.840
            dixon,  dicksonx, 0.813
            abc,    xyz,      0.0
            same,   same,     1.0
            """)
    void knownValues(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.001));
    }

    @Test
    void isSymmetricAndEmptyIsZero() {
        assertThat(JaroWinkler.similarity("abcdefgh", "bacdegfhx")).isEqualTo(JaroWinkler.similarity("bacdegfhx", "abcdefgh"));
        assertThat(JaroWinkler.similarity("", "abc")).isZero();
    }
}
