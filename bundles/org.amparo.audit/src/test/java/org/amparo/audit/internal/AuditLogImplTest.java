package org.amparo.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.AuditVerification;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogImplTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private String databaseName;
    private JdbcDatabase database;
    private AuditLogImpl audit;

    @BeforeEach
    void setUp() {
        databaseName = "memory:audit-test-" + COUNTER.incrementAndGet() + "-" + System.nanoTime();
        database = newDatabase(databaseName);
        audit = new AuditLogImpl(database);
    }

    private static JdbcDatabase newDatabase(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        return new JdbcDatabase(dataSource);
    }

    private void recordMany(int count) {
        for (int i = 1; i <= count; i++) {
            audit.record(AuditEvent.success(i % 2 == 0 ? "ben" : "ana", "case.read", "case:" + i, "web"));
        }
    }

    private void sql(String statement, Object... parameters) {
        database.run(tx -> tx.update(statement, parameters));
    }

    @Test
    void anEmptyRecordIsIntact() {
        assertThat(audit.verify()).isEqualTo(AuditVerification.ok(0));
    }

    @Test
    void appendsFormAGapFreeChainThatVerifies() {
        AuditEntry first = audit.record(AuditEvent.success("ana", "auth.login", "user:ana", "PASSWORD;web"));
        AuditEntry second = audit.record(AuditEvent.denied("ben", "case.read", "case:42", "notAssigned"));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(first.hash()).hasSize(64).isNotEqualTo(second.hash());
        assertThat(second.hash()).isEqualTo(ChainHash.of(first.hash(), 2, second.at().toEpochMilli(), "ben",
                "case.read", "case:42", "DENIED", "notAssigned"));
        recordMany(8);

        assertThat(audit.verify()).isEqualTo(AuditVerification.ok(10));
    }

    @Test
    void theRecordedTimeIsStoredToTheMillisecondAndReadBackUnchanged() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:15:30.123456789Z"), ZoneOffset.UTC);
        AuditLogImpl fixed = new AuditLogImpl(database, clock, 1000);

        AuditEntry entry = fixed.record(AuditEvent.success("ana", "auth.login", "user:ana", ""));

        assertThat(entry.at()).isEqualTo(Instant.parse("2024-05-01T10:15:30.123Z"));
        assertThat(fixed.page(AuditQuery.latest(1))).containsExactly(entry);
        assertThat(fixed.verify().intact()).isTrue();
    }

    @Test
    void anEntryRecordedInTheRepeatedDaylightSavingHourStillVerifies() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
        try {
            // 02:30 summer time, first of the two 02:30s of 29 October 2023 in Paris
            Clock clock = Clock.fixed(Instant.parse("2023-10-29T00:30:00.250Z"), ZoneOffset.UTC);
            AuditLogImpl fixed = new AuditLogImpl(database, clock, 1000);

            AuditEntry entry = fixed.record(AuditEvent.success("ana", "auth.login", "user:ana", ""));

            assertThat(fixed.page(AuditQuery.latest(1))).containsExactly(entry);
            assertThat(fixed.verify()).isEqualTo(AuditVerification.ok(1));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void anEditedActorIsDetectedAtThatEntry() {
        recordMany(5);
        sql("UPDATE audit.entry SET actor = 'mallory' WHERE seq = 3");

        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(3, 3, "audit.verify.altered"));
    }

    @Test
    void anEditedDetailOrTimeIsDetectedAtThatEntry() {
        recordMany(5);
        sql("UPDATE audit.entry SET detail = 'api' WHERE seq = 2");
        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(2, 2, "audit.verify.altered"));

        setUp();
        recordMany(5);
        sql("UPDATE audit.entry SET recorded_at = ? WHERE seq = 4", Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(4, 4, "audit.verify.altered"));
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkToTheNextEntry() {
        recordMany(5);
        forge(3, "mallory");

        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(4, 4, "audit.verify.altered"));
    }

    @Test
    void theLastEntryRewrittenWithAFreshHashNoLongerMatchesTheHead() {
        recordMany(5);
        forge(5, "mallory");

        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(5, 5, "audit.verify.altered"));
    }

    /** What someone who knows the algorithm would do: change the actor and recompute the row's hash. */
    private void forge(long seq, String actor) {
        StoredEntry stored = database.inTransaction(tx -> tx.queryOne("SELECT " + StoredEntry.COLUMNS
                + " FROM audit.entry WHERE seq = ?", StoredEntry::map, seq)).orElseThrow();
        String hash = ChainHash.of(stored.previousHash(), seq, stored.at().toEpochMilli(), actor, stored.action(),
                stored.target(), stored.outcome(), stored.detail());
        sql("UPDATE audit.entry SET actor = ?, hash = ? WHERE seq = ?", actor, hash, seq);
    }

    @Test
    void aDeletedMiddleEntryIsReportedMissing() {
        recordMany(5);
        sql("DELETE FROM audit.entry WHERE seq = 3");

        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(2, 3, "audit.verify.missing"));
    }

    @Test
    void aDeletedFirstEntryIsReportedMissing() {
        recordMany(3);
        sql("DELETE FROM audit.entry WHERE seq = 1");

        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(0, 1, "audit.verify.missing"));
    }

    @Test
    void aDeletedLastEntryIsReportedAsTruncation() {
        recordMany(5);
        sql("DELETE FROM audit.entry WHERE seq = 5");

        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(4, 5, "audit.verify.truncated"));
    }

    @Test
    void anEmptiedRecordIsReportedAsTruncatedFromTheFirstEntry() {
        recordMany(4);
        sql("DELETE FROM audit.entry");

        assertThat(audit.verify()).isEqualTo(AuditVerification.broken(0, 1, "audit.verify.truncated"));
    }

    @Test
    void verificationReadsInBatchesAndFindsDamageAcrossBatchBoundaries() {
        AuditLogImpl smallBatches = new AuditLogImpl(database, Clock.systemUTC(), 3);
        for (int i = 0; i < 10; i++) {
            smallBatches.record(AuditEvent.success("ana", "case.read", "case:" + i, ""));
        }
        assertThat(smallBatches.verify()).isEqualTo(AuditVerification.ok(10));

        sql("DELETE FROM audit.entry WHERE seq = 7");
        assertThat(smallBatches.verify()).isEqualTo(AuditVerification.broken(6, 7, "audit.verify.missing"));

        sql("UPDATE audit.entry SET target = 'case:999' WHERE seq = 4");
        assertThat(smallBatches.verify()).isEqualTo(AuditVerification.broken(4, 4, "audit.verify.altered"));
    }

    @Test
    void concurrentAppendsFromTwoNodesLeaveAnIntactGapFreeChain() throws Exception {
        // Two components over two Database instances sharing one database: like two cluster nodes.
        AuditLogImpl otherNode = new AuditLogImpl(newDatabase(databaseName));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                AuditLogImpl node = t % 2 == 0 ? audit : otherNode;
                String actor = "worker" + t;
                tasks.add(() -> {
                    List<Long> sequences = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        sequences.add(node.record(AuditEvent.success(actor, "case.read", "case:" + i, "")).sequence());
                    }
                    return sequences;
                });
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                all.addAll(result.get());
            }

            assertThat(all).hasSize(200).doesNotHaveDuplicates().allMatch(seq -> seq >= 1 && seq <= 200);
            assertThat(audit.verify()).isEqualTo(AuditVerification.ok(200));
            assertThat(audit.count(new AuditQuery("worker3", null, 0, 1))).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pagesAreNewestFirstAndFiltersSelectActorAndActionPrefix() {
        for (int i = 1; i <= 30; i++) {
            String actor = i % 3 == 0 ? "ana" : "ben";
            String action = i % 2 == 0 ? "auth.login" : "user.create";
            audit.record(AuditEvent.success(actor, action, "user:u" + i, ""));
        }

        assertThat(audit.page(AuditQuery.latest(5))).extracting(AuditEntry::sequence).containsExactly(30L, 29L, 28L, 27L, 26L);
        assertThat(audit.page(new AuditQuery(null, null, 25, 10))).extracting(AuditEntry::sequence).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(audit.count(AuditQuery.latest(1))).isEqualTo(30);

        AuditQuery ana = new AuditQuery("ana", null, 0, 100);
        assertThat(audit.page(ana)).hasSize(10).allMatch(e -> e.actor().equals("ana"));
        assertThat(audit.count(ana)).isEqualTo(10);

        AuditQuery logins = new AuditQuery(null, "auth.", 0, 100);
        assertThat(audit.page(logins)).hasSize(15).allMatch(e -> e.action().equals("auth.login"));
        assertThat(audit.count(logins)).isEqualTo(15);

        AuditQuery anaLogins = new AuditQuery("ana", "auth", 0, 2);
        assertThat(audit.page(anaLogins)).extracting(AuditEntry::sequence).containsExactly(30L, 24L);
        assertThat(audit.count(anaLogins)).isEqualTo(5);
    }

    @Test
    void anActionPrefixIsMatchedLiterallyNotAsAPattern() {
        audit.record(AuditEvent.success("ana", "auth.login", "", ""));

        assertThat(audit.count(new AuditQuery(null, "%", 0, 10))).isZero();
        assertThat(audit.count(new AuditQuery(null, "auth_login", 0, 10))).isZero();
        assertThat(audit.count(new AuditQuery(null, "auth.login", 0, 10))).isEqualTo(1);
    }

    @Test
    void anEntryRecordedInAFailingOuterTransactionIsRolledBackWithIt() {
        audit.record(AuditEvent.success("ana", "auth.login", "user:ana", ""));

        assertThatThrownBy(() -> database.run(tx -> {
            audit.record(AuditEvent.success("ana", "user.create", "user:ben", ""));
            throw new IllegalStateException("the user could not be created");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(audit.count(AuditQuery.latest(10))).isEqualTo(1);
        assertThat(audit.verify()).isEqualTo(AuditVerification.ok(1));
        assertThat(audit.record(AuditEvent.success("ana", "auth.logout", "user:ana", "")).sequence()).isEqualTo(2);
    }

    @Test
    void entriesRecordedInACommittedOuterTransactionAreKept() {
        database.run(tx -> {
            audit.record(AuditEvent.success("ana", "user.create", "user:ben", ""));
            audit.record(AuditEvent.success("ana", "user.disable", "user:ben", ""));
        });

        assertThat(audit.page(AuditQuery.latest(10))).extracting(AuditEntry::action).containsExactly("user.disable", "user.create");
        assertThat(audit.verify()).isEqualTo(AuditVerification.ok(2));
    }

    @Test
    void aSecondStartOnTheSameDatabaseContinuesTheChain() {
        recordMany(3);
        AuditLogImpl restarted = new AuditLogImpl(database);

        assertThat(restarted.record(AuditEvent.success("ana", "auth.login", "", "")).sequence()).isEqualTo(4);
        assertThat(restarted.verify()).isEqualTo(AuditVerification.ok(4));
    }

    @Test
    void theHashEncodingCannotBeShiftedBetweenFields() {
        String prev = ChainHash.GENESIS;
        assertThat(ChainHash.of(prev, 1, 0, "ab", "c.d", "", "SUCCESS", ""))
                .isNotEqualTo(ChainHash.of(prev, 1, 0, "a", "bc.d", "", "SUCCESS", ""));
        assertThat(ChainHash.of(prev, 1, 0, "ana", "a.b", "x", "SUCCESS", ""))
                .isNotEqualTo(ChainHash.of(prev, 1, 0, "ana", "a.b", "", "SUCCESS", "x"));
    }
}
