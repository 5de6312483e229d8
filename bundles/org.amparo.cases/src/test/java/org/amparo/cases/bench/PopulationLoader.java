package org.amparo.cases.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.bench.SyntheticPopulation.GivenName;
import org.amparo.cases.bench.SyntheticPopulation.SyntheticCase;
import org.amparo.cases.bench.SyntheticPopulation.SyntheticPerson;
import org.amparo.cases.internal.PersonServiceImpl;
import org.amparo.names.NameKeys;
import org.amparo.names.Transliteration;

/**
 * Bulk-loads a {@link SyntheticPopulation} (SYNTHETIC, FICTIONAL data) straight into the
 * {@code cases} schema with JDBC batches, a chunk of persons per transaction: persons, their names,
 * name keys and consent to registration; their cases with flags, status history, notes and tasks.
 * The case numbering sequence is moved past the numbers used.
 *
 * <p>Names are completed and keyed exactly as {@code PersonServiceImpl} does at registration,
 * through the same library calls as the platform's {@code NamesLibraryMatcher}: a missing Latin form
 * is {@link Transliteration#toLatin(String)} of the name as given, and the keys are the union of
 * {@link NameKeys#of(String)} of both forms of every name. {@link IdentificationBenchmark} checks this
 * against the real service. Nothing is audited (an import, not user actions).
 */
final class PopulationLoader {
    static final int CHUNK = 5_000;
    private static final String CLOSURE = "Synthetic benchmark data: case closed.";

    private final Map<String, String> latin = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> sequence = new HashMap<>();
    long personRows;
    long nameKeyRows;
    long caseRows;
    long noteRows;
    long taskRows;

    /** The Latin form the service stores for a name: as typed, or the suggested transliteration. */
    String latinOf(GivenName name) {
        return name.latin().isEmpty() ? latin.computeIfAbsent(name.original(), Transliteration::toLatin) : name.latin();
    }

    /** The name keys the service stores for a person: those of the names, and with the year of birth. */
    Set<String> keysOf(SyntheticPerson person) {
        Set<String> all = new TreeSet<>();
        for (GivenName name : person.names()) {
            all.addAll(keys.computeIfAbsent(name.original(), NameKeys::of));
            all.addAll(keys.computeIfAbsent(latinOf(name), NameKeys::of));
        }
        return PersonServiceImpl.storedKeys(all, person.dateOfBirth());
    }

    /**
     * Loads persons {@code from} (inclusive) to {@code to} (exclusive), committing every
     * {@link #CHUNK}; the next chunk is generated on another thread while one is written.
     */
    void load(Connection c, SyntheticPopulation population, int from, int to, LongConsumer progress) throws SQLException {
        c.setAutoCommit(false);
        readSequence(c);
        ExecutorService generator = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-generator"));
        try {
            Future<List<Generated>> next = generator.submit(() -> generate(population, from, Math.min(to, from + CHUNK)));
            for (int start = from; start < to; start += CHUNK) {
                List<Generated> chunk = next.get();
                int following = start + CHUNK;
                if (following < to) {
                    next = generator.submit(() -> generate(population, following, Math.min(to, following + CHUNK)));
                }
                write(c, chunk);
                c.commit();
                progress.accept(Math.min(to, start + CHUNK) - from);
            }
            writeSequence(c);
            c.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            generator.shutdownNow();
        }
    }

    /** A generated person with what the service would have computed for it. */
    private record Generated(SyntheticPerson person, List<String> latin, Set<String> keys) {
    }

    private List<Generated> generate(SyntheticPopulation population, int from, int to) {
        List<Generated> chunk = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            SyntheticPerson p = population.person(i);
            chunk.add(new Generated(p, p.names().stream().map(this::latinOf).toList(), keysOf(p)));
        }
        return chunk;
    }

    private void write(Connection c, List<Generated> chunk) throws SQLException {
        long lastPerson = maxId(c, "cases.person");
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO cases.person (organisation_id, created_by, created_at, sex, gender_identity, date_of_birth,
                    dob_estimated, claimed_age, documented_dob, assessed_min_age, assessed_max_age, assessment_method,
                    assessed_on, assessed_by, nationality, languages, location_country, location_division, location_path,
                    contact)
                VALUES (?, ?, ?, ?, '', ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, ?, ?, '', '', '', '')
                """)) {
            for (Generated g : chunk) {
                SyntheticPerson p = g.person();
                ps.setLong(1, p.organisation().id());
                ps.setString(2, p.createdBy());
                ps.setTimestamp(3, Timestamp.from(p.createdAt()));
                ps.setString(4, p.sex().name());
                if (p.dateOfBirth() == null) {
                    ps.setNull(5, Types.DATE);
                } else {
                    ps.setDate(5, Date.valueOf(p.dateOfBirth()));
                }
                ps.setBoolean(6, p.dateOfBirthEstimated());
                if (p.claimedAge() == null) {
                    ps.setNull(7, Types.INTEGER);
                } else {
                    ps.setInt(7, p.claimedAge());
                }
                ps.setString(8, p.nationality());
                ps.setString(9, p.language());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        long[] ids = idsAfter(c, "cases.person", lastPerson, chunk.size());
        personRows += chunk.size();
        try (PreparedStatement names = c.prepareStatement(
                "INSERT INTO cases.person_name (person_id, position, original, latin) VALUES (?, ?, ?, ?)");
                PreparedStatement keyRows = c.prepareStatement("INSERT INTO cases.name_key (name_key, person_id) VALUES (?, ?)");
                PreparedStatement consent = c.prepareStatement("""
                        INSERT INTO cases.consent (person_id, organisation_id, purpose, given, method, language, decided_on,
                            sharing_with, recorded_by, recorded_at)
                        VALUES (?, ?, 'REGISTRATION', TRUE, 'WRITTEN', ?, ?, '', ?, ?)
                        """)) {
            for (int i = 0; i < chunk.size(); i++) {
                Generated g = chunk.get(i);
                SyntheticPerson p = g.person();
                for (int n = 0; n < p.names().size(); n++) {
                    names.setLong(1, ids[i]);
                    names.setInt(2, n);
                    names.setString(3, p.names().get(n).original());
                    names.setString(4, g.latin().get(n));
                    names.addBatch();
                }
                for (String key : g.keys()) {
                    keyRows.setString(1, key);
                    keyRows.setLong(2, ids[i]);
                    keyRows.addBatch();
                    nameKeyRows++;
                }
                consent.setLong(1, ids[i]);
                consent.setLong(2, p.organisation().id());
                consent.setString(3, p.language());
                consent.setDate(4, Date.valueOf(LocalDate.ofInstant(p.createdAt(), ZoneOffset.UTC)));
                consent.setString(5, p.createdBy());
                consent.setTimestamp(6, Timestamp.from(p.createdAt()));
                consent.addBatch();
            }
            names.executeBatch();
            keyRows.executeBatch();
            consent.executeBatch();
        }
        writeCases(c, chunk, ids);
    }

    private void writeCases(Connection c, List<Generated> chunk, long[] personIds) throws SQLException {
        long lastCase = maxId(c, "cases.case_file");
        List<SyntheticPerson> withCase = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO cases.case_file (case_number, person_id, organisation_id, status, closure_reason, created_by,
                    assigned_to, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (int i = 0; i < chunk.size(); i++) {
                SyntheticPerson p = chunk.get(i).person();
                SyntheticCase k = p.caseFile();
                if (k == null) {
                    continue;
                }
                withCase.add(p);
                int year = LocalDate.ofInstant(k.createdAt(), ZoneOffset.UTC).getYear();
                int number = sequence.merge(year, 1, Integer::sum);
                ps.setString(1, String.format(java.util.Locale.ROOT, "%d-%06d", year, number));
                ps.setLong(2, personIds[i]);
                ps.setLong(3, p.organisation().id());
                ps.setString(4, k.status().name());
                ps.setString(5, k.status() == CaseStatus.CLOSED ? CLOSURE : "");
                ps.setString(6, p.createdBy());
                ps.setString(7, k.assignedTo());
                ps.setTimestamp(8, Timestamp.from(k.createdAt()));
                ps.setTimestamp(9, Timestamp.from(updated(k)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (withCase.isEmpty()) {
            return;
        }
        long[] caseIds = idsAfter(c, "cases.case_file", lastCase, withCase.size());
        caseRows += withCase.size();
        try (PreparedStatement flags = c.prepareStatement("INSERT INTO cases.case_flag (case_id, flag) VALUES (?, ?)");
                PreparedStatement history = c.prepareStatement("""
                        INSERT INTO cases.status_history (case_id, from_status, to_status, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?)""");
                PreparedStatement notes = c.prepareStatement(
                        "INSERT INTO cases.note (case_id, author, created_at, body) VALUES (?, ?, ?, ?)");
                PreparedStatement tasks = c.prepareStatement("""
                        INSERT INTO cases.task (case_id, title, due_on, created_by, created_at, done_at, done_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < withCase.size(); i++) {
                SyntheticPerson p = withCase.get(i);
                SyntheticCase k = p.caseFile();
                long id = caseIds[i];
                for (CaseFlag flag : k.flags()) {
                    flags.setLong(1, id);
                    flags.setString(2, flag.name());
                    flags.addBatch();
                }
                history.setLong(1, id);
                history.setNull(2, Types.VARCHAR);
                history.setString(3, CaseStatus.IDENTIFICATION.name());
                history.setString(4, p.createdBy());
                history.setTimestamp(5, Timestamp.from(k.createdAt()));
                history.addBatch();
                if (k.status() != CaseStatus.IDENTIFICATION) {
                    history.setLong(1, id);
                    history.setString(2, CaseStatus.IDENTIFICATION.name());
                    history.setString(3, k.status().name());
                    history.setString(4, k.assignedTo());
                    history.setTimestamp(5, Timestamp.from(updated(k)));
                    history.addBatch();
                }
                for (int n = 0; n < k.notes().size(); n++) {
                    notes.setLong(1, id);
                    notes.setString(2, k.assignedTo());
                    notes.setTimestamp(3, Timestamp.from(k.createdAt().plusSeconds(3600L * 24 * (n + 1))));
                    notes.setString(4, k.notes().get(n));
                    notes.addBatch();
                    noteRows++;
                }
                for (int t = 0; t < k.taskDueDates().size(); t++) {
                    LocalDate due = k.taskDueDates().get(t);
                    boolean open = t < k.openTasks();
                    tasks.setLong(1, id);
                    tasks.setString(2, "Synthetic benchmark task " + (t + 1));
                    tasks.setDate(3, Date.valueOf(due));
                    tasks.setString(4, p.createdBy());
                    tasks.setTimestamp(5, Timestamp.from(k.createdAt()));
                    if (open) {
                        tasks.setNull(6, Types.TIMESTAMP);
                        tasks.setNull(7, Types.VARCHAR);
                    } else {
                        tasks.setTimestamp(6, Timestamp.from(due.atStartOfDay().toInstant(ZoneOffset.UTC)));
                        tasks.setString(7, k.assignedTo());
                    }
                    tasks.addBatch();
                    taskRows++;
                }
            }
            flags.executeBatch();
            history.executeBatch();
            notes.executeBatch();
            tasks.executeBatch();
        }
        // the search's derived rows (cases migration V006), as CaseNameKeys derives them
        try (PreparedStatement derive = c.prepareStatement("""
                INSERT INTO cases.case_name_key (case_id, name_key, person_id, organisation_id, created_by, assigned_to)
                SELECT c.id, k.name_key, c.person_id, c.organisation_id, c.created_by, c.assigned_to
                FROM cases.case_file c JOIN cases.name_key k ON k.person_id = c.person_id
                WHERE k.name_key NOT LIKE 'n:%' AND k.name_key NOT LIKE 'd:%' AND c.id > ?""")) {
            derive.setLong(1, lastCase);
            derive.executeUpdate();
        }
    }

    private static Instant updated(SyntheticCase k) {
        return k.createdAt().plusSeconds(3600L * 24 * (1 + k.notes().size()));
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The ids given to the last {@code count} rows inserted by this (only) writer, in insertion order. */
    private static long[] idsAfter(Connection c, String table, long after, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE id > ? ORDER BY id")) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    if (n == count) {
                        throw new IllegalStateException("another writer inserted into " + table + " during the load");
                    }
                    ids[n++] = rs.getLong(1);
                }
                if (n != count) {
                    throw new IllegalStateException("expected " + count + " new rows in " + table + ", found " + n);
                }
            }
        }
        return ids;
    }

    private void readSequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT case_year, last_value FROM cases.case_sequence")) {
            while (rs.next()) {
                sequence.put(rs.getInt(1), rs.getInt(2));
            }
        }
    }

    private void writeSequence(Connection c) throws SQLException {
        for (Map.Entry<Integer, Integer> e : sequence.entrySet()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE cases.case_sequence SET last_value = ? WHERE case_year = ?")) {
                update.setInt(1, e.getValue());
                update.setInt(2, e.getKey());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO cases.case_sequence (case_year, last_value) VALUES (?, ?)")) {
                        insert.setInt(1, e.getKey());
                        insert.setInt(2, e.getValue());
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    /** Derby's optimiser statistics for the loaded tables, as its own background task would keep them. */
    static void updateStatistics(Connection c) throws SQLException {
        for (String table : List.of("PERSON", "PERSON_NAME", "NAME_KEY", "CONSENT", "CASE_FILE", "CASE_FLAG", "STATUS_HISTORY",
                "NOTE", "TASK", "CASE_NAME_KEY")) {
            try (PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('CASES', ?, NULL)")) {
                ps.setString(1, table);
                ps.execute();
            }
        }
        c.commit();
    }

    String summary() {
        return String.format(java.util.Locale.ROOT, "persons=%d name_keys=%d cases=%d notes=%d tasks=%d distinct_names=%d",
                personRows, nameKeyRows, caseRows, noteRows, taskRows, keys.size());
    }
}
