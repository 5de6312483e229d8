package org.amparo.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a case: a scanned document, a photograph, a signed form. Its content lives
 * only in the database and is read with {@link CaseService#attachment}. Attachments are never
 * edited or deleted.
 *
 * @param id          the attachment's id
 * @param caseId      the case it belongs to
 * @param fileName    the name it was uploaded with, without any folder
 * @param mediaType   the type found in its content ({@code application/pdf}, {@code image/jpeg},
 *                    {@code image/png})
 * @param size        its size in bytes
 * @param sha256      hex SHA-256 of the content, to check a copy against
 * @param description what it is, optional (empty when not given)
 * @param uploadedBy  who attached it
 * @param uploadedAt  when
 * @since 1.1
 */
public record Attachment(long id, long caseId, String fileName, String mediaType, long size, String sha256,
        String description, String uploadedBy, Instant uploadedAt) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(description, "description");
    }
}
