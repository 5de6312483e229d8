package org.amparo.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets (session and CSRF tokens, the set-up secret) and their SHA-256 digests. Tokens
 * carry 256 bits of randomness, so a plain SHA-256 is enough to store them: unlike passwords they
 * cannot be guessed from a dictionary. Thread-safe.
 */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Tokens() {
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** {@code count} random bytes, base64url without padding (safe in cookies and URLs). */
    static String randomBase64Url(int count) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(count));
    }

    /** RFC 4648 base32 without padding: only A–Z and 2–7, no look-alike 0/O or 1/I. */
    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, lower-case hex (64 characters). */
    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
