package org.amparo.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NameKeysTest {

    /** Spellings of one name, in several scripts and conventions: every two of them share a key. */
    static Stream<Arguments> spellingsOfOneName() {
        return Stream.of(
                Arguments.of(List.of("Mohammed", "Muhammad", "Mohamed", "Mohamad", "Mouhamed", "Muhammed", "محمد",
                        "مُحَمَّد", "Мухаммед", "Магомед", "ⵎⵓⵃⵎⵎⴷ")),
                Arguments.of(List.of("Aleksandr", "Alexander", "Alexandre", "Александр", "Аляксандр", "Aliaksandr",
                        "Олександр", "Oleksandr")),
                Arguments.of(List.of("Fatima", "Fatma", "Fatimah", "Fatema", "فاطمة", "فاطمه", "Фатима")),
                Arguments.of(List.of("Youssef", "Yusuf", "Yousef", "Youssouf", "يوسف", "Юсуф")),
                Arguments.of(List.of("Khadija", "Khadidja", "Khadeeja", "خديجة", "Хадиджа")),
                Arguments.of(List.of("Ibrahim", "Ebrahim", "Brahim", "إبراهيم", "Ибрагим")),
                Arguments.of(List.of("Abd al-Rahman", "Abdelrahman", "Abdurrahman", "Abdul Rahman", "عبد الرحمن",
                        "عبدالرحمن")),
                Arguments.of(List.of("Natalia", "Natalya", "Natallia", "Наталья", "Наталля")),
                Arguments.of(List.of("Volha", "Вольга")),
                Arguments.of(List.of("ສົມສັກ", "Somsak", "Somsack")),
                Arguments.of(List.of("ບຸນມີ", "Bounmy", "Bounmi", "Bunmi")),
                Arguments.of(List.of("ສີສຸວັນ", "Sisouvanh", "Sisouvan")),
                Arguments.of(List.of("ວົງສະຫວັນ", "Vongsavanh", "Vongsavan")),
                Arguments.of(List.of("João", "Joao", "JOÃO")),
                Arguments.of(List.of("Conceição", "Conceicao")));
    }

    @ParameterizedTest
    @MethodSource("spellingsOfOneName")
    void spellingsOfOneNameShareAPhoneticKey(List<String> spellings) {
        for (String a : spellings) {
            for (String b : spellings) {
                assertThat(phonetic(a)).as("%s and %s", a, b).containsAnyElementsOf(phonetic(b));
            }
        }
    }

    @Test
    void cyrillicOlgaMeetsBothItsRussianAndItsUkrainianSpelling() {
        assertThat(NameKeys.of("Ольга")).containsAnyElementsOf(NameKeys.of("Olga"));
        assertThat(NameKeys.of("Ольга")).containsAnyElementsOf(NameKeys.of("Olha"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mohamed Ali | Ahmed Hassan
            Aleksandr   | Alexei
            Fatima      | Fadi
            Somsak      | Somchai
            Youssef     | Younes
            Olga        | Alla
            Natalia     | Nadia
            Khadija     | Hadi
            ສົມສັກ      | ບຸນມີ
            Александр   | Алексей
            فاطمة       | خديجة
            """)
    void differentNamesShareNoKey(String a, String b) {
        assertThat(NameKeys.of(a)).doesNotContainAnyElementsOf(NameKeys.of(b));
    }

    @Test
    void differentPeopleWithOneCommonWordShareOnlyThatWordsKeys() {
        Set<String> a = NameKeys.of("Mohamed Ali");
        Set<String> b = NameKeys.of("Mohamed Karim");
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        assertThat(common).containsExactlyInAnyOrderElementsOf(NameKeys.of("Mohamed"));
    }

    @Test
    void keysHaveKnownPrefixesAndAreShort() {
        Set<String> keys = NameKeys.of("Muhammadabdelrahmanalexandrovichkonstantinopolskiy Foo-Bar");
        assertThat(keys).isNotEmpty().allSatisfy(k -> {
            assertThat(k).matches("[wp]:[a-z]+|n:[a-z]+\\+[a-z]*");
            assertThat(k.length()).isLessThanOrEqualTo(NameKeys.MAX_LENGTH);
        });
    }

    @Test
    void containsFoldedWordsAndSkeletons() {
        assertThat(NameKeys.of("João da Silva")).containsExactly("n:j+slv", "p:j", "p:slv", "w:joao", "w:silva");
        assertThat(NameKeys.of("محمد")).contains("w:muhammad", "w:mhmd", "p:mhmd");
    }

    @Test
    void wholeNameKeysPairTheSkeletonsOfTwoWordsInAnyOrderAndScript() {
        assertThat(NameKeys.of("Mohamed Diallo")).contains("n:dl+mhmd");
        assertThat(NameKeys.of("Diallo Mouhamed")).contains("n:dl+mhmd");
        assertThat(NameKeys.of("محمد ديالو")).contains("n:dl+mhmd");
        assertThat(NameKeys.of("Александр Петров")).contains("n:lksndr+ptrv");
        assertThat(NameKeys.of("Aleksandr Petrov")).contains("n:lksndr+ptrv");
        assertThat(NameKeys.of("Mohamed")).noneMatch(k -> k.startsWith(NameKeys.WHOLE_NAME_PREFIX));
        // one key per pair of words, pairs only within one name
        assertThat(NameKeys.of("Ahmed Ali Hassan")).filteredOn(k -> k.startsWith("n:"))
                .containsExactlyInAnyOrder("n:hmd+l", "n:hmd+hsn", "n:hsn+l");
        assertThat(NameKeys.of(List.of("Ahmed", "Hassan"))).noneMatch(k -> k.startsWith("n:"));
    }

    @Test
    void wholeNameKeysAreBoundedForLongNames() {
        Set<String> keys = NameKeys.of("Abd Karim Ahmed Mustafa Hassan Omar Khalil Yusuf");
        assertThat(keys.stream().filter(k -> k.startsWith("n:")).count())
                .isLessThanOrEqualTo(NameKeys.MAX_PAIR_WORDS * (NameKeys.MAX_PAIR_WORDS - 1) / 2 * 4L);
    }

    @Test
    void particlesAndInitialsHaveNoKeys() {
        assertThat(NameKeys.of("al-Hasan")).containsExactlyInAnyOrderElementsOf(NameKeys.of("Hasan"));
        assertThat(NameKeys.of("J. Dos Santos")).containsExactlyInAnyOrderElementsOf(NameKeys.of("Santos"));
    }

    @Test
    void keysOfSeveralNamesAreTheUnion() {
        Set<String> union = new HashSet<>(NameKeys.of("محمد علي"));
        union.addAll(NameKeys.of("Mohamed Ali"));
        assertThat(NameKeys.of(List.of("محمد علي", "Mohamed Ali"))).containsExactlyInAnyOrderElementsOf(union);
    }

    @Test
    void keySetIsSortedAndUnmodifiable() {
        Set<String> keys = NameKeys.of("Mohamed Ali");
        assertThat(List.copyOf(keys)).isSorted();
        assertThatThrownBy(() -> keys.add("w:x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void blankNameHasNoKeys() {
        assertThat(NameKeys.of("  ")).isEmpty();
        assertThat(NameKeys.folded("  ")).isEmpty();
    }

    @Test
    void foldedFormIsLowerCaseAsciiWords() {
        assertThat(NameKeys.folded("João da Conceição")).isEqualTo("joao da conceicao");
        assertThat(NameKeys.folded("محمد علي")).isEqualTo("muhammad ali");
        assertThat(NameKeys.folded("Jean-Pierre O'Brien")).isEqualTo("jean pierre obrien");
    }

    private static Set<String> phonetic(String name) {
        return NameKeys.of(name).stream().filter(k -> k.startsWith("p:")).collect(Collectors.toSet());
    }
}
