package org.amparo.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Appends to and reads the audit record. Thread-safe; appends from several nodes sharing one
 * database are serialised by the database.
 *
 * @since 1.0
 */
@ProviderType
public interface AuditLog {
    /**
     * Appends an entry chained to the previous one. If called inside a database transaction the
     * entry commits or rolls back with it.
     */
    AuditEntry record(AuditEvent event);

    /** Newest first, {@code limit} entries from {@code offset}; never the whole record. */
    List<AuditEntry> page(AuditQuery query);

    /** The number of entries matching {@code query} (offset and limit ignored). */
    long count(AuditQuery query);

    /** Recomputes the whole chain and reports the first entry that was altered, removed or inserted. */
    AuditVerification verify();
}
