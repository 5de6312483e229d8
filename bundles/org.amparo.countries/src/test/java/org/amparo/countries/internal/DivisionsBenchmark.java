package org.amparo.countries.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.amparo.countries.DivisionPage;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load driver for a large location hierarchy: a fictional pack with 120,020 divisions (20 regions,
 * 2,000 provinces, 118,000 communes, names in Latin and Arabic script) is validated, stored in an
 * on-disk Derby database, updated with one name changed, and searched 2,000 times. Not part of the
 * pass/fail suite (tag {@code benchmark}); results go to {@code target/benchmarks/divisions.txt}
 * and docs/benchmarks.md. Run:
 * {@code cd bundles && mvn -o test -pl org.amparo.countries -Dgroups=benchmark -Damparo.excludedGroups=none -Dtest=DivisionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class DivisionsBenchmark {
    private static final String[] SYLLABLES = {"ka", "ra", "mo", "ta", "li", "sa", "ne", "bu", "do", "fi", "gu", "ha"};
    private static final String[] ARABIC = {"كا", "را", "مو", "تا", "لي", "سا", "نو", "بو", "دو", "في", "غو", "ها"};

    @TempDir
    Path folder;

    @Test
    void loadAndSearch120000Divisions() throws IOException {
        PackFixture pack = new PackFixture(folder);
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("id,parent,level,name,code,name_ar\n");
        List<String> names = new ArrayList<>();
        int count = 0;
        for (int r = 0; r < 20; r++) {
            csv.append(row("XA-" + r, "", 1, random, names));
            count++;
            for (int p = 0; p < 100; p++) {
                String province = "XA-" + r + "-" + p;
                csv.append(row(province, "XA-" + r, 2, random, names));
                count++;
                for (int c = 0; c < 59; c++) {
                    csv.append(row(province + "-" + c, province, 3, random, names));
                    count++;
                }
            }
        }
        pack.write("amparo/country/divisions.csv", csv.toString());
        pack.replace("amparo/country/country.json", "\"divisionLevels\": [\"country.xa.level.region\", \"country.xa.level.province\"]",
                "\"divisionLevels\": [\"country.xa.level.region\", \"country.xa.level.province\", \"country.xa.level.region\"]");

        long t0 = System.nanoTime();
        PackParser.Result result = new PackParser(PackSource.of(pack.root()), LocalDate.of(2026, 11, 28)).parse("XA", "1");
        long parsed = System.nanoTime();
        assertThat(result.problems()).isEmpty();
        assertThat(result.divisions()).hasSize(count);

        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(folder.resolve("db").toString());
        ds.setCreateDatabase("create");
        PackStore store = new PackStore(new JdbcDatabase(ds));
        long t1 = System.nanoTime();
        store.store(result, "bench", Instant.now());
        long stored = System.nanoTime();

        pack.write("amparo/country/divisions.csv",
                csv.toString().replace("\nXA-7-7-7,XA-7-7,3,", "\nXA-7-7-7,XA-7-7,3,Renamed "));
        PackParser.Result second = new PackParser(PackSource.of(pack.root()), LocalDate.of(2026, 11, 28)).parse("XA", "2");
        long t2 = System.nanoTime();
        store.store(second, "bench", Instant.now());
        long updated = System.nanoTime();
        assertThat(store.countDivisions("XA")).isEqualTo(count);

        for (int i = 0; i < 200; i++) {
            store.divisions("XA", names.get(random.nextInt(names.size())).substring(0, 3), null, 0, 20);
        }
        long[] latencies = new long[2000];
        int hits = 0;
        for (int i = 0; i < latencies.length; i++) {
            String name = names.get(random.nextInt(names.size()));
            String query = i % 2 == 0 ? name.substring(0, Math.min(name.length(), 4)) : name;
            long s = System.nanoTime();
            DivisionPage page = store.divisions("XA", query, null, 0, 20);
            latencies[i] = System.nanoTime() - s;
            hits += page.items().isEmpty() ? 0 : 1;
        }
        Arrays.sort(latencies);
        long s = System.nanoTime();
        DivisionPage children = store.divisions("XA", "", "XA-3-3", 40, 20);
        long childrenNanos = System.nanoTime() - s;
        assertThat(children.items()).hasSize(19);

        String report = String.format("divisions=%d%nparse+validate_ms=%d%nfirst_store_ms=%d%nupdate_parse_ms=%d%nupdate_store_ms=%d%n"
                + "search_queries=%d hits=%d%nsearch_p50_ms=%.1f%nsearch_p95_ms=%.1f%nsearch_max_ms=%.1f%nchildren_page_ms=%.1f%n",
                count, ms(parsed - t0), ms(stored - t1), ms(t2 - stored),
                ms(updated - t2), latencies.length, hits, latencies[latencies.length / 2] / 1e6,
                latencies[(int) (latencies.length * 0.95)] / 1e6, latencies[latencies.length - 1] / 1e6, childrenNanos / 1e6);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "divisions.txt"), report, StandardCharsets.UTF_8);
        org.slf4j.LoggerFactory.getLogger(DivisionsBenchmark.class).info("\n{}", report);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String row(String id, String parent, int level, Random random, List<String> names) {
        int length = 2 + random.nextInt(3);
        StringBuilder latin = new StringBuilder();
        StringBuilder arabic = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int s = random.nextInt(SYLLABLES.length);
            latin.append(SYLLABLES[s]);
            arabic.append(ARABIC[s]);
        }
        String name = Character.toUpperCase(latin.charAt(0)) + latin.substring(1) + " " + id.substring(3);
        names.add(name);
        return id + "," + parent + "," + level + "," + name + " (fictional),," + arabic + "\n";
    }
}
