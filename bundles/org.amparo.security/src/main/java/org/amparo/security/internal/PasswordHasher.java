package org.amparo.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passwords with the JDK's PBKDF2-HMAC-SHA256: a 16-byte random salt, a 256-bit
 * key and {@link #PRODUCTION_ITERATIONS} iterations (OWASP 2023). The encoding
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>} carries its own iteration count,
 * so hashes made with another count still verify and can be upgraded at the next log-in
 * ({@link #needsRehash}). Comparison is constant-time. Thread-safe.
 */
public final class PasswordHasher {
    /** The iteration count used in production. */
    public static final int PRODUCTION_ITERATIONS = 210_000;

    static final String PREFIX = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(PRODUCTION_ITERATIONS);
    }

    /** @param iterations fewer than in production only in tests */
    public PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
    }

    /** Hashes {@code password} with a fresh salt. The caller still owns (and should wipe) the array. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True if {@code password} matches {@code encoded}; false for a wrong password or a malformed encoding. */
    public boolean verify(char[] password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        int rounds;
        byte[] salt;
        byte[] expected;
        try {
            rounds = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            expected = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (rounds < 1 || rounds > MAX_ITERATIONS || salt.length == 0 || expected.length == 0) {
            return false;
        }
        byte[] actual = derive(password, salt, rounds);
        return MessageDigest.isEqual(actual, expected);
    }

    /** True if {@code encoded} was made with another iteration count than this hasher's. */
    public boolean needsRehash(String encoded) {
        return encoded == null || !encoded.startsWith(PREFIX + "$" + iterations + "$");
    }

    int iterations() {
        return iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a password array; null is ignored. */
    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
