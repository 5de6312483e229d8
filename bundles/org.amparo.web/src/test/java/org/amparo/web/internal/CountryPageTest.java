package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amparo.common.LanguageTag;
import org.amparo.countries.Confidence;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.NationalQuestion;
import org.amparo.countries.PackContents;
import org.amparo.countries.PackState;
import org.amparo.countries.PackStatus;
import org.amparo.countries.Pathway;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.web.api.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * The country page over real records of a fictional pack. The service is a hand-made stand-in: the
 * real one needs OSGi and a database, and the in-container tests cover the wiring.
 */
class CountryPageTest {
    private static final String SOURCE = "https://example.org/exampleland/law-1?a=1&b=2";

    private final FakeMessages messages = new FakeMessages();
    private final FakePacks packs = new FakePacks();
    private final CountryPage page = new CountryPage(packs);

    CountryPageTest() {
        Map.of("country.xa.name", "Exampleland (fictional)",
                "country.xa.body", "Exampleland Commission (fictional)",
                "country.xa.majority.note", "Fictional note on majority.",
                "country.xa.hotline.national", "National line (fictional)",
                "country.xa.hotline.hours", "Every day (fictional)",
                "country.xa.law-1.summary", "A fictional law.",
                "country.xa.law-1.reflection", "Fictional reflection period.",
                "country.xa.pathway.adult", "Adult victims (fictional)",
                "country.xa.step.notify", "Notify the commission (fictional)").forEach(messages::with);
        messages.with("country.xa.step.reflection", "Offer a reflection period (fictional)")
                .with("country.xa.q.threat", "Threatened? (fictional)")
                .with("country.xa.level.region", "Region")
                .with("country.xa.level.province", "Province")
                .with("fr", "country.xa.name", "Exempleland (fictif)");
    }

    private static Evidence verified() {
        return new Evidence(Confidence.V, List.of(SOURCE), LocalDate.of(2026, 1, 15), null);
    }

    private static Evidence unverified(Confidence confidence, String note) {
        return new Evidence(confidence, List.of(), null, note);
    }

    private static Country exampleland() {
        Law law = new Law("law-1", "Loi fictive n° 1-23 relative à la démonstration", "fr", "1-23", LocalDate.of(2023, 5, 4),
                "promulgated", "country.xa.law-1.summary", verified(), List.of(
                        new Law.Provision("reflection", "reflection-period", "Art. 12", "country.xa.law-1.reflection",
                                unverified(Confidence.U, null))));
        Pathway pathway = new Pathway("adult", "trafficking", "country.xa.pathway.adult", List.of(
                new Pathway.Step("notify", "country.xa.step.notify", "country.xa.body", 2, "identification", List.of("law-1"),
                        verified()),
                new Pathway.Step("reflection", "country.xa.step.reflection", null, null, null, List.of("law-1#reflection"),
                        unverified(Confidence.P, null))));
        NationalQuestion question = new NationalQuestion("xa-threat", "trafficking-identification", "country.xa.q.threat",
                null, "yes-no", List.of(), List.of(), unverified(Confidence.GK, null));
        return new Country("XA", "1.0.0", "rev1", true, "country.xa.name",
                List.of(new Country.CountryLanguage("ar", true, true, unverified(Confidence.GK, null))),
                new Country.AgeOfMajority(18, unverified(Confidence.GK, "country.xa.majority.note")),
                new Country.Body("country.xa.body", verified()),
                List.of(new Country.Hotline("national-line", "country.xa.hotline.national", "0000 000 000",
                        "country.xa.hotline.hours", verified())),
                null, List.of("country.xa.level.region", "country.xa.level.province"), 45, List.of(law), List.of(pathway),
                List.of(question));
    }

    @Test
    void withoutAnActivePackItSaysThatNoneIsInstalledAndHowToInstallOne() {
        String html = page.handle(request(Map.of(), LanguageTag.ENGLISH)).html();

        assertThat(html).contains("id=\"country-none\"").contains("No country pack is installed")
                .contains("feature:install").doesNotContain("data-confidence");
    }

    @Test
    void everyFactThatIsNotVerifiedCarriesAVisibleLabelAndItsNote() {
        packs.country = exampleland();

        String html = page.handle(request(Map.of(), LanguageTag.ENGLISH)).html();

        assertThat(html).contains("<div class=\"evidence fact-unverified confidence-gk\" data-confidence=\"GK\">")
                .contains("Not verified — general knowledge")
                .contains("<div class=\"evidence fact-unverified confidence-u\" data-confidence=\"U\">")
                .contains("Uncertain — do not rely on this")
                .contains("data-confidence=\"P\"").contains("Partly verified — secondary source")
                .contains("Fictional note on majority.");
        // every rendered evidence block is one of the four levels, and each non-V one is marked unverified
        Matcher blocks = Pattern.compile("<div class=\"evidence (fact-\\w+) confidence-(\\w+)\" data-confidence=\"(\\w+)\">")
                .matcher(html);
        int count = 0;
        while (blocks.find()) {
            count++;
            assertThat(blocks.group(1)).isEqualTo("V".equals(blocks.group(3)) ? "fact-verified" : "fact-unverified");
            assertThat(blocks.group(2)).isEqualTo(blocks.group(3).toLowerCase(Locale.ROOT));
        }
        assertThat(count).as("facts with evidence: language, majority, body, hotline, law, provision, 2 steps, question")
                .isEqualTo(9);
    }

    @Test
    void aVerifiedFactShowsItsSourceLinkAndWhenItWasChecked() {
        packs.country = exampleland();

        String html = page.handle(request(Map.of(), LanguageTag.ENGLISH)).html();

        assertThat(html).contains("<div class=\"evidence fact-verified confidence-v\" data-confidence=\"V\">"
                + "<span class=\"badge\" title=\"Confidence: V\">Verified against source</span>")
                .contains("<a href=\"https://example.org/exampleland/law-1?a=1&amp;b=2\" rel=\"noopener noreferrer\" "
                        + "target=\"_blank\" dir=\"ltr\">")
                .contains("Last checked on <time dir=\"ltr\" datetime=\"2026-01-15\">2026-01-15</time>");
    }

    @Test
    void showsTheFictionalBannerTheLawInItsOwnLanguageAndTheDeadlines() {
        packs.country = exampleland();

        String html = page.handle(request(Map.of(), LanguageTag.ENGLISH)).html();

        assertThat(html).contains("class=\"fictional-banner\"").contains("Fictional demonstration data.")
                .contains("<h2 id=\"country-XA-name\"><bdi>Exampleland (fictional)</bdi></h2>")
                .contains("<span class=\"law-title\" dir=\"auto\" lang=\"fr\">Loi fictive n° 1-23 relative à la démonstration</span>")
                .contains("Promulgated on <time dir=\"ltr\" datetime=\"2023-05-04\">2023-05-04</time>")
                .contains("Reflection period</strong> – <bdi>Art. 12</bdi>")
                .contains("Deadline: 2 day(s) from identification")
                .contains("No deadline given in the sources")
                .contains("href=\"tel:0000000000\"").contains("Hours: <bdi>Every day (fictional)</bdi>")
                .contains("Arabic (<span lang=\"ar\" dir=\"rtl\">العربية</span>) – official language, written right to left")
                .contains("18 years")
                .doesNotContain("[web.");
    }

    @Test
    void theDivisionListIsNeverShownWholeOnlySearchedAPageAtATime() {
        packs.country = exampleland();
        for (int i = 1; i <= 45; i++) {
            packs.divisions.add(new Division("XA", "XA-" + i, null, 1, "Town " + i, Map.of(), List.of(), false));
        }

        String none = page.handle(request(Map.of(), LanguageTag.ENGLISH)).html();
        assertThat(none).contains("id=\"division-xa-search\"").contains("Administrative divisions in the country pack: 45.")
                .doesNotContain("class=\"division-list\"");
        assertThat(packs.searches).isZero();

        String first = page.handle(request(Map.of("q", "town"), LanguageTag.ENGLISH)).html();
        assertThat(count(first, "<li class=\"division\"")).isEqualTo(20);
        assertThat(first).contains("Results 1 to 20").contains("id=\"division-xa-next\"")
                .contains("href=\"/app/country?country=XA&amp;q=town&amp;page=2#division-xa-search\"")
                .doesNotContain("id=\"division-xa-previous\"").contains("value=\"town\"");
        assertThat(packs.lastLimit).isEqualTo(20);

        String third = page.handle(request(Map.of("q", "town", "page", "3"), LanguageTag.ENGLISH)).html();
        assertThat(count(third, "<li class=\"division\"")).isEqualTo(5);
        assertThat(third).contains("Results 41 to 45").contains("id=\"division-xa-previous\"")
                .doesNotContain("id=\"division-xa-next\"");
        assertThat(packs.lastOffset).isEqualTo(40);
    }

    @Test
    void aHostileDivisionNameIsEscapedEverywhere() {
        packs.country = exampleland();
        String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        packs.divisions.add(new Division("XA", "XA-<b>", null, 1, hostile, Map.of("fr", hostile), List.of(hostile), false));

        String html = page.handle(request(Map.of("q", "<script>"), LanguageTag.ENGLISH)).html();

        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("data-division=\"XA-&lt;b&gt;\"")
                .contains("value=\"&lt;script&gt;\"");
    }

    @Test
    void aDivisionIsNamedInTheUsersLanguageWhenThePackHasThatName() {
        packs.country = exampleland();
        packs.divisions.add(new Division("XA", "XA-N", null, 1, "Northern Region (fictional)",
                Map.of("ar", "الجهة الشمالية"), List.of(), false));
        packs.divisions.add(new Division("XA", "XA-N-1", "XA-N", 2, "Port Élan (fictional)", Map.of(),
                List.of("Northern Region (fictional)"), false));

        String arabic = page.handle(request(Map.of("q", "n"), LanguageTag.of("ar"))).html();
        assertThat(arabic).contains("<bdi lang=\"ar\" dir=\"auto\">الجهة الشمالية</bdi>");
        String inside = page.handle(request(Map.of("q", "port"), LanguageTag.of("ar"))).html();
        assertThat(inside).contains("<bdi dir=\"auto\">Port Élan (fictional)</bdi>")
                .contains("<span class=\"division-path\">ضمن: <bdi dir=\"auto\">Northern Region (fictional)</bdi></span>")
                .contains("(<bdi>Province</bdi>)").doesNotContain("عرض التقسيمات الواقعة داخله");

        String children = page.handle(request(Map.of("parent", "XA-N"), LanguageTag.ENGLISH)).html();
        assertThat(children).contains("data-division=\"XA-N-1\"").doesNotContain("data-division=\"XA-N\"")
                .contains("<input type=\"hidden\" name=\"parent\" value=\"XA-N\">");
    }

    @Test
    void textsFollowTheUsersLanguage() {
        packs.country = exampleland();

        String french = page.handle(request(Map.of(), LanguageTag.of("fr"))).html();

        assertThat(french).contains("Exempleland (fictif)").contains("Non vérifié — connaissance générale")
                .contains("Vérifié à la source").doesNotContain("[web.");
    }

    @Test
    void keysBuiltAtRunTimeExistInEveryLanguage() {
        Map<String, String> en = FakeMessages.file("web.properties");
        Map<String, String> fr = FakeMessages.file("web_fr.properties");
        Map<String, String> ar = FakeMessages.file("web_ar.properties");
        List<String> keys = new ArrayList<>();
        CountryPage.TOPICS.forEach(t -> keys.add("web.country.topic." + t));
        CountryPage.DATE_KINDS.forEach(t -> keys.add("web.country.dateKind." + t));
        CountryPage.CASE_TYPES.forEach(t -> keys.add("web.country.caseType." + t));
        CountryPage.INSTRUMENTS.forEach(t -> keys.add("web.country.instrument." + t));
        CountryPage.ANSWER_TYPES.forEach(t -> keys.add("web.country.answerType." + t));
        CountryPage.SECTIONS.forEach(t -> keys.add("web.country.section." + t));
        for (Confidence confidence : Confidence.values()) {
            keys.add("web.country.confidence." + confidence.name());
        }
        assertThat(keys).allSatisfy(key -> {
            assertThat(en).containsKey(key);
            assertThat(fr).containsKey(key);
            assertThat(ar).containsKey(key);
        });
    }

    @Test
    void anotherAddressUnderThePageIsNotFound() {
        assertThat(page.handle(request(Map.of(), LanguageTag.ENGLISH, "x")).status()).isEqualTo(404);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private PageRequest request(Map<String, String> parameters, LanguageTag language) {
        return request(parameters, language, "");
    }

    private PageRequest request(Map<String, String> parameters, LanguageTag language, String subPath) {
        return new PageRequest() {
            @Override
            public String method() {
                return "GET";
            }

            @Override
            public String subPath() {
                return subPath;
            }

            @Override
            public Optional<String> parameter(String name) {
                return Optional.ofNullable(parameters.get(name));
            }

            @Override
            public String username() {
                return "carl";
            }

            @Override
            public String displayName() {
                return "Carl";
            }

            @Override
            public Set<String> roles() {
                return Set.of("CASEWORKER");
            }

            @Override
            public LanguageTag language() {
                return language;
            }

            @Override
            public String text(String key, Object... arguments) {
                return messages.get(language, key, arguments);
            }

            @Override
            public String csrfField() {
                return "";
            }
        };
    }

    /** One active pack (or none) and its divisions, searched by a word start as the real service does. */
    static final class FakePacks implements CountryPacks {
        Country country;
        final List<Division> divisions = new ArrayList<>();
        int searches;
        int lastOffset;
        int lastLimit;

        @Override
        public List<PackStatus> packs() {
            if (country == null) {
                return List.of();
            }
            return List.of(new PackStatus(country.code(), "org.amparo.country.xa", 42, country.version(), country.revision(),
                    PackState.ACTIVE, List.of(), PackContents.NONE, List.of(), null, Instant.EPOCH));
        }

        @Override
        public Optional<PackStatus> status(String codeOrBundleId) {
            return packs().stream().filter(s -> s.code().equalsIgnoreCase(codeOrBundleId)).findFirst();
        }

        @Override
        public Optional<Country> country(String code) {
            return Optional.ofNullable(country).filter(c -> c.code().equalsIgnoreCase(code));
        }

        @Override
        public Optional<Country> operatingCountry() {
            return Optional.ofNullable(country);
        }

        @Override
        public DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
            searches++;
            lastOffset = offset;
            lastLimit = limit;
            int size = Math.min(limit, DivisionPage.MAX_LIMIT);
            String word = query.toLowerCase(Locale.ROOT);
            List<Division> matching = divisions.stream()
                    .filter(d -> parentId == null || parentId.equals(d.parentId()))
                    .filter(d -> word.isEmpty() || names(d).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(word)))
                    .toList();
            int end = Math.min(matching.size(), offset + size);
            List<Division> items = offset >= matching.size() ? List.of() : matching.subList(offset, end);
            return new DivisionPage(items, offset, size, end < matching.size());
        }

        private static List<String> names(Division division) {
            List<String> names = new ArrayList<>(List.of(division.name()));
            names.addAll(division.names().values());
            return names;
        }

        @Override
        public Optional<Division> division(String code, String id) {
            return divisions.stream().filter(d -> d.id().equals(id)).findFirst();
        }

        @Override
        public Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
            return Optional.empty();
        }
    }
}
