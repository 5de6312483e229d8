package org.amparo.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.MatchRequest;
import org.amparo.catalog.MatchResult;
import org.amparo.catalog.NeedMatches;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load driver for the service catalogue: a fictional HSDS 3.0 CSV datapackage of 10,000 services
 * (500 organisations, one location and address each, service-at-location, languages, service
 * areas over 20 regions and 200 provinces, weekly schedules, age ranges, eligibility and need
 * attributes) is imported into an on-disk embedded Derby database, then 2,000 random persons are
 * matched. Not part of the pass/fail suite (tag {@code benchmark}); results go to
 * {@code target/benchmarks/matching.txt} and docs/benchmarks.md. Run:
 * {@code cd bundles && mvn -o test -pl org.amparo.catalog -Dgroups=benchmark -Damparo.excludedGroups=none -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class MatchingBenchmark {
    private static final int SERVICES = 10_000;
    private static final int REGIONS = 20;
    private static final int PROVINCES_PER_REGION = 10;
    private static final String[] LANGUAGES = {"ar", "fr", "en", "es", "tzm", "wo", "ff"};
    private static final String[] DAYS = {"MO,TU,WE,TH,FR", "MO,WE,FR", "MO,TU,WE,TH,FR,SA,SU", "SA,SU", "TU,TH"};

    @TempDir
    Path folder;

    @Test
    void import10000ServicesAndMatch2000Times() throws Exception {
        String loadBefore = loadavg();
        Random random = new Random(6);
        List<String> leaves = leaves();
        FictionalCatalog c = catalogue(random, SERVICES);
        Path pkg = c.writeTo(folder.resolve("datapackage"));
        long bytes = 0;
        for (String file : FictionalCatalog.files()) {
            bytes += Files.size(pkg.resolve(file));
        }

        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(folder.resolve("db").toString());
        ds.setCreateDatabase("create");
        JdbcDatabase database = new JdbcDatabase(ds);
        CatalogService catalog = new CatalogService(database);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportReport report = catalog.importDatapackage("bench", CatalogSource.folder(pkg), "bench-10000");
        long imported = System.nanoTime() - t0;
        long importCpu = threads.getCurrentThreadCpuTime() - c0;
        // the share of the import that derives the matching tables, once more on its own (with the deletion of the rows of the first)
        long r0 = System.nanoTime();
        long rc0 = threads.getCurrentThreadCpuTime();
        database.run(MatchingTables::rebuild);
        long derived = System.nanoTime() - r0;
        long derivedCpu = threads.getCurrentThreadCpuTime() - rc0;
        assertThat(report.problems()).isEmpty();
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "matching.progress"), "import_ms=" + imported / 1_000_000 + "\n");
        Map<String, Long> counts = catalog.counts();
        assertThat(counts.get("services")).isEqualTo(SERVICES);

        MatchingService matching = new MatchingService(database);
        Instant start = Instant.parse("2026-11-25T06:00:00Z");
        for (int i = 0; i < 200; i++) {
            matching.match(person(random, leaves, start));
        }
        long[] latencies = new long[2000];
        long[] cpu = new long[latencies.length];
        long ranked = 0;
        long refused = 0;
        long beyond = 0;
        for (int i = 0; i < latencies.length; i++) {
            MatchRequest request = person(random, leaves, start);
            long sc = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            MatchResult result = matching.match(request);
            latencies[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - sc;
            for (NeedMatches need : result.needs()) {
                ranked += need.ranked().size();
                refused += need.cannotServe().size();
                beyond += need.moreRanked() + need.moreCannotServe();
            }
        }
        Arrays.sort(latencies);
        Arrays.sort(cpu);
        String load = loadavg();
        String out = String.format("services=%d records=%d csv_bytes=%d%nimport_ms=%d import_cpu_ms=%d%n"
                + "rebuild_of_matching_tables_ms=%d rebuild_cpu_ms=%d%nmatches=%d (1-3 needs, page 20)%n"
                + "listed_per_match: ranked=%.1f cannot_serve=%.1f counted_beyond_page=%.1f%n"
                + "match_p50_ms=%.2f%nmatch_p95_ms=%.2f%nmatch_p99_ms=%.2f%nmatch_max_ms=%.2f%n"
                + "match_cpu_p50_ms=%.2f match_cpu_p95_ms=%.2f match_cpu_p99_ms=%.2f (CPU time of the matching thread)%n"
                + "cpus=%d java=%s loadavg_before=%s loadavg_after=%s%n",
                SERVICES, counts.values().stream().mapToLong(Long::longValue).sum(), bytes, imported / 1_000_000, importCpu / 1_000_000,
                derived / 1_000_000, derivedCpu / 1_000_000, latencies.length,
                ranked / (double) latencies.length, refused / (double) latencies.length, beyond / (double) latencies.length,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.95)] / 1e6,
                latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6,
                cpu[(int) (cpu.length * 0.95)] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore, load);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "matching.txt"), out, StandardCharsets.UTF_8);
        org.slf4j.LoggerFactory.getLogger(MatchingBenchmark.class).info("\n{}", out);
    }

    private static String loadavg() throws java.io.IOException {
        return Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "unknown";
    }

    static List<String> leaves() {
        return Builtin.PROTECTION_CODES.stream().filter(c -> !c.equals("shelter")).toList();
    }

    /** The fictional catalogue of {@code services} services, the same for the same {@code random}. */
    static FictionalCatalog catalogue(Random random, int services) {
        List<String> leaves = leaves();
        FictionalCatalog c = new FictionalCatalog("bench");
        String[] organizations = new String[Math.max(1, services / 20)];
        for (int o = 0; o < organizations.length; o++) {
            organizations[o] = c.organization("Fictional organisation " + o);
        }
        for (int s = 0; s < services; s++) {
            String organization = organizations[s / 20];
            int region = random.nextInt(REGIONS);
            int province = random.nextInt(PROVINCES_PER_REGION);
            String need = leaves.get(random.nextInt(leaves.size()));
            String[] needs = random.nextInt(3) == 0 ? new String[] {need, leaves.get(random.nextInt(leaves.size()))} : new String[] {need};
            if (needs.length == 2 && needs[0].equals(needs[1])) {
                needs = new String[] {need};
            }
            Integer min = null;
            Integer max = null;
            int ages = random.nextInt(10);
            if (ages < 2) {
                min = 18;
            } else if (ages < 3) {
                max = 17;
            } else if (ages < 4) {
                min = 18;
                max = 60;
            }
            String service = c.service(organization, "Fictional service " + s, random.nextInt(50) == 0 ? "inactive" : "active", min, max,
                    needs);
            int area = random.nextInt(10);
            if (area < 7) {
                c.area(service, provinceName(region, province));
            } else if (area < 9) {
                c.area(service, regionName(region));
            }
            int languages = 1 + random.nextInt(3);
            for (int l = 0; l < languages; l++) {
                c.language(service, LANGUAGES[(s + l * 3) % LANGUAGES.length]);
            }
            int condition = random.nextInt(10);
            if (condition < 2) {
                c.eligibility(service, "sex", random.nextBoolean() ? "female" : "male");
            } else if (condition < 3) {
                c.eligibility(service, "nationality", "X" + (char) ('B' + random.nextInt(5)));
            } else if (condition < 4) {
                c.eligibility(service, "status", random.nextBoolean() ? "asylum-seeker" : "refugee");
            }
            String location = c.location(organization, "Fictional place " + s, s + " Fictional Street", provinceName(region, province),
                    regionName(region), false);
            String offer = c.offer(service, location);
            if (random.nextInt(5) != 0) {
                c.schedule(service, random.nextBoolean() ? null : offer, DAYS[random.nextInt(DAYS.length)], "0" + (7 + random.nextInt(3)) + ":00",
                        (14 + random.nextInt(6)) + ":00");
            }
        }
        return c;
    }

    private static String regionName(int region) {
        return "Region " + region + " (fictional)";
    }

    private static String provinceName(int region, int province) {
        return "Province " + region + "-" + province + " (fictional)";
    }

    static MatchRequest person(Random random, List<String> leaves, Instant start) {
        int region = random.nextInt(REGIONS);
        int province = random.nextInt(PROVINCES_PER_REGION);
        List<String> needs = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (needs.size() < count) {
            String need = random.nextInt(8) == 0 ? "shelter" : leaves.get(random.nextInt(leaves.size()));
            if (!needs.contains(need)) {
                needs.add(need);
            }
        }
        return new MatchRequest(needs, "XA", "XA-" + region + "-" + province, List.of(regionName(region), provinceName(region, province)),
                List.of(LANGUAGES[random.nextInt(LANGUAGES.length)] + "-XA", LANGUAGES[random.nextInt(LANGUAGES.length)]),
                random.nextInt(8) == 0 ? null : 10 + random.nextInt(50), random.nextInt(10) == 0, random.nextBoolean() ? "female" : "male",
                "X" + (char) ('B' + random.nextInt(5)), random.nextBoolean() ? "asylum-seeker" : null,
                start.plusSeconds(random.nextInt(7 * 24 * 3600)), null, 20);
    }
}
