package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.amparo.screening.AgeGroup;
import org.amparo.screening.Exploitation;
import org.amparo.screening.Grade;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.InstrumentSet;
import org.junit.jupiter.api.Test;

/** The core definition files load, hold together, and carry the data of the standards as given. */
class DefinitionLoadingTest {

    @Test
    void theCoreInstrumentsLoadAndCompile() {
        InstrumentSet set = Fixtures.current();
        assertThat(set.reference().instruments()).containsExactlyInAnyOrder("child@1.0.0", "smuggling@1.0.0",
                "trafficking-identification@1.0.0", "vulnerability@1.0.0");
        assertThat(set.reference().rules()).isEqualTo("indicator-rules@1.0.0");
        assertThat(set.reference().taxonomy()).isEqualTo("protection@1.0.0");
        new CompiledScreening(set);
    }

    @Test
    void theFourDelphiListsKeepTheirRowsGradesAndProvenance() {
        InstrumentSet set = Fixtures.current();
        Map<String, Integer> rows = set.indicatorLists().stream()
                .collect(Collectors.toMap(IndicatorList::id, l -> l.indicators().size()));
        assertThat(rows).containsEntry("adult_labour", 67).containsEntry("adult_sexual", 67)
                .containsEntry("child_labour", 65).containsEntry("child_sexual", 65).containsEntry("ilo_forced_labour", 11);
        IndicatorList adultLabour = set.indicatorList("adult_labour").orElseThrow();
        assertThat(adultLabour.ageGroup()).isEqualTo(AgeGroup.ADULT);
        assertThat(adultLabour.exploitation()).isEqualTo(Exploitation.LABOUR);
        assertThat(adultLabour.verified()).as("no row is checked against the official brochure (A)").isFalse();
        assertThat(adultLabour.indicators()).filteredOn(i -> i.id().equals("adult_labour/coercion_at_destination/confiscation-of-documents"))
                .singleElement().satisfies(i -> {
                    assertThat(i.grade()).isEqualTo(Grade.STRONG);
                    assertThat(i.sourceConfidence()).isEqualTo("B");
                });
        assertThat(adultLabour.indicators()).filteredOn(i -> i.id().equals("adult_labour/coercive_recruitment/confiscation-of-documents"))
                .singleElement().extracting(IndicatorList.Indicator::grade).isEqualTo(Grade.MEDIUM);
        assertThat(set.indicatorList("child_sexual").orElseThrow().indicators())
                .allSatisfy(i -> assertThat(i.sourceConfidence()).isEqualTo("D"));
        assertThat(set.indicatorList("child_labour").orElseThrow().indicators())
                .as("the child lists have no weak grade").noneMatch(i -> i.grade() == Grade.WEAK);
    }

    @Test
    void everyIndicatorRowIsAskedBySomeQuestion() {
        InstrumentSet set = Fixtures.current();
        java.util.Set<String> asked = new java.util.HashSet<>();
        set.instruments().forEach(i -> i.questions().forEach(q -> {
            asked.addAll(q.indicators());
            q.options().forEach(o -> asked.addAll(o.indicators()));
        }));
        for (IndicatorList list : set.indicatorLists()) {
            assertThat(list.indicators()).allSatisfy(row -> assertThat(asked)
                    .contains(list.scheme() + ":" + row.dimension() + "/" + row.item()));
        }
    }

    @Test
    void everyInstrumentVersionCarriesTheDigestOfItsFile() {
        assertThat(Fixtures.current().instruments()).allSatisfy(i -> assertThat(i.digest()).hasSize(64));
    }
}
