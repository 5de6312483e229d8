package org.amparo.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateScorerTest {

    private static final LocalDate DOB = LocalDate.of(1990, 5, 12);

    private static PersonDescriptor person(String name, LocalDate dob, boolean estimated, String nationality) {
        return new PersonDescriptor(List.of(name), dob, estimated, nationality);
    }

    @Test
    void samePersonAcrossScriptsWithSameBirthDateIsAPossibleDuplicateWithReasons() {
        Match m = DuplicateScorer.score(person("محمد علي", DOB, false, "SY"), person("Mohamed Ali", DOB, false, "SY"));

        assertThat(m.possibleDuplicate()).isTrue();
        assertThat(m.score()).isGreaterThanOrEqualTo(DuplicateScorer.POSSIBLE_DUPLICATE);
        assertThat(m.reasons()).extracting(Reason::code, Reason::left, Reason::right).containsExactly(
                tuple(ReasonCode.PHONETIC_NAME, "محمد علي", "Mohamed Ali"),
                tuple(ReasonCode.SAME_BIRTH_DATE, "1990-05-12", "1990-05-12"),
                tuple(ReasonCode.SAME_NATIONALITY, "SY", "SY"));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Александр Петров | Aleksandr Petrov  | SAME_TRANSLITERATION
            Аляксандр        | Aliaksandr        | SAME_TRANSLITERATION
            Аляксандр        | Alexander         | PHONETIC_NAME
            فاطمة الزهراء    | Fatima al-Zahra   | SAME_TRANSLITERATION
            فاطمة الزهراء    | Fatimah Zahraa    | PHONETIC_NAME
            ສົມສັກ ວົງສະຫວັນ  | Somsack Vongsavanh | PHONETIC_NAME
            João Conceição   | JOAO CONCEICAO    | SAME_TRANSLITERATION
            Youssef Benali   | Yusuf Benali      | PHONETIC_NAME
            Olga Ivanova     | Olha Ivanova      | SIMILAR_SPELLING
            Mohamed Ali      | MOHAMED  ALI      | SAME_NAME
            """)
    void sameNameInOtherScriptsOrSpellingsWithSameBirthDateIsAPossibleDuplicate(String a, String b, ReasonCode code) {
        Match m = DuplicateScorer.score(person(a, DOB, false, null), person(b, DOB, false, null));

        assertThat(m.possibleDuplicate()).as("score %s", m.score()).isTrue();
        assertThat(m.reasons()).extracting(Reason::code).containsExactly(code, ReasonCode.SAME_BIRTH_DATE);
        assertThat(m.reasons().get(0).left()).isEqualTo(a);
        assertThat(m.reasons().get(0).right()).isEqualTo(b);
    }

    @Test
    void sameNameThirtyYearsApartIsNotAPossibleDuplicate() {
        Match m = DuplicateScorer.score(person("Mohamed Ali", LocalDate.of(1960, 5, 12), false, "SY"),
                person("Mohamed Ali", LocalDate.of(1990, 5, 12), false, "SY"));

        assertThat(m.possibleDuplicate()).isFalse();
        assertThat(m.score()).isLessThan(0.65);
        assertThat(m.reasons()).extracting(Reason::code).containsExactly(ReasonCode.SAME_NAME,
                ReasonCode.SAME_NATIONALITY, ReasonCode.DIFFERENT_BIRTH_DATE);
    }

    @Test
    void estimatedBirthDateWithinAYearIsClose() {
        Match m = DuplicateScorer.score(person("Amina Yusuf", LocalDate.of(2008, 1, 1), true, null),
                person("Amina Youssouf", LocalDate.of(2008, 9, 15), false, null));

        assertThat(m.reasons()).extracting(Reason::code).contains(ReasonCode.CLOSE_BIRTH_DATE);
        assertThat(m.possibleDuplicate()).isTrue();
    }

    @Test
    void estimatedBirthDatesTwoYearsApartNeitherHelpNorHurt() {
        PersonDescriptor a = person("Amina Yusuf", LocalDate.of(2008, 1, 1), true, null);
        PersonDescriptor b = person("Amina Yusuf", LocalDate.of(2010, 1, 1), true, null);
        Match m = DuplicateScorer.score(a, b);
        Match withoutDates = DuplicateScorer.score(PersonDescriptor.ofNames("Amina Yusuf"),
                PersonDescriptor.ofNames("Amina Yusuf"));

        assertThat(m.score()).isEqualTo(withoutDates.score());
        assertThat(m.reasons()).extracting(Reason::code).containsExactly(ReasonCode.SAME_NAME);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(textBlock = """
            1990-03-04, 1990-04-03
            1990-03-04, 1990-03-14
            1990-03-04, 1991-03-04
            1990-03-04, 1990-11-04
            """)
    void typingErrorsInAnExactDateAreClose(LocalDate a, LocalDate b) {
        Match m = DuplicateScorer.score(person("Ali Hassan", a, false, null), person("Ali Hassan", b, false, null));

        assertThat(m.reasons()).extracting(Reason::code).contains(ReasonCode.CLOSE_BIRTH_DATE);
        assertThat(m.possibleDuplicate()).isTrue();
    }

    @Test
    void sameNameAloneIsAPossibleDuplicate() {
        assertThat(DuplicateScorer.score(PersonDescriptor.ofNames("Fatima Zahra"), PersonDescriptor.ofNames("فاطمة زهرة"))
                .possibleDuplicate()).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mohamed Ali   | Ahmed Hassan
            Mahmoud Ali   | Mohamed Ali
            Hasan Omar    | Husayn Omar
            Mohamed Ali   | Mohamed Karim
            Fatima        | Fatima Zahra
            Aleksandr     | Alexei
            Somsak        | Somchai
            """)
    void differentPeopleAreNotPossibleDuplicatesEvenWithTheSameBirthDate(String a, String b) {
        Match m = DuplicateScorer.score(person(a, DOB, false, "SD"), person(b, DOB, false, "SD"));

        assertThat(m.possibleDuplicate()).as("score %s", m.score()).isFalse();
    }

    @Test
    void wordOrderAndAMissingMiddleNameCostALittleAndAreExplained() {
        Match reordered = DuplicateScorer.score(PersonDescriptor.ofNames("Ali Mohamed"),
                PersonDescriptor.ofNames("Mohamed Ali"));
        Match missing = DuplicateScorer.score(PersonDescriptor.ofNames("Mohamed Ali"),
                PersonDescriptor.ofNames("Mohamed Ahmed Ali"));

        assertThat(reordered.reasons()).extracting(Reason::code).containsExactly(ReasonCode.SAME_TRANSLITERATION,
                ReasonCode.WORD_ORDER);
        assertThat(reordered.score()).isLessThan(1.0).isGreaterThanOrEqualTo(DuplicateScorer.POSSIBLE_DUPLICATE);
        assertThat(missing.reasons()).extracting(Reason::code).containsExactly(ReasonCode.SAME_TRANSLITERATION,
                ReasonCode.MISSING_NAME_PART);
        assertThat(missing.score()).isLessThan(1.0).isGreaterThanOrEqualTo(DuplicateScorer.POSSIBLE_DUPLICATE);
    }

    @Test
    void bestPairOfNamesCountsAndIsTheEvidence() {
        PersonDescriptor a = new PersonDescriptor(List.of("Abu Bakr", "Ольга Петрова"), null, false, null);
        PersonDescriptor b = new PersonDescriptor(List.of("Petrova Olga", "Karim"), null, false, null);

        Match m = DuplicateScorer.score(a, b);

        assertThat(m.reasons().get(0)).extracting(Reason::left, Reason::right)
                .containsExactly("Ольга Петрова", "Petrova Olga");
        assertThat(m.possibleDuplicate()).isTrue();
    }

    @Test
    void differentNationalityLowersTheScore() {
        Match same = DuplicateScorer.score(person("Yusuf Adam", DOB, false, "SD"), person("Youssef Adam", DOB, false, "SD"));
        Match different = DuplicateScorer.score(person("Yusuf Adam", DOB, false, "SD"),
                person("Youssef Adam", DOB, false, "ER"));

        assertThat(different.score()).isLessThan(same.score());
        assertThat(different.reasons()).extracting(Reason::code).endsWith(ReasonCode.DIFFERENT_NATIONALITY);
    }

    @Test
    void scoringIsSymmetric() {
        List<PersonDescriptor> people = List.of(
                person("محمد علي", DOB, false, "SY"),
                person("Mohamed Ali", DOB.plusDays(3), false, "SY"),
                person("Ali Mohamed", null, false, null),
                person("Muhammad Ali Hassan", DOB.minusYears(1), true, "IQ"),
                person("Mahmoud Ali", DOB, false, "SY"),
                person("Аляксандр", LocalDate.of(1985, 1, 1), true, "BY"),
                person("Aleksandr", LocalDate.of(1985, 6, 1), false, "BY"),
                person("ສົມສັກ", null, false, "LA"),
                person("Somsack", LocalDate.of(2001, 2, 3), false, "LA"),
                person("Fatima", null, false, null),
                person("Fatma Zahra", DOB, false, "MA"),
                new PersonDescriptor(List.of("Hasan", "Husayn", "J. Dos Santos"), DOB, false, null),
                new PersonDescriptor(List.of(), DOB, false, "SY"));
        for (PersonDescriptor a : people) {
            for (PersonDescriptor b : people) {
                Match ab = DuplicateScorer.score(a, b);
                Match ba = DuplicateScorer.score(b, a);
                List<Reason> mirrored = new ArrayList<>();
                ba.reasons().forEach(r -> mirrored.add(r.mirrored()));
                assertThat(ab.score()).as("%s / %s", a.names(), b.names()).isEqualTo(ba.score());
                assertThat(ab.reasons()).as("%s / %s", a.names(), b.names()).isEqualTo(mirrored);
                assertThat(ab.score()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void nameSimilarityRanksSearchResults() {
        String query = "Mohamed Ali";
        assertThat(DuplicateScorer.nameSimilarity(query, "محمد علي"))
                .isGreaterThan(DuplicateScorer.nameSimilarity(query, "Mohamed Alami"))
                .isGreaterThan(DuplicateScorer.nameSimilarity(query, "Mahmoud Omar"));
        assertThat(DuplicateScorer.nameSimilarity(query, "Mohamed Ali")).isEqualTo(1.0);
        assertThat(DuplicateScorer.nameSimilarity("Mohamed Ali", "Ali Mohamed"))
                .isEqualTo(DuplicateScorer.nameSimilarity("Ali Mohamed", "Mohamed Ali"));
    }

    @Test
    void personalDataStaysOutOfToStringAndExceptions() {
        PersonDescriptor p = person("Fatima Zahra", DOB, false, "ma");
        Match m = DuplicateScorer.score(p, p);

        assertThat(p.nationality()).isEqualTo("MA");
        assertThat(p.toString()).doesNotContain("Fatima", "1990", "MA");
        assertThat(m.toString()).doesNotContain("Fatima", "1990", "MA");
        assertThatIllegalArgumentException().isThrownBy(() -> person("Fatima Zahra", DOB, false, "Moroccan"))
                .withMessageNotContaining("Moroccan");
    }

    @Test
    void onlyTheSameNameDateAndNationalityReachOne() {
        assertThat(DuplicateScorer.score(person("Fatima Zahra", DOB, false, "MA"), person("Fatima Zahra", DOB, false, "MA"))
                .score()).isEqualTo(1.0);
        assertThat(DuplicateScorer.score(person("Fatima Zahra", DOB, false, null), person("Fatima Zahra", DOB, false, null))
                .score()).isLessThan(1.0).isGreaterThan(DuplicateScorer.score(PersonDescriptor.ofNames("Fatima Zahra"),
                        PersonDescriptor.ofNames("Fatima Zahra")).score());
    }

    @Test
    void estimatedFlagWithoutDateIsDropped() {
        assertThat(new PersonDescriptor(List.of("Ali"), null, true, null).dateOfBirthEstimated()).isFalse();
    }

    @Test
    void reasonCodesHaveMessageKeys() {
        assertThat(ReasonCode.CLOSE_BIRTH_DATE.messageKey()).isEqualTo("names.reason.close-birth-date");
        assertThat(ReasonCode.DIFFERENT_NATIONALITY.supporting()).isFalse();
    }
}
