package org.amparo.cases.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.amparo.names.NameKeys;
import org.amparo.names.Transliteration;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;

/**
 * Diagnosis for issue 4: the caseworker's name search of {@code CaseServiceImpl.search} as SQL,
 * the single statement it was before the scale work and two other shapes of it, timed over the
 * database that {@link IdentificationBenchmark} built (SYNTHETIC, FICTIONAL population). The indexes
 * the shapes need are those of migration V004 of the cases schema. Nothing here changes the services. Run (after
 * the benchmark has built its database):
 * {@code cd bundles && mvn -o test -pl org.amparo.cases -Damparo.benchmark=true -Dgroups=benchmark -Dtest=SearchQueryShapes -Dsurefire.failIfNoSpecifiedTests=false}
 * Results: {@code target/benchmarks/search-shapes.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "amparo.benchmark", matches = "true")
class SearchQueryShapes {
    private static final int PAGE = 26;
    /**
     * Indexes the shapes needed beyond the schema; none since migration V004 of the cases schema
     * made them (the search of {@code CaseServiceImpl} now uses shape B's indexes, see {@code CaseSearch}).
     */
    private static final String[] INDEXES = {};

    private final Path db = Path.of(System.getProperty("amparo.bench.db", "target/benchmarks/identification-db")).toAbsolutePath();
    private final int samples = Integer.getInteger("amparo.bench.shapeSamples", 40);

    /** A caseworker and a name to search. */
    private record Sample(long org, String user, Set<String> keys) {
    }

    @Test
    void searchShapes() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        StringBuilder report = new StringBuilder("load average before: " + Files.readString(Path.of("/proc/loadavg")).strip() + "\n");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            List<Sample> list = samples(c);
            report.append(String.format(Locale.ROOT, "%-62s %7s %8s %8s %8s%n", "shape", "samples", "p50_ms", "p95_ms", "max_ms"));
            time(report, "today's statement (3 samples: seconds each)", c, list.subList(0, 3), this::today);
            for (String index : INDEXES) {
                long t = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    s.execute(index);
                }
                c.commit();
                report.append(String.format(Locale.ROOT, "%s: %d s%n", index, (System.nanoTime() - t) / 1_000_000_000L));
            }
            try {
                time(report, "A: visible ids as a UNION derived table, EXISTS on the name", c, list, this::unionExists);
                time(report, "B: visible (id, person) newest first, names checked 200 at a time", c, list, this::twoSteps);
            } finally {
                for (String index : INDEXES) {
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP INDEX cases." + index.split(" ")[2]);
                    }
                }
                c.commit();
            }
        }
        report.append("load average after: ").append(Files.readString(Path.of("/proc/loadavg")).strip()).append('\n');
        Path out = Path.of("target", "benchmarks", "search-shapes.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        LoggerFactory.getLogger(SearchQueryShapes.class).info("\n{}", report);
    }

    private List<Sample> samples(Connection c) throws SQLException {
        SplittableRandom random = new SplittableRandom(5);
        List<Sample> list = new ArrayList<>();
        try (PreparedStatement range = c.prepareStatement("SELECT MIN(id), MAX(id) FROM cases.case_file");
                PreparedStatement one = c.prepareStatement("""
                        SELECT c.organisation_id, c.assigned_to, n.original FROM cases.case_file c
                        JOIN cases.person_name n ON n.person_id = c.person_id AND n.position = 0 WHERE c.id = ?""")) {
            long min;
            long max;
            try (ResultSet rs = range.executeQuery()) {
                rs.next();
                min = rs.getLong(1);
                max = rs.getLong(2);
            }
            while (list.size() < samples) {
                one.setLong(1, min + random.nextLong(max - min + 1));
                try (ResultSet rs = one.executeQuery()) {
                    if (rs.next()) {
                        // half the time the full name, else one word of it: what CaseServiceImpl.search turns into keys
                        String name = rs.getString(3);
                        String[] words = name.split(" ");
                        String query = random.nextBoolean() ? name : words[random.nextInt(words.length)];
                        Set<String> keys = new LinkedHashSet<>(NameKeys.of(query));
                        keys.addAll(NameKeys.of(Transliteration.toLatin(query)));
                        keys.removeIf(String::isEmpty);
                        if (!keys.isEmpty()) {
                            list.add(new Sample(rs.getLong(1), rs.getString(2), keys));
                        }
                    }
                }
            }
        }
        c.commit();
        return list;
    }

    private interface Shape {
        int run(Connection c, Sample s) throws SQLException;
    }

    private void time(StringBuilder report, String name, Connection c, List<Sample> list, Shape shape) throws SQLException {
        shape.run(c, list.get(0));
        long[] nanos = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            long t = System.nanoTime();
            shape.run(c, list.get(i));
            nanos[i] = System.nanoTime() - t;
            c.commit();
        }
        Arrays.sort(nanos);
        report.append(String.format(Locale.ROOT, "%-62s %7d %8.1f %8.1f %8.1f%n", name, nanos.length,
                IdentificationBenchmark.pct(nanos, 0.5), IdentificationBenchmark.pct(nanos, 0.95), nanos[nanos.length - 1] / 1e6));
    }

    private static String likes(String column, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> column + " LIKE ? ESCAPE '!'")
                .collect(Collectors.joining(" OR "));
    }

    private static int bindKeys(PreparedStatement ps, int from, Set<String> keys) throws SQLException {
        int i = from;
        for (String k : keys) {
            ps.setString(i++, k.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return i;
    }

    private static int count(PreparedStatement ps) throws SQLException {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    /** CaseServiceImpl.search for a caseworker with a name, as it is. */
    private int today(Connection c, Sample s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.* FROM cases.case_file c WHERE ((c.organisation_id = ? AND "
                + "(c.created_by = ? OR c.assigned_to = ?)) OR c.id IN (SELECT e.case_id FROM cases.emergency_access e "
                + "WHERE e.username = ? AND e.expires_at > ?)) AND c.person_id IN (SELECT k.person_id FROM cases.name_key k WHERE "
                + likes("k.name_key", s.keys().size()) + ") ORDER BY c.id DESC OFFSET 0 ROWS FETCH NEXT " + PAGE + " ROWS ONLY")) {
            ps.setLong(1, s.org());
            ps.setString(2, s.user());
            ps.setString(3, s.user());
            ps.setString(4, s.user());
            ps.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
            bindKeys(ps, 6, s.keys());
            return count(ps);
        }
    }

    private int unionExists(Connection c, Sample s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.* FROM (SELECT id FROM cases.case_file WHERE organisation_id = ? "
                + "AND created_by = ? UNION SELECT id FROM cases.case_file WHERE organisation_id = ? AND assigned_to = ? "
                + "UNION SELECT case_id FROM cases.emergency_access WHERE username = ? AND expires_at > ?) v (vid), "
                + "cases.case_file c WHERE c.id = v.vid AND EXISTS (SELECT 1 FROM cases.name_key k WHERE k.person_id = c.person_id "
                + "AND (" + likes("k.name_key", s.keys().size()) + ")) ORDER BY c.id DESC OFFSET 0 ROWS FETCH NEXT " + PAGE
                + " ROWS ONLY")) {
            ps.setLong(1, s.org());
            ps.setString(2, s.user());
            ps.setLong(3, s.org());
            ps.setString(4, s.user());
            ps.setString(5, s.user());
            ps.setTimestamp(6, new Timestamp(System.currentTimeMillis()));
            bindKeys(ps, 7, s.keys());
            return count(ps);
        }
    }

    /**
     * The visible cases' ids and persons from two covering indexes, newest first; then their names
     * checked through the (person_id, name_key) index, 200 persons a statement, until a page is full.
     * The page's rows would then be read by primary key.
     */
    private int twoSteps(Connection c, Sample s) throws SQLException {
        List<long[]> visible = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, person_id FROM cases.case_file WHERE created_by = ? AND "
                + "organisation_id = ? UNION SELECT id, person_id FROM cases.case_file WHERE assigned_to = ? AND organisation_id = ? "
                + "UNION SELECT c.id, c.person_id FROM cases.emergency_access e JOIN cases.case_file c ON c.id = e.case_id "
                + "WHERE e.username = ? AND e.expires_at > ? ORDER BY 1 DESC")) {
            ps.setString(1, s.user());
            ps.setLong(2, s.org());
            ps.setString(3, s.user());
            ps.setLong(4, s.org());
            ps.setString(5, s.user());
            ps.setTimestamp(6, new Timestamp(System.currentTimeMillis()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visible.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        int found = 0;
        for (int from = 0; from < visible.size() && found < PAGE; from += 200) {
            List<long[]> batch = visible.subList(from, Math.min(visible.size(), from + 200));
            String in = batch.stream().map(v -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT person_id FROM cases.name_key WHERE person_id IN (" + in
                    + ") AND (" + likes("name_key", s.keys().size()) + ")")) {
                int i = 1;
                for (long[] v : batch) {
                    ps.setLong(i++, v[1]);
                }
                bindKeys(ps, i, s.keys());
                Set<Long> persons = new java.util.HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        persons.add(rs.getLong(1));
                    }
                }
                for (long[] v : batch) {
                    if (found < PAGE && persons.contains(v[1])) {
                        found++;
                    }
                }
            }
        }
        return found;
    }
}
