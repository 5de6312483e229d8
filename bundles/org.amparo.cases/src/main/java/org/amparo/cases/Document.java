package org.amparo.cases;

import java.util.Objects;

/**
 * A document and who holds it.
 *
 * @param type   what it is, e.g. {@code passport}, {@code national-id}, {@code birth-certificate}
 * @param heldBy who holds it
 * @since 1.0
 */
public record Document(String type, DocumentHolder heldBy) {
    public Document {
        type = type == null ? "" : type.strip();
        Objects.requireNonNull(heldBy, "heldBy");
    }
}
