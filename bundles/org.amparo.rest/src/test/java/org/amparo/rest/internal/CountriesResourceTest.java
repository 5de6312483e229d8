package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.countries.CatalogSeed;
import org.amparo.countries.Confidence;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.NationalQuestion;
import org.amparo.countries.PackContents;
import org.amparo.countries.PackProblem;
import org.amparo.countries.PackState;
import org.amparo.countries.PackStatus;
import org.amparo.countries.Pathway;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

/**
 * {@code /countries} called directly, as the runtime would after the filters, over a hand-made
 * stand-in of the country-pack service holding a fictional pack (the real service needs OSGi and a
 * database; the in-container tests cover it).
 */
class CountriesResourceTest {
    private final ClasspathMessages messages = new ClasspathMessages("rest");
    private final FakePacks packs = new FakePacks();
    private final CountriesResource resource = new CountriesResource(packs, messages);
    private final ErrorResponses errors = new ErrorResponses(messages, (incident, e) -> { });

    CountriesResourceTest() {
        messages.with("country.xa.name", "Exampleland (fictional)")
                .with("fr", "country.xa.name", "Exempleland (fictif)")
                .with("country.xa.note", "A fictional caveat.")
                .with("country.xa.law.summary", "A fictional law.")
                .with("country.xa.level.region", "Region");
        for (int i = 1; i <= 60; i++) {
            packs.divisions.add(new Division("XA", "XA-" + i, null, 1, "Town " + i, Map.of("ar", "مدينة " + i), List.of(), false));
        }
        packs.divisions.add(new Division("XA", "XA-OLD", null, 1, "Old Town (fictional)", Map.of(), List.of(), true));
    }

    @Test
    void anySignedInUserListsThePacksAndNobodyElse() {
        CountryDto.PackList list = resource.list(Fakes.signedIn(Role.PARTNER_CASEWORKER));

        assertThat(list.items()).hasSize(2);
        CountryDto.PackView active = list.items().get(0);
        assertThat(active.code()).isEqualTo("XA");
        assertThat(active.state()).isEqualTo("ACTIVE");
        assertThat(active.contents().laws()).isEqualTo(1);
        assertThat(active.translations()).containsExactly("fr");
        assertThat(active.catalogSeed().rows()).containsEntry("organizations", 3);
        CountryDto.PackView refused = list.items().get(1);
        assertThat(refused.state()).isEqualTo("REFUSED");
        assertThat(refused.problems()).isEqualTo(2);
        assertThat(refused.code()).isNull();

        assertThatThrownBy(() -> resource.list(Fakes.anonymous()))
                .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.NOT_AUTHENTICATED));
    }

    @Test
    void theCountryCarriesEveryFactsEvidenceAndBothKeyAndTextInTheCallersLanguage() {
        CountryDto.CountryView french = resource.country("xa", "fr", Fakes.signedIn(Role.CASEWORKER));

        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.name()).isEqualTo(new CountryDto.Text("country.xa.name", "Exempleland (fictif)"));
        assertThat(french.fictional()).isTrue();
        CountryDto.LawView law = french.laws().get(0);
        assertThat(law.title()).isEqualTo("Loi fictive n° 1");
        assertThat(law.summary()).isEqualTo(new CountryDto.Text("country.xa.law.summary", "A fictional law."));
        assertThat(law.evidence().confidence()).isEqualTo("V");
        assertThat(law.evidence().verified()).isTrue();
        assertThat(law.evidence().sources()).containsExactly("https://example.org/law");
        assertThat(law.evidence().verifiedOn()).isEqualTo("2026-01-15");
        assertThat(law.provisions().get(0).evidence().verified()).isFalse();
        assertThat(law.provisions().get(0).evidence().confidence()).isEqualTo("U");
        assertThat(french.ageOfMajority().evidence().confidence()).isEqualTo("GK");
        assertThat(french.ageOfMajority().evidence().note().text()).isEqualTo("A fictional caveat.");
        assertThat(french.pathways().get(0).steps().get(0).deadlineDays()).isNull();
        assertThat(french.divisionLevels()).containsExactly(new CountryDto.Text("country.xa.level.region", "Region"));

        CountryDto.CountryView english = resource.country("XA", null, Fakes.signedIn(Role.CASEWORKER));
        assertThat(english.language()).as("the session's language without a header").isEqualTo("en");
        assertThat(english.name().text()).isEqualTo("Exampleland (fictional)");
    }

    @Test
    void anUnknownOrInactiveCountryIsA404WithAJsonError() {
        for (String code : List.of("ZZ", "XAX", "<b>", "")) {
            assertThatThrownBy(() -> resource.country(code, null, Fakes.signedIn(Role.CASEWORKER)))
                    .as(code).isInstanceOf(NotFoundException.class);
        }
        NotFoundException notFound = catchNotFound(() -> resource.divisions("QQ", null, null, null, null, null,
                Fakes.signedIn(Role.CASEWORKER)));

        Response response = errors.toResponse(notFound, LanguageTag.of("fr"));
        assertThat(response.getStatus()).isEqualTo(404);
        JsonNode body = JacksonJsonProvider.MAPPER.valueToTree(response.getEntity());
        assertThat(body.at("/error/code").asText()).isEqualTo("notFound");
        assertThat(body.at("/error/message").asText()).isEqualTo("Aucun pack pays actif ne porte ce code.");
    }

    @Test
    void divisionsComeAPageAtATimeNeverMoreThanFifty() {
        CountryDto.DivisionPageView first = resource.divisions("XA", "town", null, null, null, "ar",
                Fakes.signedIn(Role.CASEWORKER));
        assertThat(first.items()).hasSize(20);
        assertThat(first.more()).isTrue();
        assertThat(first.items().get(0).displayName()).isEqualTo("مدينة 1");
        assertThat(first.items().get(0).name()).isEqualTo("Town 1");

        CountryDto.DivisionPageView last = resource.divisions("XA", "town", null, "50", "50", null,
                Fakes.signedIn(Role.CASEWORKER));
        assertThat(last.items()).hasSize(10);
        assertThat(last.more()).isFalse();
        assertThat(last.limit()).isEqualTo(50);
        assertThat(packs.lastLimit).isEqualTo(50);
    }

    @Test
    void badPagingQueryOrParentIsA400NamingEachField() {
        assertThatThrownBy(() -> resource.divisions("XA", "x".repeat(101), null, "-1", "51", null, Fakes.signedIn(Role.CASEWORKER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("q", "offset", "limit"));
        ValidationException badLimit = catchValidation(() -> resource.divisions("XA", null, null, "0", "ten", null,
                Fakes.signedIn(Role.CASEWORKER)));
        Response response = errors.toResponse(badLimit, LanguageTag.ENGLISH);
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = JacksonJsonProvider.MAPPER.valueToTree(response.getEntity());
        assertThat(body.at("/error/fields/0/field").asText()).isEqualTo("limit");
        assertThat(body.at("/error/fields/0/message").asText()).isEqualTo("Must be a whole number from 1 to 50.");

        assertThatThrownBy(() -> resource.divisions("XA", null, "XA-NONE", null, null, null, Fakes.signedIn(Role.CASEWORKER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("parent"));
    }

    @Test
    void aDivisionIsReadByIdEvenWhenWithdrawn() {
        CountryDto.DivisionView old = resource.division("xa", "XA-OLD", null, Fakes.signedIn(Role.CASEWORKER));
        assertThat(old.withdrawn()).isTrue();
        assertThat(old.name()).isEqualTo("Old Town (fictional)");
        assertThat(resource.division("XA", "XA-1", null, Fakes.signedIn(Role.CASEWORKER)).withdrawn()).isFalse();

        assertThatThrownBy(() -> resource.division("XA", "XA-NONE", null, Fakes.signedIn(Role.CASEWORKER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resource.division("XA", "XA-1", null, Fakes.anonymous())).isInstanceOf(RestException.class);
    }

    @Test
    void theJsonHasTheShapeTheOpenApiDocumentDescribes() {
        JsonNode document = OpenApiResource.load();
        assertSameProperties(document, "CountryPack", resource.list(Fakes.signedIn(Role.CASEWORKER)).items().get(0));
        assertSameProperties(document, "Country", resource.country("XA", null, Fakes.signedIn(Role.CASEWORKER)));
        assertSameProperties(document, "Law", resource.country("XA", null, Fakes.signedIn(Role.CASEWORKER)).laws().get(0));
        assertSameProperties(document, "Evidence",
                resource.country("XA", null, Fakes.signedIn(Role.CASEWORKER)).laws().get(0).evidence());
        assertSameProperties(document, "DivisionPage", resource.divisions("XA", null, null, null, null, null,
                Fakes.signedIn(Role.CASEWORKER)));
        assertSameProperties(document, "Division", resource.division("XA", "XA-1", null, Fakes.signedIn(Role.CASEWORKER)));
    }

    private static void assertSameProperties(JsonNode document, String schema, Object value) {
        Set<String> documented = new HashSet<>();
        document.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(documented::add);
        Set<String> written = new HashSet<>();
        JacksonJsonProvider.MAPPER.valueToTree(value).fieldNames().forEachRemaining(written::add);
        assertThat(written).as("properties of %s", schema).isEqualTo(documented);
    }

    private static NotFoundException catchNotFound(Runnable call) {
        try {
            call.run();
        } catch (NotFoundException e) {
            return e;
        }
        throw new AssertionError("no 404");
    }

    private static ValidationException catchValidation(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("no 400");
    }

    private static Evidence evidence(Confidence confidence) {
        return confidence == Confidence.V
                ? new Evidence(confidence, List.of("https://example.org/law"), LocalDate.of(2026, 1, 15), null)
                : new Evidence(confidence, List.of(), null, "country.xa.note");
    }

    static Country exampleland() {
        Law law = new Law("law-1", "Loi fictive n° 1", "fr", "1", LocalDate.of(2023, 5, 4), "promulgated",
                "country.xa.law.summary", evidence(Confidence.V), List.of(new Law.Provision("p", "reflection-period",
                        "Art. 1", "country.xa.law.summary", evidence(Confidence.U))));
        Pathway pathway = new Pathway("adult", "trafficking", "country.xa.name", List.of(new Pathway.Step("s",
                "country.xa.name", null, null, null, List.of("law-1#p"), evidence(Confidence.P))));
        NationalQuestion question = new NationalQuestion("q", "vulnerability", "country.xa.name", null, "single-choice",
                List.of(new NationalQuestion.Option("none", "country.xa.name")), List.of(), evidence(Confidence.GK));
        return new Country("XA", "1.0.0", "rev-1", true, "country.xa.name",
                List.of(new Country.CountryLanguage("ar", true, true, evidence(Confidence.GK))),
                new Country.AgeOfMajority(18, evidence(Confidence.GK)), new Country.Body("country.xa.name", evidence(Confidence.V)),
                List.of(new Country.Hotline("line", "country.xa.name", "0000 000", null, evidence(Confidence.V))), null,
                List.of("country.xa.level.region"), 61, List.of(law), List.of(pathway), List.of(question));
    }

    /** One active fictional pack and one refused bundle; divisions searched by the start of a name. */
    static final class FakePacks implements CountryPacks {
        final Country country = exampleland();
        final List<Division> divisions = new ArrayList<>();
        int lastLimit;

        @Override
        public List<PackStatus> packs() {
            return List.of(
                    new PackStatus("XA", "org.amparo.country.xa", 42, "1.0.0", "rev-1", PackState.ACTIVE, List.of(),
                            new PackContents(1, 1, 1, 1, 1, 1, 61), List.of("fr"),
                            new CatalogSeed("org.amparo.country.xa.catalog", "1.0.0", Map.of("organizations", 3), List.of()),
                            Instant.parse("2026-01-20T10:00:00Z")),
                    new PackStatus(null, "org.example.broken", 43, "0.1.0", null, PackState.REFUSED,
                            List.of(new PackProblem("amparo/country/country.json", 0, "", "pack.error.missingFile", List.of()),
                                    new PackProblem("META-INF/MANIFEST.MF", 0, "Provide-Capability", "pack.error.noCapability",
                                            List.of(""))),
                            PackContents.NONE, List.of(), null, Instant.parse("2026-01-20T10:00:00Z")));
        }

        @Override
        public Optional<PackStatus> status(String codeOrBundleId) {
            return packs().stream().filter(s -> codeOrBundleId.equals(s.code())).findFirst();
        }

        @Override
        public Optional<Country> country(String code) {
            return country.code().equals(code) ? Optional.of(country) : Optional.empty();
        }

        @Override
        public Optional<Country> operatingCountry() {
            return Optional.ofNullable(country);
        }

        @Override
        public DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
            lastLimit = limit;
            int size = Math.min(limit, DivisionPage.MAX_LIMIT);
            List<Division> matching = divisions.stream().filter(d -> !d.withdrawn())
                    .filter(d -> parentId == null || parentId.equals(d.parentId()))
                    .filter(d -> d.name().toLowerCase().startsWith(query.toLowerCase())).toList();
            int end = Math.min(matching.size(), offset + size);
            return new DivisionPage(offset >= end ? List.of() : matching.subList(offset, end), offset, size, end < matching.size());
        }

        @Override
        public Optional<Division> division(String code, String id) {
            return "XA".equals(code) ? divisions.stream().filter(d -> d.id().equals(id)).findFirst() : Optional.empty();
        }

        @Override
        public Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
            return Optional.empty();
        }
    }
}
