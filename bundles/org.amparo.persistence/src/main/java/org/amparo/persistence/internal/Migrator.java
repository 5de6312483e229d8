package org.amparo.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.amparo.persistence.AppliedMigration;
import org.amparo.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each bundle's numbered SQL migrations once, in order, and records them in
 * {@code amparo.schema_history}. A small mechanism instead of a migration library: see
 * docs/decisions/0003-own-migrations.md for why.
 */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(?:\\r?\\n|$)");

    private final JdbcDatabase database;

    Migrator(JdbcDatabase database) {
        this.database = database;
    }

    synchronized int migrate(String schema, Class<?> owner) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new PersistenceException("error.database.schemaName", schema);
        }
        ensureHistoryTable();
        List<AppliedMigration> applied = history(schema);
        int count = 0;
        for (int version = 1; ; version++) {
            Optional<String> text = load(owner, schema, version);
            if (text.isEmpty()) {
                break;
            }
            String sql = text.get();
            String checksum = sha256(sql);
            int v = version;
            Optional<AppliedMigration> done = applied.stream().filter(m -> m.version() == v).findFirst();
            if (done.isPresent()) {
                if (!done.get().checksum().equals(checksum)) {
                    throw new PersistenceException("error.database.migrationAltered", schema, version);
                }
                continue;
            }
            apply(schema, version, withTypes(sql), checksum);
            count++;
        }
        if (count > 0) {
            LOG.info("Schema {}: applied {} migration(s)", schema, count);
        }
        return count;
    }

    /** The type word {@value #BLOB} in a migration: binary content of any length. */
    static final String BLOB = "${blob}";

    /**
     * Replaces the portable type words by this database's types ({@code ${blob}}: {@code BLOB} on
     * Derby, {@code BYTEA} on PostgreSQL). The checksum is of the text as shipped, so a migration
     * applied on one database is recognised on the other.
     */
    String withTypes(String sql) {
        if (!sql.contains(BLOB)) {
            return sql;
        }
        return sql.replace(BLOB, database.productName().contains("postgres") ? "BYTEA" : "BLOB");
    }

    List<AppliedMigration> history(String schema) {
        ensureHistoryTable();
        return database.inTransaction(tx -> tx.query("""
                SELECT schema_name, version, description, checksum, applied_at
                FROM amparo.schema_history WHERE schema_name = ? ORDER BY version
                """, row -> new AppliedMigration(row.getString("schema_name"), row.getInt("version"),
                row.getString("description"), row.getString("checksum"), row.getInstant("applied_at")), schema));
    }

    private void apply(String schema, int version, String sql, String checksum) {
        database.run(tx -> {
            JdbcTransaction jdbc = (JdbcTransaction) tx;
            for (String statement : statements(sql)) {
                jdbc.execute(statement);
            }
            tx.update("""
                    INSERT INTO amparo.schema_history (schema_name, version, description, checksum, applied_at)
                    VALUES (?, ?, ?, ?, ?)
                    """, schema, version, description(sql), checksum, Instant.now());
        });
    }

    private void ensureHistoryTable() {
        boolean exists = database.inTransaction(tx -> historyTableExists(((JdbcTransaction) tx).connection()));
        if (!exists) {
            database.run(tx -> {
                JdbcTransaction jdbc = (JdbcTransaction) tx;
                jdbc.execute("CREATE SCHEMA amparo");
                jdbc.execute("""
                        CREATE TABLE amparo.schema_history (
                            schema_name VARCHAR(30) NOT NULL,
                            version INTEGER NOT NULL,
                            description VARCHAR(200) NOT NULL,
                            checksum VARCHAR(64) NOT NULL,
                            applied_at TIMESTAMP NOT NULL,
                            PRIMARY KEY (schema_name, version))""");
            });
        }
    }

    /** Looks the table up in the catalogue: Derby keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static boolean historyTableExists(java.sql.Connection connection) {
        try {
            java.sql.DatabaseMetaData meta = connection.getMetaData();
            for (String[] name : new String[][] {{"AMPARO", "SCHEMA_HISTORY"}, {"amparo", "schema_history"}}) {
                try (java.sql.ResultSet tables = meta.getTables(null, name[0], name[1], null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (java.sql.SQLException e) {
            throw JdbcTransaction.translate(e);
        }
    }

    static List<String> statements(String sql) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\\r?\\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> result = new ArrayList<>();
        for (String part : STATEMENT_END.split(withoutComments)) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }

    static String description(String sql) {
        String first = sql.lines().findFirst().orElse("").strip();
        String text = first.startsWith("--") ? first.substring(2).strip() : "";
        return text.isEmpty() ? "(no description)" : text.substring(0, Math.min(200, text.length()));
    }

    private static Optional<String> load(Class<?> owner, String schema, int version) {
        String name = String.format("/db/%s/V%03d.sql", schema, version);
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PersistenceException("error.database.migrationUnreadable", schema, version);
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
