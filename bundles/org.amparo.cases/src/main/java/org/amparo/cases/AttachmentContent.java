package org.amparo.cases;

import java.util.Objects;

/**
 * An attachment with its content, as {@link CaseService#attachment} reads it.
 *
 * @param attachment what is known about the file
 * @param content    the bytes; the caller must not change them
 * @since 1.1
 */
public record AttachmentContent(Attachment attachment, byte[] content) {
    public AttachmentContent {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(content, "content");
    }
}
