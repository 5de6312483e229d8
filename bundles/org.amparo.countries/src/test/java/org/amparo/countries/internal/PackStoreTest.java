package org.amparo.countries.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is kept of packs, on real in-memory Derby: search, paging, updates, removal. */
class PackStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final PackStore store = new PackStore(database());

    @TempDir
    Path folder;

    private static PackParser.Result parse(Path root) {
        PackParser.Result result = new PackParser(PackSource.of(root), LocalDate.of(2026, 11, 28)).parse("XA", "1.0.0");
        assertThat(result.problems()).isEmpty();
        return result;
    }

    @Test
    void divisionsAreSearchedByAnyNameAndScriptAPageAtATime() {
        store.store(parse(PackFixture.XA), "org.example.xa", NOW);
        assertThat(store.divisions("XA", "", null, 0, 10).items()).extracting(Division::id).containsExactly("XA-N", "XA-S");
        assertThat(store.divisions("XA", "", "XA-N", 0, 10).items()).extracting(Division::id).containsExactly("XA-N-2", "XA-N-1");
        assertThat(store.divisions("XA", "elan", null, 0, 10).items()).extracting(Division::id).containsExactly("XA-N-1");
        assertThat(store.divisions("XA", "UPPER", null, 0, 10).items()).extracting(Division::id).containsExactly("XA-N-2");
        assertThat(store.divisions("XA", "ميناء", null, 0, 10).items()).extracting(Division::id).containsExactly("XA-N-1");
        assertThat(store.divisions("XA", "pper", null, 0, 10).items()).as("matches word starts only").isEmpty();
        assertThat(store.divisions("XA", "100%_", null, 0, 10).items()).isEmpty();

        Division port = store.division("XA", "XA-N-1").orElseThrow();
        assertThat(port.path()).containsExactly("Northern Region (fictional)");
        assertThat(port.name("ar")).isEqualTo("ميناء إيلان");
        assertThat(port.name("fr")).isEqualTo("Port Élan (fictional)");
        assertThat(store.countDivisions("XA")).isEqualTo(5);
    }

    @Test
    void aPageNeverHoldsMoreThanTheLimitAndSaysWhetherMoreFollow() {
        PackFixture pack = new PackFixture(folder);
        StringBuilder csv = new StringBuilder("id,parent,level,name,code,name_ar\nXA-N,,1,North,,\n");
        for (int i = 0; i < 120; i++) {
            csv.append(String.format("XA-N-%03d,XA-N,2,Town %03d (fictional),,%n", i, i));
        }
        pack.write("amparo/country/divisions.csv", csv.toString());
        store.store(parse(pack.root()), "org.example.xa", NOW);
        DivisionPage first = store.divisions("XA", "town", null, 0, 500);
        assertThat(first.items()).hasSize(DivisionPage.MAX_LIMIT);
        assertThat(first.more()).isTrue();
        DivisionPage last = store.divisions("XA", "town", null, 100, 50);
        assertThat(last.items()).hasSize(20);
        assertThat(last.items().get(0).id()).isEqualTo("XA-N-100");
        assertThat(last.more()).isFalse();
    }

    @Test
    void anUpdateWithdrawsWhatItDropsAndRecordsStillResolveIt() {
        PackParser.Result first = parse(PackFixture.XA);
        store.store(first, "org.example.xa", NOW);
        PackFixture pack = new PackFixture(folder)
                .replace("amparo/country/divisions.csv", "XA-S-1,XA-S,2,Sandmere (fictional),S1,\n", "")
                .replace("amparo/country/divisions.csv", "Port Élan (fictional)", "Port Elan Nouveau (fictional)")
                .replace("OSGI-INF/amparo/l10n/country-xa.properties",
                        "country.xa.q.threat=Was the person made to commit an offence under threat? (fictional)",
                        "country.xa.q.threat=Reworded question (fictional)");
        PackParser.Result second = parse(pack.root());
        assertThat(second.revision()).isNotEqualTo(first.revision());
        store.store(second, "org.example.xa", NOW.plusSeconds(60));

        Division dropped = store.division("XA", "XA-S-1").orElseThrow();
        assertThat(dropped.withdrawn()).isTrue();
        assertThat(dropped.name()).isEqualTo("Sandmere (fictional)");
        assertThat(store.divisions("XA", "sandmere", null, 0, 10).items()).isEmpty();
        assertThat(store.division("XA", "XA-N-1").orElseThrow().name()).isEqualTo("Port Elan Nouveau (fictional)");
        assertThat(store.pack("XA").orElseThrow().revision()).isEqualTo(second.revision());

        QuestionSnapshot old = store.question("XA", first.revision(), "xa-threat").orElseThrow();
        assertThat(old.text("en", old.question().textKey())).contains("Was the person made to commit an offence under threat? (fictional)");
        assertThat(old.text("fr", old.question().textKey())).get().asString().startsWith("La personne a-t-elle");
        QuestionSnapshot current = store.question("XA", second.revision(), "xa-threat").orElseThrow();
        assertThat(current.text("en", current.question().textKey())).contains("Reworded question (fictional)");
        assertThat(current.question().basis()).containsExactly("law-1#non-punishment");
    }

    @Test
    void removalKeepsEverythingReadableAndReinstallingTheSameRevisionRestoresIt() {
        PackParser.Result result = parse(PackFixture.XA);
        store.store(result, "org.example.xa", NOW);
        store.withdraw("XA", NOW.plusSeconds(5));

        assertThat(store.pack("XA").orElseThrow().active()).isFalse();
        assertThat(store.countDivisions("XA")).isZero();
        assertThat(store.division("XA", "XA-N-2").orElseThrow().withdrawn()).isTrue();
        QuestionSnapshot snapshot = store.question("XA", result.revision(), "xa-permit").orElseThrow();
        assertThat(snapshot.question().options()).extracting(o -> snapshot.text("en", o.labelKey()).orElseThrow())
                .containsExactly("None", "Expired");

        store.reactivate(result, "org.example.xa", NOW.plusSeconds(10));
        assertThat(store.countDivisions("XA")).isEqualTo(5);
        assertThat(store.pack("XA").orElseThrow().active()).isTrue();
    }

    @Test
    void aLanguageBundleAddsTextsToTheStoredRevisionOnce() {
        PackParser.Result result = parse(PackFixture.XA);
        store.store(result, "org.example.xa", NOW);
        store.addTexts("XA", result.revision(), "ar", java.util.Map.of("country.xa.q.threat", "سؤال تجريبي", "other.key", "x"));
        store.addTexts("XA", result.revision(), "ar", java.util.Map.of("country.xa.q.threat", "changed"));
        QuestionSnapshot snapshot = store.question("XA", result.revision(), "xa-threat").orElseThrow();
        assertThat(snapshot.text("ar", "country.xa.q.threat")).contains("سؤال تجريبي");
        assertThat(snapshot.texts().get("ar")).doesNotContainKey("other.key");
    }

    @Test
    void aFailedStoreLeavesNothingBehind() {
        PackParser.Result result = parse(PackFixture.XA);
        List<PackParser.DivisionRow> rows = new ArrayList<>(result.divisions());
        rows.add(new PackParser.DivisionRow("X".repeat(150), null, 1, "Too long an id", java.util.Map.of(), 99));
        PackParser.Result broken = new PackParser.Result(result.code(), result.country(), rows, result.texts(),
                result.revision(), result.screening(), result.screeningKeys(), List.of());
        try {
            store.store(broken, "org.example.xa", NOW);
        } catch (RuntimeException expected) {
            // the database refused the row
        }
        assertThat(store.pack("XA")).isEmpty();
        assertThat(store.division("XA", "XA-N")).isEmpty();
        assertThat(store.question("XA", result.revision(), "xa-threat")).isEmpty();
        assertThat(store.screening("XA", result.revision())).isEmpty();
    }

    @Test
    void everyRevisionKeepsItsWholeScreeningFileQuestionsAndFlagTextsAfterAnUpdateAndRemoval() {
        PackParser.Result first = parse(PackFixture.XA);
        store.store(first, "org.example.xa", NOW);
        PackFixture pack = new PackFixture(folder)
                .replace("amparo/country/screening.json", "\"is\": \"yes\"", "\"is\": \"no\"")
                .replace("OSGI-INF/amparo/l10n/country-xa.properties",
                        "country.xa.flag.refer-commission=Refer to the Exampleland commission (fictional)",
                        "country.xa.flag.refer-commission=Tell the Exampleland commission (fictional)");
        PackParser.Result second = parse(pack.root());
        store.store(second, "org.example.xa", NOW.plusSeconds(60));
        store.addTexts("XA", second.revision(), "ar", java.util.Map.of("country.xa.flag.refer-commission", "إحالة (خيالي)"));
        store.withdraw("XA", NOW.plusSeconds(120));

        assertThat(store.screening("XA", first.revision())).get().asString().contains("\"is\": \"yes\"").contains("\"rules\"");
        assertThat(store.screening("XA", second.revision())).get().asString().contains("\"is\": \"no\"");
        assertThat(store.questions("XA", first.revision())).extracting(q -> q.question().id())
                .as("in the order of the file").containsExactly("xa-threat", "xa-permit");
        assertThat(store.text("XA", first.revision(), "country.xa.flag.refer-commission", "en"))
                .contains("Refer to the Exampleland commission (fictional)");
        assertThat(store.text("XA", first.revision(), "country.xa.flag.refer-commission", "fr"))
                .contains("Orienter vers la commission d’Exempleland (fictif)");
        assertThat(store.text("XA", second.revision(), "country.xa.flag.refer-commission", "ar")).contains("إحالة (خيالي)");
        assertThat(store.text("XA", second.revision(), "country.xa.flag.refer-commission", "es"))
                .as("English when the language was never installed").contains("Tell the Exampleland commission (fictional)");
        assertThat(store.text("XA", second.revision(), "country.xa.name", "en")).as("only the screening texts are kept").isEmpty();
        assertThat(store.screening("XA", "0000000000000000")).isEmpty();
        assertThat(store.questions("XA", "0000000000000000")).isEmpty();
    }

    @Test
    void reactivatingARevisionStoredBeforeTheWholeFileWasKeptAddsIt() {
        PackParser.Result result = parse(PackFixture.XA);
        PackParser.Result questionsOnly = new PackParser.Result(result.code(), result.country(), result.divisions(),
                result.texts(), result.revision(), null, java.util.Set.of(), List.of());
        store.store(questionsOnly, "org.example.xa", NOW);
        assertThat(store.screening("XA", result.revision())).isEmpty();
        assertThat(store.text("XA", result.revision(), "country.xa.flag.refer-commission", "en")).isEmpty();

        store.reactivate(result, "org.example.xa", NOW.plusSeconds(10));
        assertThat(store.screening("XA", result.revision())).isPresent();
        assertThat(store.text("XA", result.revision(), "country.xa.flag.refer-commission", "fr")).isPresent();
        assertThat(store.questions("XA", result.revision())).hasSize(2);
    }

    private static JdbcDatabase database() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:countries-" + System.nanoTime());
        ds.setCreateDatabase("create");
        return new JdbcDatabase(ds);
    }
}
