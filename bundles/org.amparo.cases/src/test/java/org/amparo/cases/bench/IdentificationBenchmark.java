package org.amparo.cases.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseView;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.DuplicateCandidate;
import org.amparo.cases.Name;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.cases.bench.SyntheticPopulation.Organisation;
import org.amparo.cases.bench.SyntheticPopulation.SyntheticPerson;
import org.amparo.security.Role;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identification at scale (issue 4): a SYNTHETIC population of 1,000,000 FICTIONAL persons in four
 * organisations (names in Arabic, Latin, Cyrillic and Lao script, about half with a case) in an
 * on-disk embedded Derby database, and the latencies of the duplicate check, the name search, the
 * case list and the case page through the real {@code PersonServiceImpl} and {@code CaseServiceImpl}
 * (each call its own transaction, audited, as in the platform). Not part of the pass/fail suite:
 * runs only with {@code -Damparo.benchmark=true}. The database is built once (about 20 minutes on 2
 * cores) and reused while {@code amparo.bench.persons} and {@code amparo.bench.seed} are unchanged.
 * Results go to {@code target/benchmarks/identification.txt} and docs/benchmarks.md. Run:
 * {@code cd bundles && mvn -o test -pl org.amparo.cases -Damparo.benchmark=true -Dgroups=benchmark -Dtest=IdentificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 *
 * <p>Properties: {@code amparo.bench.persons} (1000000), {@code amparo.bench.seed} (42),
 * {@code amparo.bench.db} (target/benchmarks/identification-db), {@code amparo.bench.samples}
 * (1000 a measurement, fewer if {@code amparo.bench.seconds}, 150 by default, run out).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "amparo.benchmark", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentificationBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(IdentificationBenchmark.class);
    /** Calls not counted at the start of a measurement: this many, or those of the first 20 s. */
    static final int WARM_UP = 50;
    static final long WARM_UP_NANOS = 20_000_000_000L;
    static final ConsentDecision CONSENT = new ConsentDecision(EnumSet.of(ConsentPurpose.REGISTRATION, ConsentPurpose.ASSISTANCE),
            Set.of(), ConsentMethod.WRITTEN, "ar", LocalDate.now(ZoneOffset.UTC), true);

    private final int persons = Integer.getInteger("amparo.bench.persons", 1_000_000);
    private final long seed = Long.getLong("amparo.bench.seed", 42);
    private final int samples = Integer.getInteger("amparo.bench.samples", 1000);
    private final long budgetNanos = Long.getLong("amparo.bench.seconds", 150) * 1_000_000_000L;
    /** Parts of the names of the measurements to make (all when empty): {@code -Damparo.bench.only=search,case page}. */
    private static final List<String> only = java.util.Arrays.stream(System.getProperty("amparo.bench.only", "").split(","))
            .map(String::strip).filter(p -> !p.isEmpty()).toList();
    private final Path db = Path.of(System.getProperty("amparo.bench.db", "target/benchmarks/identification-db")).toAbsolutePath();

    /**
     * The loader stores what the service would: registers synthetic persons through the real
     * {@code PersonServiceImpl} into an in-memory database and compares names and name keys.
     */
    @Test
    @Order(1)
    void loaderStoresWhatTheServiceStores() throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:bench-check-" + System.nanoTime());
        ds.setCreateDatabase("create");
        BenchServices services = new BenchServices(ds);
        long org = services.organisations.create("CHECK", "Check (fictional)", "", true, "bench").id();
        SyntheticPopulation population = new SyntheticPopulation(seed, 2000,
                List.of(new Organisation(org, List.of("bench.check"), 1)), LocalDate.now(ZoneOffset.UTC));
        PopulationLoader loader = new PopulationLoader();
        Actor actor = new Actor("bench.check", org, Set.of(Role.CASEWORKER));
        try (Connection c = ds.getConnection()) {
            for (int i = 0; i < 2000; i += 7) {
                SyntheticPerson p = population.person(i);
                RegistrationResult result = services.persons.register(actor, new Registration(CONSENT, details(p), true));
                long id = ((RegistrationResult.Registered) result).person().id();
                assertThat(strings(c, "SELECT name_key FROM cases.name_key WHERE person_id = ?", id))
                        .as("keys of %s", p.names()).isEqualTo(loader.keysOf(p));
                assertThat(rows(c, "SELECT latin FROM cases.person_name WHERE person_id = ? ORDER BY position", id))
                        .as("Latin forms of %s", p.names())
                        .containsExactlyElementsOf(p.names().stream().map(loader::latinOf).toList());
            }
        }
    }

    @Test
    @Order(2)
    void identificationAtScale() throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        ds.setCreateDatabase("create");
        Path marker = db.resolveSibling(db.getFileName() + ".properties");
        Properties loaded = new Properties();
        if (Files.exists(marker)) {
            try (var in = Files.newBufferedReader(marker)) {
                loaded.load(in);
            }
        }
        String wanted = persons + "/" + seed;
        StringBuilder report = new StringBuilder();
        BenchServices services;
        if (!wanted.equals(loaded.getProperty("population")) || !Files.isDirectory(db)) {
            deleteRecursively(db);
            Files.deleteIfExists(marker);
            services = new BenchServices(ds);
            loaded = build(ds, services, report);
            try (var out = Files.newBufferedWriter(marker)) {
                loaded.store(out, "synthetic benchmark population (fictional)");
            }
        } else {
            services = new BenchServices(ds);
            report.append("database reused: ").append(db).append(" (").append(loaded.getProperty("load")).append(")\n");
        }
        long firstId = Long.parseLong(loaded.getProperty("firstPersonId"));
        List<Organisation> orgs = organisations(loaded);
        SyntheticPopulation population = new SyntheticPopulation(seed, persons, orgs, LocalDate.parse(loaded.getProperty("today")));
        Measurements m = new Measurements(services, ds, population, firstId);
        report.append(String.format(Locale.ROOT, "load average before: %s%n", loadBefore));
        report.append(String.format(Locale.ROOT, "%-44s %7s %8s %8s %8s %8s  %s%n", "operation", "samples", "p50_ms", "p95_ms",
                "p99_ms", "max_ms", "notes"));
        m.run(report);
        report.append(String.format(Locale.ROOT, "load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip()));
        Path out = Path.of("target", "benchmarks", "identification.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        LOG.info("\n{}", report);
        try {
            new EmbeddedDataSource() {
                {
                    setDatabaseName(db.toString());
                    setShutdownDatabase("shutdown");
                }
            }.getConnection();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
    }

    /** The benchmark's organisations: 40%, 25%, 20% and 15% of the persons, 50/30/20/15 caseworkers. */
    private Properties build(EmbeddedDataSource ds, BenchServices services, StringBuilder report) throws SQLException {
        Properties p = new Properties();
        String[] codes = {"BENCH-A", "BENCH-B", "BENCH-C", "BENCH-D"};
        int[] weights = {40, 25, 20, 15};
        int[] workers = {50, 30, 20, 15};
        for (int o = 0; o < codes.length; o++) {
            long id = services.organisations.create(codes[o], "Benchmark organisation " + (char) ('A' + o) + " (fictional)", "",
                    true, "bench").id();
            p.setProperty("org." + o, id + ":" + weights[o] + ":" + workers[o] + ":" + codes[o].toLowerCase(Locale.ROOT));
        }
        p.setProperty("today", LocalDate.now(ZoneOffset.UTC).toString());
        SyntheticPopulation population = new SyntheticPopulation(seed, persons, organisations(p), LocalDate.now(ZoneOffset.UTC));
        PopulationLoader loader = new PopulationLoader();
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            loader.load(c, population, 0, persons, done -> {
                if (done % 100_000 == 0) {
                    LOG.info("loaded {} persons in {} s", done, (System.nanoTime() - t0) / 1_000_000_000L);
                }
            });
            long loadedAt = System.nanoTime();
            PopulationLoader.updateStatistics(c);
            long statsAt = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) FROM cases.person")) {
                rs.next();
                p.setProperty("firstPersonId", Long.toString(rs.getLong(1)));
                assertThat(rs.getLong(2) - rs.getLong(1) + 1).as("contiguous person ids").isEqualTo(persons);
            }
            String load = String.format(Locale.ROOT, "%s; load %d s, statistics %d s", loader.summary(),
                    (loadedAt - t0) / 1_000_000_000L, (statsAt - loadedAt) / 1_000_000_000L);
            p.setProperty("load", load);
            p.setProperty("population", persons + "/" + seed);
            report.append("database built: ").append(db).append(" (").append(load).append(")\n");
            c.commit();
        }
        return p;
    }

    static List<Organisation> organisations(Properties p) {
        List<Organisation> orgs = new ArrayList<>();
        for (int o = 0; p.containsKey("org." + o); o++) {
            String[] f = p.getProperty("org." + o).split(":");
            String prefix = f[3];
            orgs.add(new Organisation(Long.parseLong(f[0]), IntStream.rangeClosed(1, Integer.parseInt(f[2]))
                    .mapToObj(i -> String.format(Locale.ROOT, "%s.cw%02d", prefix, i)).toList(), Integer.parseInt(f[1])));
        }
        return orgs;
    }

    static PersonDetails details(SyntheticPerson p) {
        return new PersonDetails(p.names().stream().map(n -> new Name(n.original(), n.latin())).toList(), p.sex(), "",
                p.dateOfBirth(), p.dateOfBirthEstimated(), p.claimedAge(), null, null, p.nationality(), List.of(p.language()),
                List.of(), "", "", "");
    }

    private static Set<String> strings(Connection c, String sql, long id) throws SQLException {
        return new TreeSet<>(rows(c, sql, id));
    }

    private static List<String> rows(Connection c, String sql, long id) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The measurements, each over its own random sample of existing data, after a warm-up. */
    private final class Measurements {
        private final BenchServices services;
        private final EmbeddedDataSource ds;
        private final SyntheticPopulation population;
        private final long firstId;
        private final SplittableRandom random = new SplittableRandom(7);

        Measurements(BenchServices services, EmbeddedDataSource ds, SyntheticPopulation population, long firstId) {
            this.services = services;
            this.ds = ds;
            this.population = population;
            this.firstId = firstId;
        }

        /** A case picked at random and who works on it. */
        private record CaseSample(long id, long personId, long org, String assignedTo, String name) {
        }

        void run(StringBuilder report) throws SQLException {
            int n = samples;
            List<CaseSample> cases = caseSamples(n + WARM_UP);
            // duplicate check of a stored person, by the caseworker who registered them
            List<long[]> personSamples = new ArrayList<>();
            List<Actor> personActors = new ArrayList<>();
            for (int i = 0; i < n + WARM_UP; i++) {
                int index = random.nextInt(population.size);
                SyntheticPerson p = population.person(index);
                personSamples.add(new long[] {firstId + index, p.duplicateOf() >= 0 ? firstId + p.duplicateOf() : -1});
                personActors.add(caseworker(p.createdBy(), p.organisation().id()));
            }
            int[] found = new int[2];
            measure(report, "PersonService.duplicates (stored person)", personSamples.size(), i -> {
                List<DuplicateCandidate> c = services.persons.duplicates(personActors.get(i), personSamples.get(i)[0]);
                if (personSamples.get(i)[1] >= 0) {
                    found[0]++;
                    found[1] += c.stream().anyMatch(d -> d.personId() == personSamples.get(i)[1]) ? 1 : 0;
                }
                return c.size();
            }, () -> String.format(Locale.ROOT, "planted re-registrations among samples: %d, original found: %d", found[0], found[1]));

            // registration of a re-spelt earlier person: the check that runs before a registration
            List<SyntheticPerson> again = new ArrayList<>();
            SyntheticPopulation later = new SyntheticPopulation(population.seed, Integer.MAX_VALUE, population.organisations,
                    population.today);
            for (int index = population.size; again.size() < n + WARM_UP; index++) {
                SyntheticPerson p = later.person(index);
                if (p.duplicateOf() >= 0 && p.duplicateOf() < population.size) {
                    again.add(p);
                }
            }
            int[] flagged = new int[2];
            measure(report, "PersonService.register (duplicate check)", again.size(), i -> {
                SyntheticPerson p = again.get(i);
                RegistrationResult r = services.persons.register(caseworker(p.createdBy(), p.organisation().id()),
                        new Registration(CONSENT, details(p), false));
                flagged[0]++;
                if (r instanceof RegistrationResult.PossibleDuplicates d
                        && d.candidates().stream().anyMatch(c -> c.personId() == firstId + p.duplicateOf())) {
                    flagged[1]++;
                }
                return r instanceof RegistrationResult.PossibleDuplicates d ? d.candidates().size() : -1;
            }, () -> String.format(Locale.ROOT, "re-registrations: %d, original among candidates: %d (others were registered)",
                    flagged[0], flagged[1]));

            // name search by a caseworker: the full name of a person of one of their cases
            int[] hits = new int[1];
            measure(report, "CaseService.search, full name (own case)", cases.size(), i -> {
                CaseSample c = cases.get(i);
                var page = services.cases.search(caseworker(c.assignedTo(), c.org()),
                        new CaseQuery(c.name(), null, null, null, null, false, 0, 25));
                hits[0] += page.items().stream().anyMatch(v -> v.id() == c.id()) ? 1 : 0;
                return page.items().size();
            }, () -> "case found in first page: " + hits[0]);
            // one word of a random person's name (a given or family name, any script)
            List<String> words = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                SyntheticPerson p = population.person(random.nextInt(population.size));
                String[] w = p.names().get(0).original().split(" ");
                words.add(w[random.nextInt(w.length)]);
            }
            measure(report, "CaseService.search, one name word", cases.size(), i -> {
                CaseSample c = cases.get(i);
                return services.cases.search(caseworker(c.assignedTo(), c.org()),
                        new CaseQuery(words.get(i), null, null, null, null, false, 0, 25)).items().size();
            }, () -> "");
            measure(report, "CaseService.search, 3-letter prefix", cases.size(), i -> {
                CaseSample c = cases.get(i);
                String w = words.get(i);
                return services.cases.search(caseworker(c.assignedTo(), c.org()),
                        new CaseQuery(w.substring(0, Math.min(3, w.length())), null, null, null, null, false, 0, 25))
                        .items().size();
            }, () -> "");
            measure(report, "CaseService.search, full name, supervisor", cases.size(), i -> {
                CaseSample c = cases.get(i);
                return services.cases.search(new Actor("bench.supervisor", c.org(), Set.of(Role.SUPERVISOR)),
                        new CaseQuery(c.name(), null, null, null, null, false, 0, 25)).items().size();
            }, () -> "");
            // the case list as it opens (no filter), and the case page as the web UI loads it
            measure(report, "CaseService.search, no filter (case list)", cases.size(), i -> {
                CaseSample c = cases.get(i);
                return services.cases.search(caseworker(c.assignedTo(), c.org()), CaseQuery.all(0, 25)).items().size();
            }, () -> "");
            measure(report, "case page (get+approvals+bia+notes+tasks)", cases.size(), i -> {
                CaseSample c = cases.get(i);
                Actor actor = caseworker(c.assignedTo(), c.org());
                CaseView view = services.cases.get(actor, c.id());
                int items = services.cases.approvals(actor, c.id()).size();
                if (view.child()) {
                    items += services.cases.bestInterestsAssessments(actor, c.id()).size();
                }
                return items + services.cases.notes(actor, c.id()).size() + services.cases.tasks(actor, c.id()).size();
            }, () -> "");
            measure(report, "CaseService.addNote", cases.size(), i -> {
                CaseSample c = cases.get(i);
                services.cases.addNote(caseworker(c.assignedTo(), c.org()), c.id(), "Synthetic benchmark note " + i);
                return 1;
            }, () -> "");
        }

        private Actor caseworker(String username, long org) {
            return new Actor(username, org, Set.of(Role.CASEWORKER));
        }

        private List<CaseSample> caseSamples(int count) throws SQLException {
            List<CaseSample> list = new ArrayList<>();
            try (Connection c = ds.getConnection();
                    PreparedStatement range = c.prepareStatement("SELECT MIN(id), MAX(id) FROM cases.case_file");
                    PreparedStatement one = c.prepareStatement("""
                            SELECT c.id, c.person_id, c.organisation_id, c.assigned_to, n.original
                            FROM cases.case_file c JOIN cases.person_name n ON n.person_id = c.person_id AND n.position = 0
                            WHERE c.id = ?""")) {
                long min;
                long max;
                try (ResultSet rs = range.executeQuery()) {
                    rs.next();
                    min = rs.getLong(1);
                    max = rs.getLong(2);
                }
                while (list.size() < count) {
                    one.setLong(1, min + random.nextLong(max - min + 1));
                    try (ResultSet rs = one.executeQuery()) {
                        if (rs.next()) {
                            list.add(new CaseSample(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
                        }
                    }
                }
            }
            return list;
        }

        private interface Call {
            int run(int i) throws Exception;
        }

        /** Warm-up calls first (not counted); then counted calls up to the samples or the time budget. */
        private void measure(StringBuilder report, String name, int available, Call call, java.util.function.Supplier<String> notes)
                throws SQLException {
            if (!only.isEmpty() && only.stream().noneMatch(name::contains)) {
                report.append(String.format(Locale.ROOT, "%-45s (not measured this run: amparo.bench.only)%n", name));
                return;
            }
            long[] nanos = new long[available];
            int count = 0;
            long results = 0;
            int warmed = 0;
            long started = System.nanoTime();
            for (int i = 0; i < available; i++) {
                long s = System.nanoTime();
                try {
                    results += call.run(i);
                } catch (Exception e) {
                    throw new IllegalStateException(name + " failed on sample " + i, e);
                }
                long t = System.nanoTime() - s;
                if (i < WARM_UP && System.nanoTime() - started < WARM_UP_NANOS) {
                    warmed = i + 1;
                    continue;
                }
                if (count == 0) {
                    started = System.nanoTime() - t;
                }
                nanos[count++] = t;
                if (System.nanoTime() - started > budgetNanos) {
                    break;
                }
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            String line = String.format(Locale.ROOT, "%-44s %7d %8.1f %8.1f %8.1f %8.1f  mean results %.1f; %s%n", name, count,
                    pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    (double) results / Math.max(1, count + warmed), notes.get());
            LOG.info(line.strip());
            report.append(line);
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
