package org.amparo.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.standards.Facet;
import org.amparo.standards.ItemType;
import org.amparo.standards.LanguageVersion;
import org.amparo.standards.LibraryFilter;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.LibraryPage;
import org.amparo.standards.Place;
import org.amparo.standards.Section;
import org.junit.jupiter.api.Test;

class LibraryImplTest {
    private final FakePacks packs = new FakePacks();
    private final ClasspathMessages messages = Content.messages()
            .with("country.xa.name", "Xanadu (fictional)")
            .with("country.xa.law-1.summary", "A fictional law on assistance to victims.")
            .with("fr", "country.xa.law-1.summary", "Une loi fictive sur l'assistance aux victimes.")
            .with("ar", "country.xa.law-1.summary", "قانون خيالي بشأن مساعدة الضحايا.")
            .with("country.xa.law-1.assistance", "Victims receive shelter and medical care.")
            .with("fr", "country.xa.law-1.assistance", "Les victimes reçoivent un hébergement et des soins.")
            .with("country.xa.law-1.reflection", "A reflection period of thirty days.")
            .with("country.xa.note", "Not checked.")
            .with("country.xa.pathway.trafficking", "Trafficking referral pathway")
            .with("fr", "country.xa.pathway.trafficking", "Parcours d'orientation traite")
            .with("country.xa.step.identification", "Identification by the police")
            .with("country.xa.step.reflection", "Reflection period granted")
            .with("country.xa.body.police", "The police");
    private final LibraryImpl library = new LibraryImpl(Content.core(), messages);

    {
        library.setPacks(packs);
    }

    @Test
    void browseFiltersByTopicAudienceCountryAndType() {
        LibraryPage children = library.browse(new LibraryFilter("children", null, null, null), 0, 50);
        assertThat(children.items()).extracting(LibraryItem::id).contains("best-interests-child", "palermo-tip-2000")
                .doesNotContain("ilo-forced-labour-2012");
        LibraryPage lists = library.browse(new LibraryFilter(null, "law-enforcement", LibraryFilter.INTERNATIONAL,
                ItemType.INDICATOR_LIST), 0, 50);
        assertThat(lists.items()).extracting(LibraryItem::id).containsExactlyInAnyOrder("ilo-ec-delphi-2009", "ilo-forced-labour-2012");
        LibraryPage page = library.browse(LibraryFilter.ALL, 2, 3);
        assertThat(page.items()).hasSize(3);
        assertThat(page.total()).isEqualTo(9);
        assertThat(library.browse(LibraryFilter.ALL, 0, 10_000).limit()).isEqualTo(100);
    }

    @Test
    void aCountryPacksLawsAndProceduresAppearAndDisappearWithThePack() {
        assertThat(library.item("xa.law.law-1")).isEmpty();
        packs.install(FakePacks.fictional("r1"));
        LibraryItem law = library.item("xa.law.law-1").orElseThrow();
        assertThat(law.type()).isEqualTo(ItemType.NATIONAL_LAW);
        assertThat(law.country()).isEqualTo("XA");
        assertThat(law.fictional()).isTrue();
        assertThat(law.title("en")).isEqualTo("Loi n° 1 relative à la démonstration");
        assertThat(law.sections()).extracting(Section::id).containsExactly("summary", "assistance", "reflection");
        Section reflection = law.section("reflection").orElseThrow();
        assertThat(reflection.citation()).isEqualTo("Art. 9");
        assertThat(reflection.evidence().confidence()).isEqualTo("GK");
        assertThat(reflection.evidence().verified()).isFalse();
        // French is the law's own language; English and Arabic texts are unofficial translations
        assertThat(law.languages()).containsExactly(new LanguageVersion("fr", false), new LanguageVersion("en", true),
                new LanguageVersion("ar", true));
        assertThat(law.lastReviewed()).hasToString("2026-01-15");
        assertThat(law.topics()).containsExactly("trafficking");

        LibraryItem procedure = library.item("xa.procedure.trafficking").orElseThrow();
        assertThat(procedure.type()).isEqualTo(ItemType.NATIONAL_PROCEDURE);
        assertThat(procedure.section("identification").orElseThrow().text("en")).isEqualTo("Who: The police");
        assertThat(procedure.section("reflection").orElseThrow().text("en"))
                .contains("Within 30 days of identification").contains("Loi n° 1 relative à la démonstration, Art. 9");
        assertThat(library.facets().countries()).extracting(Facet::code).containsExactly("international", "XA");
        assertThat(library.search("shelter", "en", new LibraryFilter(null, null, "xa", null), 0, 10).hits())
                .extracting(h -> h.item().id()).containsExactly("xa.law.law-1");

        packs.remove("XA");
        assertThat(library.item("xa.law.law-1")).isEmpty();
        assertThat(library.search("shelter", "en", LibraryFilter.ALL, 0, 10).hits()).isEmpty();
    }

    @Test
    void placesLinkBothWays() {
        packs.install(FakePacks.fictional("r1"));
        Place question = new Place.ScreeningQuestion("trafficking-identification", "tip-recruitment-deception");
        assertThat(library.standardsFor(question)).extracting(LibraryItem::id)
                .containsExactly("ilo-ec-delphi-2009", "palermo-tip-2000");
        assertThat(library.standardsFor(new Place.CaseStep("CASE_PLAN"))).extracting(LibraryItem::id)
                .contains("best-interests-child", "case-management-principles").doesNotContain("palermo-som-2000");
        Place step = new Place.PathwayStep("XA", "trafficking", "reflection");
        // international items for trafficking pathways first, then the national procedure and the law the step cites
        List<String> behind = library.standardsFor(step).stream().map(LibraryItem::id).toList();
        assertThat(behind).contains("palermo-tip-2000", "nrm-osce-2022", "iom-data-protection", "xa.law.law-1",
                "xa.procedure.trafficking").doesNotContain("palermo-som-2000");
        assertThat(behind.indexOf("palermo-tip-2000")).isLessThan(behind.indexOf("xa.law.law-1"));
        assertThat(library.standardsFor(new Place.PathwayStep("XA", "trafficking", "identification")))
                .extracting(LibraryItem::id).doesNotContain("xa.law.law-1");

        assertThat(library.appliedIn("palermo-tip-2000")).contains(question, new Place.CaseStep("IDENTIFICATION"), step);
        assertThat(library.appliedIn("xa.law.law-1")).containsExactly(step);
        assertThat(library.appliedIn("xa.procedure.trafficking")).containsExactly(
                new Place.PathwayStep("XA", "trafficking", "identification"), step);
        assertThat(library.appliedIn("nothing")).isEmpty();
        packs.remove("XA");
        assertThat(library.appliedIn("palermo-tip-2000")).doesNotContain(step);
    }

    @Test
    void placeKeysReadBack() {
        for (Place place : List.of(new Place.ScreeningQuestion("child", "ch-age-doubt"), new Place.CaseStep("INTAKE"),
                new Place.PathwayStep("ma", "trafficking", "identification"))) {
            assertThat(Place.parse(place.key())).contains(place);
        }
        assertThat(new Place.PathwayStep("ma", "p", "s").key()).isEqualTo("pathway:MA/p/s");
        assertThat(Place.parse("case:lunch")).isEmpty();
        assertThat(Place.parse("screening:child")).isEmpty();
        assertThat(Place.parse("elsewhere:x")).isEmpty();
    }
}
