package org.amparo.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.amparo.standards.ItemType;
import org.amparo.standards.LanguageVersion;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.Place;
import org.junit.jupiter.api.Test;

class CoreContentTest {
    private static final Path SCREENING = Path.of("../org.amparo.screening/src/main/resources/amparo/screening/instruments");

    @Test
    void theCoreContentIsValidAndCoversEveryInstrumentTheIssueNames() {
        ContentReader.Result result = new ContentReader().read(Content.core());
        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(c -> c.item().id()).contains("palermo-tip-2000", "palermo-som-2000", "iom-domv",
                "ilo-ec-delphi-2009", "ilo-forced-labour-2012", "best-interests-child", "nrm-osce-2022",
                "case-management-principles", "iom-data-protection");
        for (CoreItem core : result.items()) {
            LibraryItem item = core.item();
            assertThat(item.languages()).as(item.id()).extracting(LanguageVersion::language).contains("en", "fr");
            assertThat(item.lastReviewed()).as(item.id()).isNotNull();
            assertThat(item.source().title()).as(item.id()).isNotBlank();
            assertThat(item.country()).isNull();
            // Arabic and Lao texts are the project's own translations and say so
            item.languages().stream().filter(l -> l.language().equals("ar") || l.language().equals("lo"))
                    .forEach(l -> assertThat(l.unofficialTranslation()).as(item.id() + " " + l).isTrue());
        }
        Set<String> languages = new HashSet<>();
        result.items().forEach(c -> c.item().languages().forEach(l -> languages.add(l.language())));
        assertThat(languages).contains("en", "fr", "ar", "lo");
    }

    @Test
    void theSmugglingProtocolSaysNonLiabilityAndAggravatingCircumstances() {
        LibraryItem som = Content.library().item("palermo-som-2000").orElseThrow();
        assertThat(som.type()).isEqualTo(ItemType.INSTRUMENT);
        assertThat(som.section("non-liability").orElseThrow().heading("en")).contains("Article 5");
        assertThat(som.section("aggravating").orElseThrow().heading("en")).contains("Article 6(3)");
        // the exact wording of 6(3) was not checked: the section says so instead of posing as verified
        assertThat(som.section("aggravating").orElseThrow().evidence().verified()).isFalse();
        LibraryItem tip = Content.library().item("palermo-tip-2000").orElseThrow();
        assertThat(tip.section("children").orElseThrow().text("en")).contains("even when none of the means");
    }

    @Test
    void everyScreeningQuestionReferenceNamesARealQuestionOfTheScreeningBundle() throws Exception {
        Set<String> known = new HashSet<>();
        try (var files = Files.list(SCREENING)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Json.Obj instrument = (Json.Obj) Json.read(new ByteArrayInputStream(Files.readAllBytes(file)));
                String id = (String) ((Json.Scalar) instrument.members().get("id")).value();
                for (Json section : ((Json.Arr) instrument.members().get("sections")).items()) {
                    for (Json question : ((Json.Arr) ((Json.Obj) section).members().get("questions")).items()) {
                        known.add(id + "/" + ((Json.Scalar) ((Json.Obj) question).members().get("id")).value());
                    }
                }
            }
        }
        assertThat(known).hasSizeGreaterThan(30);
        List<CoreItem> items = new ContentReader().read(Content.core()).items();
        int references = 0;
        for (CoreItem item : items) {
            for (Place place : item.places()) {
                if (place instanceof Place.ScreeningQuestion q) {
                    references++;
                    assertThat(known).as(item.item().id()).contains(q.instrumentId() + "/" + q.questionId());
                }
            }
        }
        assertThat(references).isGreaterThan(30);
    }
}
