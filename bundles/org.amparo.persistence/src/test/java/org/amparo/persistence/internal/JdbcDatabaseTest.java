package org.amparo.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.amparo.persistence.AppliedMigration;
import org.amparo.persistence.DuplicateKeyException;
import org.amparo.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class JdbcDatabaseTest {
    private final JdbcDatabase db = DerbyFixture.newDatabase();

    @Test
    void appliesMigrationsInOrderExactlyOnce() {
        assertThat(db.migrate("ptest", getClass())).isEqualTo(3);
        assertThat(db.migrate("ptest", getClass())).isZero();
        assertThat(db.history("ptest")).extracting(AppliedMigration::version).containsExactly(1, 2, 3);
        assertThat(db.history("ptest")).extracting(AppliedMigration::description)
                .containsExactly("people table for the migration test", "add a flag", "binary content in the portable type word");
        // V002 added a column with a default: the schema is at version 2
        db.run(tx -> tx.update("INSERT INTO ptest.item (name) VALUES (?)", "a"));
        Optional<Boolean> active = db.inTransaction(tx -> tx.queryOne("SELECT active FROM ptest.item", r -> r.getBoolean("active")));
        assertThat(active).contains(true);
    }

    @Test
    void binaryContentRoundTripsThroughThePortableBlobType() {
        db.migrate("ptest", getClass());
        byte[] data = new byte[3 * 1024 * 1024];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + (i >>> 8));
        }
        db.run(tx -> tx.update("INSERT INTO ptest.content (id, data) VALUES (?, ?)", 1, data));
        byte[] read = db.inTransaction(tx -> tx.queryOne("SELECT data FROM ptest.content WHERE id = ?",
                r -> r.getBytes("data"), 1)).orElseThrow();
        assertThat(read).isEqualTo(data);
        assertThat(new Migrator(db).withTypes("x ${blob} y")).isEqualTo("x BLOB y");
    }

    @Test
    void refusesAMigrationChangedAfterItWasApplied() {
        db.migrate("ptest", getClass());
        db.run(tx -> tx.update("UPDATE amparo.schema_history SET checksum = 'x' WHERE version = 1"));
        assertThatThrownBy(() -> db.migrate("ptest", getClass()))
                .isInstanceOf(PersistenceException.class)
                .extracting(e -> ((PersistenceException) e).messageKey()).isEqualTo("error.database.migrationAltered");
    }

    @Test
    void aFailingMigrationLeavesNothingBehind() {
        assertThatThrownBy(() -> db.migrate("broken", getClass())).isInstanceOf(PersistenceException.class);
        assertThat(db.history("broken")).isEmpty();
        // the schema created by the first statement was rolled back with the rest
        assertThatThrownBy(() -> db.run(tx -> tx.queryLong("SELECT COUNT(*) FROM broken.t"))).isInstanceOf(PersistenceException.class);
    }

    @Test
    void rollsBackWhenWorkThrowsAndJoinsNestedWork() {
        db.migrate("ptest", getClass());
        assertThatThrownBy(() -> db.run(tx -> {
            tx.update("INSERT INTO ptest.item (name) VALUES (?)", "first");
            db.run(inner -> inner.update("INSERT INTO ptest.item (name) VALUES (?)", "nested"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        long count = db.inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM ptest.item"));
        assertThat(count).isZero();
    }

    @Test
    void bindsTypesAndReportsDuplicatesWithoutQuotingValues() {
        db.migrate("ptest", getClass());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = db.inTransaction(tx -> tx.insertReturningKey("INSERT INTO ptest.item (name, created_at) VALUES (?, ?)", "Amina", now));
        assertThat(id).isPositive();
        Optional<Instant> created = db.inTransaction(tx -> tx.queryOne("SELECT created_at FROM ptest.item WHERE id = ?", r -> r.getInstant("created_at"), id));
        assertThat(created).contains(now);
        db.run(tx -> tx.update("INSERT INTO ptest.item (name, created_at) VALUES (?, ?)", "other", null));
        assertThatThrownBy(() -> db.run(tx -> tx.update("INSERT INTO ptest.item (name) VALUES (?)", "Amina")))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageNotContaining("Amina");
    }

    @Test
    void splitsStatementsOnLineEndingSemicolons() {
        assertThat(Migrator.statements("-- c\nCREATE TABLE a (x VARCHAR(3) DEFAULT ';');\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x VARCHAR(3) DEFAULT ';')", "CREATE TABLE b (y INT)");
    }

    @Test
    void namesTheDatabaseProduct() {
        assertThat(db.product()).startsWith("Apache Derby");
    }
}
