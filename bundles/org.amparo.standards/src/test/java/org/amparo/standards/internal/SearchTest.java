package org.amparo.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.amparo.standards.Highlight;
import org.amparo.standards.ItemType;
import org.amparo.standards.LibraryFilter;
import org.amparo.standards.SearchHit;
import org.amparo.standards.SearchPage;
import org.junit.jupiter.api.Test;

/** Search fixtures in English, French, Arabic and Lao over the real library content. */
class SearchTest {
    private final LibraryImpl library = Content.library();

    private List<SearchHit> search(String query, String language) {
        return library.search(query, language, LibraryFilter.ALL, 0, 100).hits();
    }

    private static List<String> marked(SearchHit hit) {
        return hit.highlights().stream().map((Highlight h) -> hit.passage().substring(h.start(), h.end())).toList();
    }

    @Test
    void englishFindsThePassageAndMarksTheWords() {
        List<SearchHit> hits = search("debt bondage", "en");
        assertThat(hits).isNotEmpty();
        SearchHit best = hits.get(0);
        assertThat(best.item().id()).isEqualTo("ilo-forced-labour-2012");
        assertThat(best.section().id()).isEqualTo("eleven");
        assertThat(best.language()).isEqualTo("en");
        assertThat(marked(best)).containsExactly("debt", "bondage");
        // every hit holds both words; the Trafficking Protocol does not mention debt bondage
        assertThat(hits).extracting(h -> h.item().id()).doesNotContain("palermo-tip-2000", "palermo-som-2000");
    }

    @Test
    void aHeadingMatchRanksAboveTheSameWordInText() {
        List<SearchHit> hits = search("confidentiality", "en");
        assertThat(hits.get(0).item().id()).isEqualTo("case-management-principles");
        assertThat(hits.get(0).section().id()).isEqualTo("confidentiality");
        assertThat(hits.get(0).inHeading()).isTrue();
        assertThat(hits).extracting(h -> h.item().id()).contains("iom-data-protection");
    }

    @Test
    void frenchIgnoresAccentsAndCaseAndElision() {
        List<SearchHit> hits = search("ENFANT separe", "fr");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).item().id()).isEqualTo("best-interests-child");
        assertThat(hits.get(0).language()).isEqualTo("fr");
        assertThat(marked(hits.get(0))).contains("enfant", "séparé");
        // l'enfant is found by enfant
        assertThat(search("enfant", "fr")).extracting(h -> h.item().id() + "#" + h.section().id())
                .contains("palermo-tip-2000#children");
    }

    @Test
    void arabicWithDiacriticsFindsTheUndiacritisedText() {
        // the text has الاتجار without diacritics; the query carries a shadda and a kasra
        List<SearchHit> hits = search("الاتِّجار", "ar");
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(h -> assertThat(h.language()).isEqualTo("ar"));
        assertThat(hits).extracting(h -> h.item().id()).contains("palermo-tip-2000", "palermo-som-2000");
        assertThat(hits).extracting(h -> h.item().id()).doesNotContain("case-management-principles");
        SearchHit hit = hits.stream().filter(h -> h.item().id().equals("palermo-tip-2000")).findFirst().orElseThrow();
        assertThat(marked(hit)).allSatisfy(w -> assertThat(w).contains("الاتجار"));
    }

    @Test
    void arabicLetterVariantsAndTatweelAreUnified() {
        // text: الضحية (taa marbuta) and الأطفال (alef with hamza); queries: haa, bare alef and a tatweel
        assertThat(search("الضحيه", "ar")).extracting(h -> h.item().id() + "#" + h.section().id())
                .containsExactly("palermo-tip-2000#consent");
        assertThat(search("الاطفـال", "ar")).extracting(h -> h.item().id())
                .contains("palermo-tip-2000", "palermo-som-2000").doesNotContain("case-management-principles");
    }

    @Test
    void laoOneWordIsFoundInsideASentenceWithoutSpaces() {
        // ຂູດຮີດ (exploit) stands inside runs of Lao letters with no space around it
        List<SearchHit> hits = search("ຂູດຮີດ", "lo");
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(h -> assertThat(h.language()).isEqualTo("lo"));
        assertThat(hits).extracting(h -> h.item().id()).contains("palermo-tip-2000", "iom-domv");
        SearchHit hit = hits.stream().filter(h -> h.section().id().equals("definition") && h.item().id().equals("palermo-tip-2000"))
                .findFirst().orElseThrow();
        assertThat(marked(hit)).isNotEmpty().allSatisfy(w -> assertThat(w).isEqualTo("ຂູດຮີດ"));
        // ເດັກ (child) is only in the children section of the Protocol, not in its definition
        assertThat(search("ເດັກ", "lo")).extracting(h -> h.item().id() + "#" + h.section().id())
                .containsExactly("palermo-tip-2000#children");
    }

    @Test
    void aWordInOnlyOneLanguageFindsThatItem() {
        // "rétablissement" (recovery, of the reflection period) is only in the French text
        List<SearchHit> hits = search("rétablissement", "en");
        assertThat(hits).extracting(h -> h.item().id()).containsExactly("nrm-osce-2022");
        assertThat(hits.get(0).language()).isEqualTo("fr");
        // an Arabic word that only the Arabic texts have, searched from an English page
        assertThat(search("المصالح", "en")).extracting(h -> h.item().id()).containsOnly("best-interests-child");
    }

    @Test
    void filtersPagingAndEmptyQueries() {
        SearchPage page = library.search("exploitation", "en", new LibraryFilter(null, null, null, ItemType.INDICATOR_LIST), 0, 1);
        assertThat(page.hits()).hasSize(1);
        assertThat(page.total()).isGreaterThan(1);
        assertThat(page.hits().get(0).item().type()).isEqualTo(ItemType.INDICATOR_LIST);
        assertThat(library.search("  ", "en", LibraryFilter.ALL, 0, 10).hits()).isEmpty();
        assertThat(library.search("zzzqqq", "en", LibraryFilter.ALL, 0, 10).total()).isZero();
    }
}
