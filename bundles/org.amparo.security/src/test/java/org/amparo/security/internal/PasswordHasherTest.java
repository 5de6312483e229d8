package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theSamePasswordHashedTwiceGetsDifferentSaltsAndBothVerify() {
        String first = hasher.hash("correct horse battery".toCharArray());
        String second = hasher.hash("correct horse battery".toCharArray());

        assertThat(first).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
        assertThat(hasher.verify("correct horse battery".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("correct horse battery".toCharArray(), second)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String hash = hasher.hash("correct horse battery".toCharArray());

        assertThat(hasher.verify("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    void verifyReadsTheIterationCountFromTheEncoding() {
        String madeWithFewer = new PasswordHasher(500).hash("a long passphrase".toCharArray());

        assertThat(hasher.verify("a long passphrase".toCharArray(), madeWithFewer)).isTrue();
        assertThat(hasher.needsRehash(madeWithFewer)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("a long passphrase".toCharArray()))).isFalse();
    }

    @Test
    void malformedOrAlteredEncodingsAreRejectedWithoutError() {
        String hash = hasher.hash("a long passphrase".toCharArray());
        String[] parts = hash.split("\\$");

        assertThat(hasher.verify("a long passphrase".toCharArray(), "plain text")).isFalse();
        assertThat(hasher.verify("a long passphrase".toCharArray(), "md5$1000$abc$def")).isFalse();
        assertThat(hasher.verify("a long passphrase".toCharArray(), parts[0] + "$x$" + parts[2] + "$" + parts[3])).isFalse();
        assertThat(hasher.verify("a long passphrase".toCharArray(), parts[0] + "$1001$" + parts[2] + "$" + parts[3])).isFalse();
        assertThat(hasher.verify("a long passphrase".toCharArray(), parts[0] + "$1000$%%%$" + parts[3])).isFalse();
        assertThat(hasher.verify("a long passphrase".toCharArray(), null)).isFalse();
    }

    @Test
    void productionUsesTwoHundredTenThousandIterations() {
        assertThat(new PasswordHasher().hash("a long passphrase".toCharArray())).startsWith("pbkdf2-sha256$210000$");
    }
}
