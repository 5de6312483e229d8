package org.amparo.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.MatchReason;
import org.amparo.catalog.MatchReason.Effect;
import org.amparo.catalog.MatchRequest;
import org.amparo.catalog.MatchResult;
import org.amparo.catalog.MatchedService;
import org.amparo.catalog.NeedMatches;
import org.amparo.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables matching reads ({@link MatchingTables}) follow the catalogue: after an update by
 * re-import, after a service is removed, for services without an area, for a need whose services
 * are spread over sub-terms, across pages, and for a service whose facts do not fit in one row.
 * Every catalogue here is fictional; the person is the one of {@link MatchingServiceTest}.
 */
class MatchingTablesTest {
    @TempDir
    Path folder;

    private int packages;

    private CatalogService importInto(CatalogService catalog, FictionalCatalog c) throws Exception {
        ImportReport report = catalog.importDatapackage("tester", CatalogSource.folder(c.writeTo(folder.resolve("pkg" + packages++))), "fictional");
        assertThat(report.problems()).isEmpty();
        return catalog;
    }

    /** The same ids on every call: a version of the catalogue where one service moves, changes language and status. */
    private static FictionalCatalog version(boolean second) {
        FictionalCatalog c = new FictionalCatalog("tables-update");
        String org = c.organization(second ? "Fictional Aid Network, renamed" : "Fictional Aid Network");
        String moving = c.service(org, "Moving service (fictional)", second ? "active" : "inactive", null, null, "legal-aid");
        c.area(moving, second ? "Riverton (fictional)" : "Southland (fictional)");
        c.language(moving, second ? "ar" : "en");
        c.service(org, "Staying service (fictional)", "active", null, null, "legal-aid");
        return c;
    }

    private static List<MatchedService> listed(NeedMatches need) {
        return Stream.concat(need.ranked().stream(), need.cannotServe().stream()).toList();
    }

    private static MatchedService named(NeedMatches need, String name) {
        return listed(need).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not in " + need));
    }

    @Test
    void aReImportThatChangesAServiceIsMatchedAsChangedAndOnlyOnce() throws Exception {
        CatalogService catalog = importInto(new CatalogService(CatalogServiceTest.database()), version(false));
        MatchingService matching = new MatchingService(catalog.database());
        NeedMatches before = matching.match(MatchingServiceTest.person("default", "legal-aid")).needs().get(0);
        MatchedService moving = named(before, "Moving service (fictional)");
        assertThat(moving.canServe()).isFalse();
        assertThat(moving.reasons()).contains(new MatchReason("catalog.match.inactive", List.of("inactive"), Effect.EXCLUDES),
                new MatchReason("catalog.match.notInArea", List.of("Southland (fictional)"), Effect.EXCLUDES),
                new MatchReason("catalog.match.noCommonLanguage", List.of("en", "ar, fr"), Effect.EXCLUDES));

        importInto(catalog, version(true));
        NeedMatches after = matching.match(MatchingServiceTest.person("default", "legal-aid")).needs().get(0);
        assertThat(listed(after)).hasSize(2);
        moving = named(after, "Moving service (fictional)");
        assertThat(moving.canServe()).isTrue();
        assertThat(moving.organizationName()).isEqualTo("Fictional Aid Network, renamed");
        // the old area and language are gone, as they are from the catalogue (the same record ids were updated)
        assertThat(moving.reasons()).contains(new MatchReason("catalog.match.servesArea", List.of("Riverton (fictional)"), Effect.FOR),
                new MatchReason("catalog.match.language", List.of("ar"), Effect.FOR))
                .noneMatch(r -> r.effect() == Effect.EXCLUDES);
        assertThat(after.ranked().get(0).name()).isEqualTo("Moving service (fictional)");
        assertThat(count(catalog.database(), "catalog.match_service")).isEqualTo(count(catalog.database(), "catalog.service"));
    }

    @Test
    void aServiceRemovedFromTheCatalogueIsNoLongerMatchedAfterTheNextImport() throws Exception {
        CatalogService catalog = importInto(new CatalogService(CatalogServiceTest.database()), version(false));
        MatchingService matching = new MatchingService(catalog.database());
        assertThat(listed(matching.match(MatchingServiceTest.person("default", "legal-aid")).needs().get(0))).hasSize(2);
        // the catalogue offers no removal yet: the rows go directly, as a future removal would take them
        catalog.database().run(tx -> {
            String id = tx.queryOne("SELECT id FROM catalog.service WHERE name = ?", row -> row.getString("id"), "Staying service (fictional)")
                    .orElseThrow();
            tx.update("DELETE FROM catalog.attribute WHERE link_id = ?", id);
            tx.update("DELETE FROM catalog.service WHERE id = ?", id);
        });
        FictionalCatalog other = new FictionalCatalog("tables-other");
        other.organization("Another fictional organisation");
        importInto(catalog, other);
        NeedMatches legal = matching.match(MatchingServiceTest.person("default", "legal-aid")).needs().get(0);
        assertThat(listed(legal)).extracting(MatchedService::name).containsExactly("Moving service (fictional)");
        assertThat(legal.moreRanked() + legal.moreCannotServe()).isZero();
    }

    @Test
    void tablesMissingForAnOlderCatalogueAreBuiltWhenTheCatalogueStarts() throws Exception {
        CatalogService catalog = importInto(new CatalogService(CatalogServiceTest.database()), version(true));
        catalog.database().run(tx -> {
            tx.update("DELETE FROM catalog.match_key");
            tx.update("DELETE FROM catalog.match_need");
            tx.update("DELETE FROM catalog.match_service");
        });
        CatalogService restarted = new CatalogService(catalog.database());
        assertThat(count(restarted.database(), "catalog.match_service")).isEqualTo(2);
        NeedMatches legal = new MatchingService(restarted.database()).match(MatchingServiceTest.person("default", "legal-aid")).needs().get(0);
        assertThat(legal.ranked()).extracting(MatchedService::name).contains("Moving service (fictional)", "Staying service (fictional)");
    }

    @Test
    void servicesWithoutAreaAreFoundForAPersonWhoseAreaIsUnknownAndAcrossSubTermsOnce() throws Exception {
        FictionalCatalog c = new FictionalCatalog("tables-no-area");
        String org = c.organization("Fictional Shelter Network");
        c.service(org, "Two kinds of shelter (fictional)", "active", null, null, "shelter.emergency", "shelter.children");
        c.service(org, "Transitional shelter (fictional)", "active", null, null, "shelter.transitional");
        c.area(c.service(org, "Shelter with an area (fictional)", "active", null, null, "shelter.emergency"), "Riverton (fictional)");
        CatalogService catalog = importInto(new CatalogService(CatalogServiceTest.database()), c);
        MatchingService matching = new MatchingService(catalog.database());
        MatchRequest base = MatchingServiceTest.person("default", "shelter");
        MatchRequest nowhere = new MatchRequest(base.needs(), "XZ", null, List.of(), base.languages(), base.age(), false, base.sex(),
                base.nationality(), base.legalStatus(), base.at(), null, 50);
        NeedMatches shelter = matching.match(nowhere).needs().get(0);
        assertThat(shelter.ranked()).extracting(MatchedService::name)
                .containsExactlyInAnyOrder("Two kinds of shelter (fictional)", "Transitional shelter (fictional)");
        assertThat(shelter.ranked()).allSatisfy(s -> assertThat(s.reasons())
                .contains(new MatchReason("catalog.match.areaNotStated", List.of(), Effect.UNKNOWN)));
        assertThat(shelter.cannotServe()).extracting(MatchedService::name).containsExactly("Shelter with an area (fictional)");
        // a sub-term alone finds only its own services
        NeedMatches children = matching.match(MatchingServiceTest.person("default", "shelter.children")).needs().get(0);
        assertThat(listed(children)).extracting(MatchedService::name).containsExactly("Two kinds of shelter (fictional)");
    }

    @Test
    void pagesListInAreaRefusalsFirstThenOthersInIdOrderAndCountTheRest() throws Exception {
        FictionalCatalog c = new FictionalCatalog("tables-pages");
        String org = c.organization("Fictional Legal Network");
        Map<String, String> far = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            String id = c.service(org, "Far service " + i + " (fictional)", "active", null, null, "legal-aid");
            c.area(id, "Southland (fictional)");
            far.put(id, "Far service " + i + " (fictional)");
        }
        for (int i = 0; i < 3; i++) {
            c.area(c.service(org, "Near refusal " + i + " (fictional)", "active", 0, 17, "legal-aid"), "Riverton (fictional)");
        }
        for (int i = 0; i < 4; i++) {
            c.service(org, "Open service " + i + " (fictional)", "active", null, null, "legal-aid");
        }
        CatalogService catalog = importInto(new CatalogService(CatalogServiceTest.database()), c);
        MatchingService matching = new MatchingService(catalog.database());
        MatchRequest base = MatchingServiceTest.person("default", "legal-aid");
        MatchRequest page = new MatchRequest(base.needs(), base.country(), base.divisionId(), base.divisionPath(), base.languages(), base.age(),
                false, base.sex(), base.nationality(), base.legalStatus(), base.at(), null, 2);
        NeedMatches legal = matching.match(page).needs().get(0);
        assertThat(legal.ranked()).hasSize(2);
        assertThat(legal.moreRanked()).isEqualTo(2);
        assertThat(legal.cannotServe()).extracting(MatchedService::name).containsExactly("Near refusal 0 (fictional)", "Near refusal 1 (fictional)");
        assertThat(legal.moreCannotServe()).isEqualTo(3 + 7 - 2);

        MatchRequest wide = new MatchRequest(base.needs(), base.country(), base.divisionId(), base.divisionPath(), base.languages(), base.age(),
                false, base.sex(), base.nationality(), base.legalStatus(), base.at(), null, 5);
        legal = matching.match(wide).needs().get(0);
        assertThat(legal.ranked()).hasSize(4);
        assertThat(legal.moreRanked()).isZero();
        // the page of refusals: the three near ones, then of the five far ones first by id (those weighed) the first two by name
        List<String> firstFar = far.keySet().stream().sorted().limit(5).map(far::get).sorted().limit(2).toList();
        assertThat(legal.cannotServe()).extracting(MatchedService::name).hasSize(5).endsWith(firstFar.toArray(String[]::new));
        assertThat(legal.cannotServe().subList(3, 5)).allSatisfy(s -> assertThat(s.reasons().get(0).key()).isEqualTo("catalog.match.notInArea"));
        assertThat(legal.moreCannotServe()).isEqualTo(5);
    }

    @Test
    void aServiceWhoseFactsDoNotFitInOneRowIsMatchedFromTheCatalogueTables() throws Exception {
        FictionalCatalog c = new FictionalCatalog("tables-overflow");
        String org = c.organization("Fictional Wide Network");
        String wide = c.service(org, "Serves many long areas (fictional)", "active", 18, null, "legal-aid");
        for (int i = 0; i < 40; i++) {
            c.area(wide, "Far area " + i + " (fictional) " + "x".repeat(900));
        }
        c.area(wide, "Riverton (fictional)");
        c.language(wide, "fr");
        c.eligibility(wide, "sex", "female");
        c.schedule(wide, null, "MO,TU,WE,TH,FR", "09:00", "17:00");
        String secret = c.location(org, "Safe place (fictional)", "3 Hidden Way (fictional)", "Riverton (fictional)", "Northland (fictional)", true);
        c.offer(wide, secret);
        CatalogService catalog = importInto(new CatalogService(CatalogServiceTest.database()), c);
        long stored = catalog.database().inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM catalog.match_service WHERE facts IS NULL"));
        assertThat(stored).isEqualTo(1);
        NeedMatches legal = new MatchingService(catalog.database()).match(MatchingServiceTest.person("default", "legal-aid")).needs().get(0);
        MatchedService matched = legal.ranked().get(0);
        assertThat(matched.serviceId()).isEqualTo(wide);
        assertThat(matched.reasons()).contains(new MatchReason("catalog.match.servesArea", List.of("Riverton (fictional)"), Effect.FOR),
                new MatchReason("catalog.match.language", List.of("fr"), Effect.FOR),
                new MatchReason("catalog.match.ageWithin", List.of("30", "18+"), Effect.FOR),
                new MatchReason("catalog.match.sexEligible", List.of("female"), Effect.FOR),
                new MatchReason("catalog.match.openNow", List.of("17:00"), Effect.FOR));
        assertThat(matched.places()).singleElement().satisfies(p -> {
            assertThat(p.confidential()).isTrue();
            assertThat(p.address()).isEmpty();
        });
        assertThat(legal.toString()).doesNotContain("3 Hidden Way");
    }

    @Test
    void theDerivedFactsGiveWhatTheCatalogueTablesGive() throws Exception {
        Random random = new Random(13);
        CatalogService catalog = importInto(new CatalogService(CatalogServiceTest.database()), MatchingBenchmark.catalogue(random, 400));
        MatchingService matching = new MatchingService(catalog.database());
        Instant start = Instant.parse("2026-11-25T06:00:00Z");
        List<MatchRequest> persons = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            persons.add(MatchingBenchmark.person(random, MatchingBenchmark.leaves(), start));
        }
        List<MatchResult> derived = persons.stream().map(matching::match).toList();
        assertThat(derived).anySatisfy(r -> assertThat(r.needs().get(0).moreCannotServe()).isPositive());
        // without facts every service is read from the catalogue tables, as matching did before the derived tables
        catalog.database().run(tx -> {
            tx.update("UPDATE catalog.match_key SET facts = NULL");
            tx.update("UPDATE catalog.match_service SET facts = NULL");
        });
        for (int i = 0; i < persons.size(); i++) {
            assertThat(matching.match(persons.get(i))).as(persons.get(i).toString()).isEqualTo(derived.get(i));
        }
    }

    @Test
    void factsSurviveTheirSeparatorsEscapesEmptinessAndNulls() {
        Map<String, Set<String>> eligibility = new LinkedHashMap<>();
        eligibility.put("sex", new TreeSet<>(List.of("female", "a\u001Fb")));
        eligibility.put("status", new TreeSet<>());
        MatchFacts facts = new MatchFacts(List.of("", "back\\slash", "group\u001Drecord\u001E"), new TreeSet<>(List.of("ar", "fr")), eligibility,
                List.of(new MatchFacts.Schedule(null, "MO", "09:00", "17:00", null, "\\n"), new MatchFacts.Schedule(null, null, null, null, null, null)),
                List.of(new MatchFacts.Place("p1", "", true, List.of(), ""), new MatchFacts.Place("p2", "Name\u0000", false,
                        Arrays.asList("City", "Region"), "1 Street, City")));
        assertThat(MatchFacts.decode(facts.encode())).isEqualTo(facts);
        MatchFacts empty = new MatchFacts(List.of(), new TreeSet<>(), new LinkedHashMap<>(), List.of(), List.of());
        assertThat(MatchFacts.decode(empty.encode())).isEqualTo(empty);
    }

    @Test
    void aNeedCodeAnswersItsParents() {
        assertThat(MatchingTables.needCodes("shelter.emergency")).containsExactly("shelter", "shelter.emergency");
        assertThat(MatchingTables.needCodes("legal-aid")).containsExactly("legal-aid");
        assertThat(MatchingTables.needCodes("a..b")).containsExactly("a", "a.", "a..b");
    }

    private static long count(Database database, String table) {
        return database.inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM " + table));
    }
}
