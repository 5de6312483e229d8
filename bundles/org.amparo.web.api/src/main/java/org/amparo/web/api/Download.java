package org.amparo.web.api;

import java.util.Objects;

/**
 * A file a page answers with instead of HTML. The shell sends it as an attachment (never shown
 * inline), with {@code nosniff} and {@code no-store}, so that a browser neither runs nor caches it.
 *
 * @param fileName  the name to save it under
 * @param mediaType its type, e.g. {@code application/pdf}
 * @param content   the bytes
 * @since 1.1
 */
public record Download(String fileName, String mediaType, byte[] content) {
    public Download {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
