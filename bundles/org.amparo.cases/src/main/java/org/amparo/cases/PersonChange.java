package org.amparo.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change to a registered person's details: who changed which fields, and when. The values
 * themselves are not kept here (the record holds the current ones; nothing personal goes into
 * histories or the audit).
 *
 * @param id        the change's id
 * @param personId  the person
 * @param changedBy who changed the details
 * @param changedAt when
 * @param fields    the names of the fields that changed, as in {@link PersonDetails}
 * @since 1.1
 */
public record PersonChange(long id, long personId, String changedBy, Instant changedAt, List<String> fields) {
    public PersonChange {
        Objects.requireNonNull(changedBy, "changedBy");
        fields = List.copyOf(fields);
    }
}
