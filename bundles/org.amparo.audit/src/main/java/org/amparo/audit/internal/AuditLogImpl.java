package org.amparo.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.AuditVerification;
import org.amparo.persistence.Database;
import org.amparo.persistence.PersistenceException;
import org.amparo.persistence.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link AuditLog} over the platform database (schema {@code audit}). Entries form a hash
 * chain: each carries the SHA-256 of its content and of the previous entry's hash
 * ({@link ChainHash}). The one-row table {@code audit.head} holds the last sequence number and hash;
 * every append starts by updating that row, so appends from any number of threads or cluster nodes
 * are serialised by the database's row lock and sequence numbers have no gaps. An append made inside
 * an outer transaction commits or rolls back with it.
 *
 * <p>Times are stored in a {@code TIMESTAMP} column, which JDBC reads and writes in the JVM's time
 * zone; every node sharing the database must therefore run with the same time zone (UTC is
 * recommended). The recorded time is normalised to what that column gives back, so that an entry
 * made during the autumn daylight-saving overlap still verifies.
 */
@Component(service = AuditLog.class)
public final class AuditLogImpl implements AuditLog {
    static final String ALTERED = "audit.verify.altered";
    static final String MISSING = "audit.verify.missing";
    static final String TRUNCATED = "audit.verify.truncated";
    static final String HEAD_MISSING = "audit.verify.headMissing";
    /** Entries read per query while verifying: the chain is streamed, never loaded whole. */
    static final int VERIFY_BATCH = 1000;

    private final Database database;
    private final Clock clock;
    private final int verifyBatch;

    @Activate
    public AuditLogImpl(@Reference Database database) {
        this(database, Clock.systemUTC(), VERIFY_BATCH);
    }

    /** For tests: a fixed clock, and small batches to exercise batch boundaries. */
    AuditLogImpl(Database database, Clock clock, int verifyBatch) {
        this.database = database;
        this.clock = clock;
        this.verifyBatch = verifyBatch;
        database.migrate("audit", getClass());
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        return database.inTransaction(tx -> {
            // Locks the head row until commit: concurrent appends wait here, on every node.
            if (tx.update("UPDATE audit.head SET last_seq = last_seq + 1 WHERE id = 1") != 1) {
                throw new PersistenceException("audit.error.headMissing");
            }
            Head head = readHead(tx).orElseThrow(() -> new PersistenceException("audit.error.headMissing"));
            long sequence = head.lastSequence();
            Instant at = storable(clock.instant());
            String outcome = event.outcome().name();
            String hash = ChainHash.of(head.lastHash(), sequence, at.toEpochMilli(), event.actor(), event.action(),
                    event.target(), outcome, event.detail());
            tx.update("""
                    INSERT INTO audit.entry (seq, recorded_at, actor, action, target, outcome, detail, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, sequence, at, event.actor(), event.action(), event.target(), outcome, event.detail(),
                    head.lastHash(), hash);
            tx.update("UPDATE audit.head SET last_hash = ? WHERE id = 1", hash);
            return new AuditEntry(sequence, at, event.actor(), event.action(), event.target(), event.outcome(),
                    event.detail(), hash);
        });
    }

    @Override
    public List<AuditEntry> page(AuditQuery query) {
        Filter filter = Filter.of(query);
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(query.offset());
        parameters.add(query.limit());
        String sql = "SELECT " + StoredEntry.COLUMNS + " FROM audit.entry" + filter.where()
                + " ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        return database.inTransaction(tx -> tx.query(sql, StoredEntry::map, parameters.toArray()))
                .stream().map(StoredEntry::toEntry).toList();
    }

    @Override
    public long count(AuditQuery query) {
        Filter filter = Filter.of(query);
        String sql = "SELECT COUNT(*) FROM audit.entry" + filter.where();
        return database.inTransaction(tx -> tx.queryLong(sql, filter.parameters().toArray()));
    }

    @Override
    public AuditVerification verify() {
        // The committed head bounds the check: entries appended while it runs are left for next time.
        Optional<Head> found = database.inTransaction(AuditLogImpl::readHead);
        if (found.isEmpty()) {
            return AuditVerification.broken(0, 1, HEAD_MISSING);
        }
        Head head = found.get();
        long expected = 1;
        String previousHash = ChainHash.GENESIS;
        long checked = 0;
        while (expected <= head.lastSequence()) {
            long after = expected - 1;
            List<StoredEntry> batch = database.inTransaction(tx -> tx.query("SELECT " + StoredEntry.COLUMNS
                    + " FROM audit.entry WHERE seq > ? AND seq <= ? ORDER BY seq OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                    StoredEntry::map, after, head.lastSequence(), verifyBatch));
            if (batch.isEmpty()) {
                break;
            }
            for (StoredEntry entry : batch) {
                if (entry.sequence() != expected) {
                    return AuditVerification.broken(checked, expected, MISSING);
                }
                checked++;
                if (!entry.hash().equals(entry.expectedHash()) || !entry.previousHash().equals(previousHash)) {
                    return AuditVerification.broken(checked, entry.sequence(), ALTERED);
                }
                previousHash = entry.hash();
                expected++;
            }
        }
        if (expected <= head.lastSequence()) {
            return AuditVerification.broken(checked, expected, TRUNCATED);
        }
        if (!previousHash.equals(head.lastHash())) {
            // The last entry was rewritten with a fresh hash, or the head itself was edited.
            return AuditVerification.broken(checked, Math.max(1, head.lastSequence()), ALTERED);
        }
        return AuditVerification.ok(checked);
    }

    private static Optional<Head> readHead(Transaction tx) {
        return tx.queryOne("SELECT last_seq, last_hash FROM audit.head WHERE id = 1",
                row -> new Head(row.getLong("last_seq"), row.getString("last_hash")));
    }

    /**
     * {@code instant} truncated to milliseconds and passed through the JVM zone's local time, as a
     * TIMESTAMP column will return it: in the hour that repeats when clocks go back, the column
     * cannot tell the two occurrences apart, and the hash must cover the value read back.
     */
    static Instant storable(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return Timestamp.valueOf(Timestamp.from(millis).toLocalDateTime()).toInstant();
    }

    private record Head(long lastSequence, String lastHash) {
    }

    /** The WHERE clause of a query's filters: fixed SQL text, values only as parameters. */
    private record Filter(String where, List<Object> parameters) {
        static Filter of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            if (query.actor() != null && !query.actor().isBlank()) {
                conditions.add("actor = ?");
                parameters.add(query.actor());
            }
            if (query.action() != null && !query.action().isBlank()) {
                conditions.add("action LIKE ? ESCAPE '!'");
                parameters.add(escapeLike(query.action()) + "%");
            }
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            return new Filter(where, List.copyOf(parameters));
        }

        private static String escapeLike(String prefix) {
            return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
