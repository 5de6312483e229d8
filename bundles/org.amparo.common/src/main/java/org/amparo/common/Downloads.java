package org.amparo.common;

import java.nio.charset.StandardCharsets;

/**
 * How a file is offered for download by the web UI and the REST API alike.
 *
 * @since 1.1
 */
public final class Downloads {
    private Downloads() {
    }

    /**
     * A {@code Content-Disposition} value that makes the browser save the file, never show it
     * (RFC 6266): a plain ASCII fallback name, and the real name percent-encoded in UTF-8.
     */
    public static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    || c == '_';
            encoded.append(plain ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
