package org.amparo.audit.internal;

import java.time.Instant;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditOutcome;
import org.amparo.persistence.Row;

/** One row of {@code audit.entry} exactly as stored, before any check: what verification reads. */
record StoredEntry(long sequence, Instant at, String actor, String action, String target, String outcome,
        String detail, String previousHash, String hash) {

    static final String COLUMNS = "seq, recorded_at, actor, action, target, outcome, detail, prev_hash, hash";

    static StoredEntry map(Row row) {
        return new StoredEntry(row.getLong("seq"), row.getInstant("recorded_at"), row.getString("actor"),
                row.getString("action"), row.getString("target"), row.getString("outcome"), row.getString("detail"),
                row.getString("prev_hash"), row.getString("hash"));
    }

    /** The hash this row should carry, given the previous hash it claims. */
    String expectedHash() {
        return ChainHash.of(previousHash, sequence, at.toEpochMilli(), actor, action, target, outcome, detail);
    }

    AuditEntry toEntry() {
        return new AuditEntry(sequence, at, actor, action, target, AuditOutcome.valueOf(outcome), detail, hash);
    }
}
