package org.amparo.web.api;

import java.util.Objects;

/**
 * A file sent with a {@code multipart/form-data} form. The shell keeps it in memory only (never in
 * a temporary file) and refuses a request body over its limit before reading it all.
 *
 * @param fileName    the name the browser sent, possibly with a folder; may be empty
 * @param contentType the type the browser claimed; not to be trusted
 * @param content     the bytes; the page must not change them
 * @since 1.1
 */
public record Upload(String fileName, String contentType, byte[] content) {
    public Upload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
