package org.amparo.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {
    private static List<String> terms(String text, String language) {
        return Words.split(text, language).stream().map(Words.Word::term).toList();
    }

    @Test
    void latinTextLosesCaseAndAccentsAndSplitsElisions() {
        assertThat(terms("L'Enfant séparé, À L'ÉCOLE.", "fr")).containsExactly("l", "enfant", "separe", "a", "l", "ecole");
    }

    @Test
    void arabicLosesDiacriticsAndTatweelAndUnifiesLetterForms() {
        assertThat(Words.normalise("الاتِّجَار")).isEqualTo("الاتجار");
        assertThat(Words.normalise("الأطفـــال")).isEqualTo("الاطفال");
        assertThat(Words.normalise("إجراء")).isEqualTo(Words.normalise("اجراء"));
        assertThat(Words.normalise("آمن")).isEqualTo("امن");
        assertThat(Words.normalise("الضحية")).isEqualTo("الضحيه");
        assertThat(Words.normalise("على")).isEqualTo("علي");
    }

    @Test
    void laoWithoutSpacesIsSplitIntoWordsAndKeepsItsVowelsAndTones() {
        List<String> words = terms("ຈຸດປະສົງແມ່ນການຂູດຮີດ", "lo");
        assertThat(words).hasSizeGreaterThan(2).contains("ຂູດຮີດ");
        assertThat(String.join("", words)).isEqualTo("ຈຸດປະສົງແມ່ນການຂູດຮີດ");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Debt   bondage, excessive overtime";
        for (Words.Word word : Words.split(text, "en")) {
            assertThat(Words.normalise(text.substring(word.start(), word.end()))).isEqualTo(word.term());
        }
    }
}
