package org.amparo.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.MatchReason;
import org.amparo.catalog.MatchReason.Effect;
import org.amparo.catalog.MatchRequest;
import org.amparo.catalog.MatchResult;
import org.amparo.catalog.MatchedService;
import org.amparo.catalog.NeedMatches;
import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matching over the real store (in-memory Derby) with a fictional catalogue: one service for each
 * reason and each refusal. The person is in the fictional division Riverton of Northland (XA),
 * speaks Arabic and French, is 30, female, of nationality XB, asylum seeker; it is Wednesday 10:00 UTC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingServiceTest {
    static final Instant WEDNESDAY_10 = Instant.parse("2026-11-25T10:00:00Z");
    static final String SHELTER_STREET = "7 Hidden Lane (fictional)";

    CatalogService catalog;
    MatchingService matching;
    final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    void catalogue(@TempDir Path folder) throws Exception {
        catalog = new CatalogService(CatalogServiceTest.database());
        matching = new MatchingService(catalog.database());
        FictionalCatalog c = new FictionalCatalog("matching-test");
        String org = c.organization("Fictional Legal Aid Network");
        String open = service(c, org, "A full match", "active", 18, 60, "legal-aid");
        c.area(open, "Riverton (fictional)");
        c.language(open, "ar");
        c.eligibility(open, "sex", "female");
        c.eligibility(open, "nationality", "XB");
        c.eligibility(open, "status", "asylum-seeker");
        c.schedule(open, null, "MO,TU,WE,TH,FR", "09:00", "17:00");
        String office = c.location(org, "Riverton office (fictional)", "1 Court Street (fictional)", "Riverton (fictional)", "Northland (fictional)", false);
        c.offer(open, office);

        c.area(service(c, org, "Elsewhere", "active", null, null, "legal-aid"), "Southland (fictional)");
        c.language(service(c, org, "English only", "active", null, null, "legal-aid"), "en");
        service(c, org, "Children only", "active", 0, 17, "legal-aid");
        service(c, org, "Adults from 40", "active", 40, null, "legal-aid");
        c.eligibility(service(c, org, "Men only", "active", null, null, "legal-aid"), "sex", "male");
        c.eligibility(service(c, org, "XC nationals", "active", null, null, "legal-aid"), "nationality", "XC");
        c.eligibility(service(c, org, "Refugees only", "active", null, null, "legal-aid"), "status", "refugee");
        service(c, org, "Inactive", "inactive", null, null, "legal-aid");
        String local = service(c, org, "Located locally", "active", null, null, "legal-aid");
        c.offer(local, c.location(org, "Riverton desk (fictional)", "2 Market Road (fictional)", "Riverton (fictional)", "Northland (fictional)", false));
        c.schedule(service(c, org, "Monday only", "active", null, null, "legal-aid"), null, "MO", "09:00", "17:00");
        service(c, org, "Nothing stated", "active", null, null, "legal-aid");
        c.area(service(c, org, "Nationwide", "active", null, null, "legal-aid"), "XA");

        String shelterOrg = c.organization("Fictional Shelter Association");
        String shelter = service(c, shelterOrg, "Emergency shelter", "active", 18, null, "shelter.emergency");
        c.area(shelter, "Northland (fictional)");
        String house = c.location(shelterOrg, "Shelter house (fictional)", SHELTER_STREET, "Riverton (fictional)", "Northland (fictional)", false);
        c.schedule(null, c.offer(shelter, house), "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59");
        String secret = service(c, shelterOrg, "Counselling at a confidential place", "active", null, null, "mhpss");
        c.offer(secret, c.location(shelterOrg, "Safe house (fictional)", "9 Quiet Road (fictional)", "Riverton (fictional)", "Northland (fictional)", true));
        c.area(secret, "Riverton (fictional)");

        ImportReport report = catalog.importDatapackage("tester", CatalogSource.folder(c.writeTo(folder.resolve("pkg"))), "fictional");
        assertThat(report.problems()).isEmpty();
    }

    private String service(FictionalCatalog c, String org, String name, String status, Integer min, Integer max, String... needs) {
        String id = c.service(org, name + " (fictional)", status, min, max, needs);
        ids.put(name, id);
        return id;
    }

    static MatchRequest person(String variant, String... needs) {
        Integer age = switch (variant) {
            case "ageUnknown" -> null;
            case "ageInDoubt", "age15" -> 15;
            default -> 30;
        };
        List<String> languages = variant.equals("noLanguage") ? List.of() : List.of("ar-MA", "fr");
        boolean unknowns = variant.equals("unknowns");
        return new MatchRequest(List.of(needs), "XA", "XA-1-2", List.of("Northland (fictional)", "Riverton (fictional)"), languages, age,
                variant.equals("ageInDoubt"), unknowns ? null : "female", unknowns ? null : "XB", unknowns ? null : "asylum-seeker",
                WEDNESDAY_10, null, 50);
    }

    private MatchedService find(MatchResult result, String name) {
        for (NeedMatches need : result.needs()) {
            for (MatchedService service : Stream.concat(need.ranked().stream(), need.cannotServe().stream()).toList()) {
                if (service.serviceId().equals(ids.get(name))) {
                    return service;
                }
            }
        }
        throw new AssertionError(name + " vanished from " + result);
    }

    @ParameterizedTest(name = "{0}: {1} -> {3} {4}")
    @CsvSource(delimiter = ';', textBlock = """
            default;    A full match;          true;  FOR;      catalog.match.servesArea;          Riverton (fictional)
            default;    A full match;          true;  FOR;      catalog.match.language;            ar
            default;    A full match;          true;  FOR;      catalog.match.ageWithin;           30|18–60
            default;    A full match;          true;  FOR;      catalog.match.sexEligible;         female
            default;    A full match;          true;  FOR;      catalog.match.nationalityEligible; XB
            default;    A full match;          true;  FOR;      catalog.match.statusEligible;      asylum-seeker
            default;    A full match;          true;  FOR;      catalog.match.openNow;             17:00
            default;    Elsewhere;             false; EXCLUDES; catalog.match.notInArea;           Southland (fictional)
            default;    English only;          false; EXCLUDES; catalog.match.noCommonLanguage;    en|ar, fr
            default;    Children only;         false; EXCLUDES; catalog.match.ageOutside;          30|0–17
            default;    Adults from 40;        false; EXCLUDES; catalog.match.ageOutside;          30|40+
            default;    Men only;              false; EXCLUDES; catalog.match.sexNotEligible;      female|male
            default;    XC nationals;          false; EXCLUDES; catalog.match.nationalityNotEligible; XB|XC
            default;    Refugees only;         false; EXCLUDES; catalog.match.statusNotEligible;   asylum-seeker|refugee
            default;    Inactive;              false; EXCLUDES; catalog.match.inactive;            inactive
            default;    Located locally;       true;  FOR;      catalog.match.locatedInArea;       Riverton (fictional)
            default;    Monday only;           true;  AGAINST;  catalog.match.closedNow;           ''
            default;    Nothing stated;        true;  UNKNOWN;  catalog.match.areaNotStated;       ''
            default;    Nothing stated;        true;  UNKNOWN;  catalog.match.languageNotStated;   ''
            default;    Nothing stated;        true;  UNKNOWN;  catalog.match.hoursNotGiven;       ''
            default;    Nationwide;            true;  FOR;      catalog.match.servesArea;          XA
            age15;      A full match;          false; EXCLUDES; catalog.match.ageOutside;          15|18–60
            age15;      Children only;         true;  FOR;      catalog.match.ageWithin;           15|0–17
            ageInDoubt; A full match;          true;  UNKNOWN;  catalog.match.ageInDoubt;          15|18–60
            ageUnknown; A full match;          true;  UNKNOWN;  catalog.match.ageUnknown;          18–60
            noLanguage; English only;          true;  UNKNOWN;  catalog.match.personLanguageUnknown; en
            unknowns;   Men only;              true;  UNKNOWN;  catalog.match.sexUnknown;          male
            unknowns;   XC nationals;          true;  UNKNOWN;  catalog.match.nationalityUnknown;  XC
            unknowns;   Refugees only;         true;  UNKNOWN;  catalog.match.statusUnknown;       refugee
            """)
    void eachReasonAndEachRefusal(String variant, String service, boolean canServe, Effect effect, String key, String arguments) {
        MatchedService matched = find(matching.match(person(variant, "legal-aid")), service);
        assertThat(matched.canServe()).as(matched.toString()).isEqualTo(canServe);
        assertThat(matched.score() > 0).isEqualTo(canServe);
        List<String> expected = arguments == null || arguments.isEmpty() ? List.of() : List.of(arguments.split("\\|"));
        assertThat(matched.reasons()).as(matched.toString()).contains(new MatchReason(key, expected, effect));
        assertThat(new ClasspathMessages("catalog").has(key)).isTrue();
    }

    @Test
    void everyServiceOfTheNeedIsListedRankedOrWithWhyAndTheBestFirst() {
        NeedMatches legal = matching.match(person("default", "legal-aid")).needs().get(0);
        assertThat(legal.need()).isEqualTo("legal-aid");
        assertThat(legal.label()).isEqualTo("catalog.term.legal-aid");
        List<String> listed = new ArrayList<>();
        legal.ranked().forEach(s -> listed.add(s.serviceId()));
        legal.cannotServe().forEach(s -> listed.add(s.serviceId()));
        assertThat(listed).hasSize(13).doesNotHaveDuplicates();
        assertThat(legal.ranked().get(0).serviceId()).isEqualTo(ids.get("A full match"));
        assertThat(legal.ranked()).extracting(MatchedService::score).isSortedAccordingTo((a, b) -> b - a);
        assertThat(legal.ranked()).allMatch(MatchedService::canServe);
        assertThat(legal.cannotServe()).noneMatch(MatchedService::canServe).allMatch(s -> s.reasons().get(0).effect() == Effect.EXCLUDES);
        // a refusal in the area comes before one elsewhere
        assertThat(legal.cannotServe().get(legal.cannotServe().size() - 1).serviceId()).isEqualTo(ids.get("Elsewhere"));
        assertThat(legal.ranked().get(0).places()).singleElement().satisfies(p -> {
            assertThat(p.confidential()).isFalse();
            assertThat(p.address()).contains("1 Court Street (fictional)", "Riverton (fictional)");
        });
    }

    @Test
    void aParentNeedFindsItsSubTermsAndAConfidentialAddressIsNeverGiven() {
        MatchResult result = matching.match(person("default", "shelter", "mhpss", "unknown-need"));
        assertThat(result.needs()).extracting(NeedMatches::need).containsExactly("shelter", "mhpss", "unknown-need");
        MatchedService shelter = result.needs().get(0).ranked().get(0);
        assertThat(shelter.serviceId()).isEqualTo(ids.get("Emergency shelter"));
        assertThat(shelter.reasons()).contains(new MatchReason("catalog.match.openNow", List.of("23:59"), Effect.FOR),
                new MatchReason("catalog.match.servesArea", List.of("Northland (fictional)"), Effect.FOR));
        // a shelter's location is confidential even without the attribute; the counselling place has it
        assertThat(shelter.places()).singleElement().satisfies(p -> {
            assertThat(p.confidential()).isTrue();
            assertThat(p.address()).isEmpty();
            assertThat(p.addressKey()).isEqualTo("catalog.match.confidentialLocation");
        });
        assertThat(result.needs().get(1).ranked().get(0).places()).singleElement().satisfies(p -> assertThat(p.confidential()).isTrue());
        assertThat(result.toString()).doesNotContain(SHELTER_STREET, "9 Quiet Road", "00000");
        assertThat(result.needs().get(2).ranked()).isEmpty();
        assertThat(result.needs().get(2).cannotServe()).isEmpty();
        assertThat(result.needs().get(2).label()).isEmpty();
    }

    @Test
    void aPageIsCutAndWhatIsLeftCounted() {
        MatchRequest base = person("default", "legal-aid");
        MatchRequest small = new MatchRequest(base.needs(), base.country(), base.divisionId(), base.divisionPath(), base.languages(), base.age(),
                false, base.sex(), base.nationality(), base.legalStatus(), base.at(), java.time.ZoneId.of("Africa/Casablanca"), 2);
        NeedMatches legal = matching.match(small).needs().get(0);
        assertThat(legal.ranked()).hasSize(2);
        assertThat(legal.cannotServe()).hasSize(2);
        assertThat(legal.ranked().size() + legal.moreRanked() + legal.cannotServe().size() + legal.moreCannotServe()).isEqualTo(13);
    }
}
