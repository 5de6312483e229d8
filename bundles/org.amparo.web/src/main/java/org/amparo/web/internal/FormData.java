package org.amparo.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amparo.web.api.Upload;

/**
 * Parameters of a query string, an {@code application/x-www-form-urlencoded} body or a
 * {@code multipart/form-data} body (with its files, kept in memory), parsed by
 * the shell itself so that the size limit holds even without a {@code Content-Length} and a
 * malformed pair (a stray {@code %}, invalid UTF-8) is skipped instead of failing the request.
 * Immutable.
 */
final class FormData {
    /** The largest body accepted: 64 KiB. */
    static final int MAX_BYTES = 64 * 1024;
    /** The most fields accepted in one request. */
    static final int MAX_FIELDS = 1000;

    /** The largest {@code multipart/form-data} body accepted: a 5 MiB file and the form around it. */
    static final int MAX_MULTIPART_BYTES = 6 * 1024 * 1024;

    static final FormData EMPTY = new FormData(Map.of(), Map.of());

    private final Map<String, List<String>> values;
    private final Map<String, Upload> files;

    private FormData(Map<String, List<String>> values, Map<String, Upload> files) {
        this.values = values;
        this.files = files;
    }

    /** Thrown when a body or its declared length exceeds {@link #MAX_BYTES}, or has too many fields. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("request body over the limit of " + MAX_BYTES + " bytes or " + MAX_FIELDS + " fields");
        }
    }

    /** Parses {@code a=1&b=x+y&c=%C3%A9}; null or empty gives no parameters. */
    static FormData parse(String encoded) throws TooLargeException {
        if (encoded == null || encoded.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        int fields = 0;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++fields > MAX_FIELDS) {
                throw new TooLargeException();
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
                value = URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                continue;
            }
            if (!name.isEmpty()) {
                values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
        }
        values.replaceAll((name, list) -> List.copyOf(list));
        return new FormData(Map.copyOf(values), Map.of());
    }

    /**
     * Reads and parses a request body. {@code declaredLength} is the {@code Content-Length}
     * (negative when absent); a declared or actual size above {@link #MAX_BYTES} is refused before
     * more than that is read. A body that is not a URL-encoded form is read (to enforce the limit)
     * and gives no parameters.
     */
    static FormData read(InputStream in, long declaredLength, String contentType) throws IOException, TooLargeException {
        Optional<String> boundary = Multipart.boundary(contentType);
        int limit = boundary.isPresent() ? MAX_MULTIPART_BYTES : MAX_BYTES;
        if (declaredLength > limit) {
            throw new TooLargeException();
        }
        byte[] body = readAtMost(in, limit);
        if (boundary.isPresent()) {
            return multipart(body, boundary.get());
        }
        if (!isUrlEncodedForm(contentType)) {
            return EMPTY;
        }
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    /** A multipart body: its text fields as values, its files (with a name or content) as uploads. */
    static FormData multipart(byte[] body, String boundary) throws TooLargeException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Upload> files = new LinkedHashMap<>();
        List<Multipart.Part> parts = Multipart.parse(body, boundary);
        if (parts.size() > MAX_FIELDS) {
            throw new TooLargeException();
        }
        for (Multipart.Part part : parts) {
            if (part.fileName() == null) {
                values.computeIfAbsent(part.name(), n -> new ArrayList<>(1))
                        .add(new String(part.content(), StandardCharsets.UTF_8));
            } else if (!part.fileName().isEmpty() || part.content().length > 0) {
                files.putIfAbsent(part.name(), new Upload(part.fileName(), part.contentType(), part.content()));
            }
        }
        values.replaceAll((name, list) -> List.copyOf(list));
        return new FormData(Map.copyOf(values), Map.copyOf(files));
    }

    /** The file sent in field {@code name}, if one was chosen. */
    Optional<Upload> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    static boolean isUrlEncodedForm(String contentType) {
        return contentType == null
                || contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException, TooLargeException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 4096));
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw new TooLargeException();
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** The first value of {@code name}. */
    Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every value of {@code name}, in order; empty if absent. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean isEmpty() {
        return values.isEmpty() && files.isEmpty();
    }
}
