package org.amparo.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains an entry to the one before it: SHA-256 (lower-case hex) over an
 * unambiguous encoding of the entry. Every field is written as a 4-byte big-endian length followed
 * by its bytes (UTF-8 for text, 8 big-endian bytes for numbers), after a fixed format tag, so that
 * no two different entries encode to the same bytes (e.g. actor {@code "ab"} + action {@code "c"}
 * versus {@code "a"} + {@code "bc"}).
 *
 * <p>Changing this encoding invalidates every stored chain: add a new format tag instead.
 */
final class ChainHash {
    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final byte[] FORMAT = "amparo.audit.v1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    static String of(String previousHash, long sequence, long atEpochMillis, String actor, String action,
            String target, String outcome, String detail) {
        MessageDigest digest = sha256();
        field(digest, FORMAT);
        field(digest, text(previousHash));
        field(digest, number(sequence));
        field(digest, number(atEpochMillis));
        field(digest, text(actor));
        field(digest, text(action));
        field(digest, text(target));
        field(digest, text(outcome));
        field(digest, text(detail));
        return HEX.formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] number(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
