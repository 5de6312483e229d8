package org.amparo.rest.internal;

import static org.amparo.rest.internal.CatalogResourceTest.json;
import static org.amparo.rest.internal.CatalogResourceTest.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditQuery;
import org.amparo.cases.internal.Fixture;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.amparo.standards.internal.LibraryImpl;
import org.amparo.standards.internal.PublicReadingImpl;
import org.amparo.standards.internal.RestLibraries;
import org.junit.jupiter.api.Test;

/**
 * {@code /library} and {@code /library/public-reading} called directly over the REAL standards
 * library (the standards bundle's core content) and the real public-reading switch on in-memory
 * Derby with the real audit log.
 */
class LibraryResourcesTest {
    private final Fixture f = new Fixture();
    private final ClasspathMessages messages = new ClasspathMessages("rest", "standards");
    private final ErrorResponses errors = new ErrorResponses(messages, (incident, e) -> { });
    private final LibraryImpl library = RestLibraries.library(new ClasspathMessages("standards"));
    private final LibraryResource resource = new LibraryResource(library, messages);
    private final PublicReadingResource reading = new PublicReadingResource(new PublicReadingImpl(f.database, f.audit));
    private final SecurityContext ana = signedIn(f.user("ana", f.org, Role.CASEWORKER), "en");
    private final SecurityContext carla = signedIn(f.user("carla", f.org, Role.COUNTRY_ADMIN), "en");

    private JsonNode error(Runnable call) {
        return CatalogResourceTest.error(errors, call);
    }

    private static List<String> fields(JsonNode error) {
        return error.at("/error/fields").findValuesAsText("field");
    }

    private static List<String> marked(LibraryDto.HitView hit) {
        return hit.highlights().stream().map(h -> hit.passage().substring(h.start(), h.end())).toList();
    }

    @Test
    void browsesByTopicAudienceCountryAndTypeWithNamesInTheRepliesLanguage() {
        LibraryDto.ItemPageView children = resource.items("children", null, null, null, null, null, null, ana);
        assertThat(children.items()).extracting(LibraryDto.ItemSummary::id).contains("best-interests-child", "palermo-tip-2000")
                .doesNotContain("ilo-forced-labour-2012");
        LibraryDto.ItemPageView lists = resource.items(null, "law-enforcement", "INTERNATIONAL", "indicator-list", null, null, null, ana);
        assertThat(lists.items()).extracting(LibraryDto.ItemSummary::id)
                .containsExactlyInAnyOrder("ilo-ec-delphi-2009", "ilo-forced-labour-2012");
        assertThat(lists.items().get(0).type().label()).isEqualTo(messages.get(org.amparo.common.LanguageTag.ENGLISH,
                "standards.type.indicator-list")).doesNotStartWith("standards.");
        assertThat(lists.items().get(0).source()).isNotNull();

        LibraryDto.ItemPageView page = resource.items(null, null, null, null, "2", "3", null, ana);
        assertThat(page.items()).hasSize(3);
        assertThat(page.offset()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(library.browse(org.amparo.standards.LibraryFilter.ALL, 0, 100).total());

        LibraryDto.FacetsView facets = resource.facets(null, ana);
        assertThat(facets.types()).anySatisfy(t -> {
            assertThat(t.code()).isEqualTo("indicator-list");
            assertThat(t.count()).isEqualTo(2);
        });
        assertThat(facets.countries()).extracting(LibraryDto.FacetView::code).contains("international");
    }

    @Test
    void anItemComesInEveryLanguageWithItsSourceAndAnUnknownOneIsNotFound() {
        LibraryDto.ItemView item = resource.item("palermo-tip-2000", "fr", ana);
        assertThat(item.titles()).containsKey("en");
        assertThat(item.sections()).isNotEmpty();
        assertThat(item.sections()).extracting(LibraryDto.SectionView::id).contains("children");
        assertThat(item.languages()).extracting(LibraryDto.LanguageView::language).contains("en");
        assertThat(item.evidence().confidence()).isIn("V", "P", "GK", "U");
        JsonNode unknown = error(() -> resource.item("no-such-item", null, ana));
        assertThat(unknown.get("status").asInt()).isEqualTo(404);
        assertThat(unknown.at("/error/message").asText()).contains("no-such-item");
        assertThat(error(() -> resource.items(null, null, null, null, null, null, null, null)).get("status").asInt())
                .as("no session").isEqualTo(401);
    }

    @Test
    void searchFindsPassagesInEnglishFrenchArabicAndLaoWithHighlights() {
        LibraryDto.SearchPageView english = resource.search("debt bondage", "en", null, null, null, null, null, null, null, ana);
        assertThat(english.hits()).isNotEmpty();
        assertThat(marked(english.hits().get(0))).extracting(String::toLowerCase).containsExactly("debt", "bondage");

        LibraryDto.SearchPageView french = resource.search("ENFANT separe", "fr", null, null, null, null, null, null, null, ana);
        assertThat(french.hits()).isNotEmpty();
        assertThat(french.hits().get(0).language()).isEqualTo("fr");
        assertThat(marked(french.hits().get(0))).extracting(String::toLowerCase).contains("enfant");

        LibraryDto.SearchPageView arabic = resource.search("الاتِّجار", null, null, null, null, null, null, null, "ar", ana);
        assertThat(arabic.hits()).extracting(LibraryDto.HitView::itemId).contains("palermo-tip-2000");
        assertThat(marked(arabic.hits().get(0))).allSatisfy(w -> assertThat(w).contains("الاتجار"));

        LibraryDto.SearchPageView lao = resource.search("ເດັກ", "lo", null, null, null, null, null, null, null, ana);
        assertThat(lao.hits()).extracting(h -> h.itemId() + "#" + h.sectionId()).containsExactly("palermo-tip-2000#children");
        assertThat(marked(lao.hits().get(0))).containsExactly("ເດັກ");

        LibraryDto.SearchPageView lists = resource.search("exploitation", "en", null, null, null, "indicator-list", "0", "1", null, ana);
        assertThat(lists.hits()).hasSize(1);
        assertThat(lists.hits().get(0).type().code()).isEqualTo("indicator-list");
        assertThat(lists.total()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void eachStandardSaysWhereItAppliesAndEachPlaceWhyItIsAsked() {
        List<LibraryDto.PlaceView> places = resource.appliedIn("best-interests-child", null, ana).items();
        assertThat(places).isNotEmpty();
        LibraryDto.PlaceView place = places.get(0);
        assertThat(place.key()).startsWith(place.kind() + ":");
        LibraryDto.WhyView why = resource.why(place.key(), null, ana);
        assertThat(why.place().key()).isEqualTo(place.key());
        assertThat(why.items()).extracting(LibraryDto.ItemSummary::id).contains("best-interests-child");
        assertThat(error(() -> resource.appliedIn("no-such-item", null, ana)).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void badQueriesAreRefusedFieldByField() {
        assertThat(fields(error(() -> resource.items("Not A Topic", null, "Xanadu", "poem", "-1", "0", null, ana))))
                .containsExactly("topic", "country", "type", "offset", "limit");
        assertThat(fields(error(() -> resource.items(null, null, null, null, null, "101", null, ana)))).containsExactly("limit");
        JsonNode search = error(() -> resource.search(" ", "not a language", null, null, null, null, null, null, null, ana));
        assertThat(search.get("status").asInt()).isEqualTo(400);
        assertThat(fields(search)).containsExactly("q", "lang");
        assertThat(fields(error(() -> resource.search("x".repeat(201), null, null, null, null, null, null, null, null, ana))))
                .containsExactly("q");
        JsonNode place = error(() -> resource.why("somewhere:else", null, ana));
        assertThat(fields(place)).containsExactly("place");
        assertThat(place.at("/error/fields/0/message").asText()).contains("screening:");
        assertThat(error(() -> resource.why(null, null, ana)).at("/error/fields/0/message").asText())
                .isEqualTo("This field is required.");
    }

    @Test
    void onlyACountryAdministratorOpensTheLibraryToPeopleWithoutAnAccount() {
        LibraryDto.PublicReadingView closed = reading.get(ana);
        assertThat(closed.open()).isFalse();
        assertThat(closed.changedBy()).isNull();

        JsonNode refused = error(() -> reading.set(new LibraryDto.PublicReadingRequest(true), ana));
        assertThat(refused.get("status").asInt()).isEqualTo(403);
        assertThat(reading.get(ana).open()).isFalse();
        assertThat(f.audit.count(new AuditQuery(null, "standards.publicReading", 0, 10))).isEqualTo(1);
        assertThat(f.audit.page(AuditQuery.latest(1)).get(0).outcome()).isEqualTo(AuditOutcome.DENIED);

        LibraryDto.PublicReadingView open = reading.set(json(LibraryDto.PublicReadingRequest.class, "{\"open\":true}"), carla);
        assertThat(open.open()).isTrue();
        assertThat(open.changedBy()).isEqualTo("carla");
        assertThat(open.changedAt()).isNotNull();
        assertThat(reading.get(ana).open()).isTrue();
        assertThat(reading.set(new LibraryDto.PublicReadingRequest(false), carla).open()).isFalse();

        assertThat(fields(error(() -> reading.set(new LibraryDto.PublicReadingRequest(null), carla)))).containsExactly("open");
        assertThat(error(() -> reading.set(null, carla)).at("/error/code").asText()).isEqualTo("malformedJson");
        assertThat(error(() -> json(LibraryDto.PublicReadingRequest.class, "{\"open\":true,\"everyone\":1}")).at("/error/code")
                .asText()).isEqualTo("unknownProperty");
        assertThat(reading.get(ana).open()).isFalse();
    }
}
