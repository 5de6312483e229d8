package org.amparo.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small reader of {@code multipart/form-data} bodies (RFC 7578), over a body already read into
 * memory within the shell's limit: no temporary files, so an uploaded document never touches the
 * disk outside the database. A part it cannot read ends the parsing; what was read before stays.
 */
final class Multipart {
    /** One part: a field ({@code fileName == null}) or a file. */
    record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private static final byte[] CRLF = { '\r', '\n' };
    private static final byte[] HEADER_END = { '\r', '\n', '\r', '\n' };

    private Multipart() {
    }

    /** The boundary of a {@code multipart/form-data} content type, if it is one. */
    static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        String value = parameter(contentType, "boundary");
        return value == null || value.isEmpty() || value.length() > 70 ? Optional.empty() : Optional.of(value);
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            return parts;
        }
        at += delimiter.length;
        while (at + 2 <= body.length) {
            if (body[at] == '-' && body[at + 1] == '-') {
                break; // closing delimiter
            }
            if (!startsWith(body, at, CRLF)) {
                break;
            }
            int headersStart = at + 2;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            if (headersEnd < 0) {
                break;
            }
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, contentEnd);
            part(headers, content).ifPresent(parts::add);
            at = contentEnd + nextDelimiter.length;
        }
        return parts;
    }

    private static Optional<Part> part(String headers, byte[] content) {
        String disposition = null;
        String type = "";
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-disposition")) {
                disposition = value;
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            return Optional.empty();
        }
        String name = parameter(disposition, "name");
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Part(name, parameter(disposition, "filename"), type, content));
    }

    /**
     * A parameter of a header value, quoted or not ({@code name="a b"; filename=x.pdf}); browsers
     * send file names as UTF-8 inside the quotes and escape a quote as {@code %22}.
     */
    static String parameter(String header, String wanted) {
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int start = i + 1;
            while (start < header.length() && header.charAt(start) == ' ') {
                start++;
            }
            int eq = header.indexOf('=', start);
            if (eq < 0) {
                return null;
            }
            String key = header.substring(start, eq).strip().toLowerCase(Locale.ROOT);
            String value;
            int end;
            if (eq + 1 < header.length() && header.charAt(eq + 1) == '"') {
                StringBuilder quoted = new StringBuilder();
                end = eq + 2;
                while (end < header.length() && header.charAt(end) != '"') {
                    char c = header.charAt(end);
                    if (c == '\\' && end + 1 < header.length()) {
                        end++;
                        c = header.charAt(end);
                    }
                    quoted.append(c);
                    end++;
                }
                value = quoted.toString().replace("%22", "\"");
                end = header.indexOf(';', end);
            } else {
                end = header.indexOf(';', eq);
                value = (end < 0 ? header.substring(eq + 1) : header.substring(eq + 1, end)).strip();
            }
            if (key.equals(wanted)) {
                return value;
            }
            i = end;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
