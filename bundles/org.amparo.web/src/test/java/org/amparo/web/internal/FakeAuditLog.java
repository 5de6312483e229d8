package org.amparo.web.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.AuditVerification;

/** An in-memory {@link AuditLog}: keeps the events, pages them newest first, verifies as told. */
final class FakeAuditLog implements AuditLog {
    final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
    volatile AuditVerification verification;

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        AuditEntry entry = new AuditEntry(entries.size() + 1L, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(entries.size()),
                event.actor(), event.action(), event.target(), event.outcome(), event.detail(), "h" + entries.size());
        entries.add(entry);
        return entry;
    }

    List<AuditEntry> matching(AuditQuery query) {
        List<AuditEntry> result = new ArrayList<>();
        for (AuditEntry entry : entries) {
            if ((query.actor() == null || query.actor().equals(entry.actor()))
                    && (query.action() == null || entry.action().startsWith(query.action()))) {
                result.add(entry);
            }
        }
        result.sort(Comparator.comparingLong(AuditEntry::sequence).reversed());
        return result;
    }

    @Override
    public List<AuditEntry> page(AuditQuery query) {
        List<AuditEntry> all = matching(query);
        return all.subList(Math.min(query.offset(), all.size()), Math.min(query.offset() + query.limit(), all.size()));
    }

    @Override
    public long count(AuditQuery query) {
        return matching(query).size();
    }

    @Override
    public AuditVerification verify() {
        return verification != null ? verification : AuditVerification.ok(entries.size());
    }

    List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }
}
