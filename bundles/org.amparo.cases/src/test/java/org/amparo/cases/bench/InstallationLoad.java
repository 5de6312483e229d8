package org.amparo.cases.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.cases.bench.SyntheticPopulation.Organisation;
import org.amparo.cases.bench.SyntheticPopulation.SyntheticPerson;
import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.security.internal.OrganisationServiceImpl;
import org.amparo.security.internal.SecurityStore;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the Derby database of a STOPPED demonstration installation with the SYNTHETIC population
 * (FICTIONAL persons) for the load test, as {@code distribution/loadtest/run.sh} does: 40% of the
 * persons in the demonstration organisation {@code DEMO-NGO}, registered by and assigned to its
 * caseworker accounts named {@code bench.*} (created beforehand through the REST API), the rest in
 * three more fictional organisations created here through the platform's organisation service.
 * Writes {@code names.csv}, synthetic names for the load test to search. Run:
 * {@code cd bundles && mvn -o test -pl org.amparo.cases -Damparo.benchmark=true -Dgroups=benchmark -Dtest=InstallationLoad -Dsurefire.failIfNoSpecifiedTests=false -Damparo.bench.installation=KARAF_HOME}
 * ({@code amparo.bench.persons}, default 1000000; {@code amparo.bench.out}, default KARAF_HOME/loadtest).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "amparo.bench.installation", matches = ".+")
class InstallationLoad {
    private static final Logger LOG = LoggerFactory.getLogger(InstallationLoad.class);

    @Test
    void loadInstallation() throws Exception {
        Path home = Path.of(System.getProperty("amparo.bench.installation")).toAbsolutePath();
        Path db = home.resolve("data/amparo/derby");
        assertThat(db).as("the installation's database (start the installation once, then stop it)").isDirectory();
        assertThat(db.resolve("db.lck")).as("the installation must be stopped").doesNotExist();
        int persons = Integer.getInteger("amparo.bench.persons", 1_000_000);
        long seed = Long.getLong("amparo.bench.seed", 42);
        Path out = Path.of(System.getProperty("amparo.bench.out", home.resolve("loadtest").toString()));
        Files.createDirectories(out);

        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        JdbcDatabase database = new JdbcDatabase(ds);
        OrganisationServiceImpl organisations = new OrganisationServiceImpl(new SecurityStore(database), new AuditLogImpl(database));
        long demo = organisations.findByCode("DEMO-NGO").orElseThrow(() -> new AssertionError("not a demonstration installation"))
                .id();
        List<String> caseworkers = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT u.username FROM security.app_user u JOIN security.user_role r ON r.user_id = u.id
                WHERE u.organisation_id = ? AND r.role = 'CASEWORKER' AND u.username LIKE 'bench.%' ORDER BY u.username""")) {
            ps.setLong(1, demo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    caseworkers.add(rs.getString(1));
                }
            }
        }
        assertThat(caseworkers).as("caseworker accounts bench.* of DEMO-NGO (run.sh creates them)").isNotEmpty();
        List<Organisation> orgs = new ArrayList<>();
        orgs.add(new Organisation(demo, caseworkers, 40));
        String[] codes = {"BENCH-B", "BENCH-C", "BENCH-D"};
        int[] weights = {25, 20, 15};
        int[] workers = {30, 20, 15};
        for (int o = 0; o < codes.length; o++) {
            String code = codes[o];
            long id = organisations.findByCode(code).orElseGet(() -> organisations.create(code,
                    "Benchmark organisation " + code.substring(6) + " (fictional)", "", true, "system:bench")).id();
            String prefix = code.toLowerCase(Locale.ROOT);
            orgs.add(new Organisation(id, IntStream.rangeClosed(1, workers[o])
                    .mapToObj(i -> String.format(Locale.ROOT, "%s.cw%02d", prefix, i)).toList(), weights[o]));
        }
        SyntheticPopulation population = new SyntheticPopulation(seed, persons, orgs, LocalDate.now(ZoneOffset.UTC));
        PopulationLoader loader = new PopulationLoader();
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            loader.load(c, population, 0, persons, done -> {
                if (done % 100_000 == 0) {
                    LOG.info("loaded {} persons in {} s", done, (System.nanoTime() - t0) / 1_000_000_000L);
                }
            });
            PopulationLoader.updateStatistics(c);
        }
        String summary = loader.summary() + String.format(Locale.ROOT, "; %d s", (System.nanoTime() - t0) / 1_000_000_000L);
        LOG.info("installation loaded: {}", summary);

        // names to search: the full name of a person of the demonstration organisation, one word of it, or its first letters
        SplittableRandom random = new SplittableRandom(11);
        List<String> lines = new ArrayList<>();
        lines.add("name");
        while (lines.size() <= 2000) {
            SyntheticPerson p = population.person(random.nextInt(persons));
            if (p.organisation().id() != demo) {
                continue;
            }
            String full = p.names().get(0).original();
            String[] words = full.split(" ");
            String word = words[random.nextInt(words.length)];
            int kind = random.nextInt(10);
            lines.add(kind < 5 ? full : kind < 8 ? word : word.substring(0, Math.min(3, word.length())));
        }
        Files.write(out.resolve("names.csv"), lines, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("load.txt"), summary + "\n", StandardCharsets.UTF_8);
        try {
            EmbeddedDataSource shutdown = new EmbeddedDataSource();
            shutdown.setDatabaseName(db.toString());
            shutdown.setShutdownDatabase("shutdown");
            shutdown.getConnection();
        } catch (SQLException expected) {
            // a clean shutdown is reported as an exception
        }
    }
}
