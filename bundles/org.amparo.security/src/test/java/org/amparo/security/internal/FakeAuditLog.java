package org.amparo.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.AuditVerification;

/** An in-memory stand-in for the audit bundle (written by another team): keeps every event in order. */
final class FakeAuditLog implements AuditLog {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public AuditEntry record(AuditEvent event) {
        events.add(event);
        return new AuditEntry(events.size(), Instant.now(), event.actor(), event.action(), event.target(), event.outcome(),
                event.detail(), "fake");
    }

    @Override
    public List<AuditEntry> page(AuditQuery query) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public long count(AuditQuery query) {
        return events.size();
    }

    @Override
    public AuditVerification verify() {
        return AuditVerification.ok(events.size());
    }

    List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    List<AuditEvent> withAction(String action) {
        return new ArrayList<>(events.stream().filter(e -> e.action().equals(action)).toList());
    }

    AuditEvent last() {
        return events.get(events.size() - 1);
    }

    void clear() {
        events.clear();
    }
}
