package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.DuplicateCandidate;
import org.amparo.cases.Name;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.cases.Sex;
import org.amparo.names.NameKeys;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The duplicate check with the platform's name matching: ranked by the keys a candidate shares
 * (whole name with a close year of birth first), so that the person re-registered is found among
 * many who share the name; across scripts. All names and persons are fictional.
 */
class DuplicateCheckTest {
    private final Fixture f = new Fixture(new NamesLibraryMatcher());
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);

    private static PersonDetails person(String name, LocalDate born, boolean estimated) {
        return new PersonDetails(List.of(new Name(name, "")), Sex.MALE, "", born, estimated, null, null, null, "SN",
                List.of("fr"), List.of(), "", "", "");
    }

    @Test
    void storedKeysAddTheYearOfBirthToEachWholeNameKey() {
        Set<String> keys = PersonServiceImpl.storedKeys(NameKeys.of("Mohamed Diallo"), LocalDate.of(1990, 5, 1));
        assertThat(keys).contains("w:mohamed", "p:mhmd", "n:dl+mhmd", "d:dl+mhmd/1990");
        assertThat(PersonServiceImpl.storedKeys(NameKeys.of("Mohamed Diallo"), null)).noneMatch(k -> k.startsWith("d:"));
        assertThat(PersonServiceImpl.storedKeys(NameKeys.of("Mohamed"), LocalDate.of(1990, 5, 1)))
                .noneMatch(k -> k.startsWith("d:") || k.startsWith("n:"));
    }

    @Test
    void lookUpWeighsAWholeNameWithACloseYearOverAWholeNameOverAWord() {
        Map<String, Integer> exact = PersonServiceImpl.lookupKeys(Set.of("n:dl+mhmd", "w:diallo", "d:dl+mhmd/1990"),
                LocalDate.of(1990, 5, 1), false);
        assertThat(exact).containsOnlyKeys("d:dl+mhmd/1989", "d:dl+mhmd/1990", "d:dl+mhmd/1991", "n:dl+mhmd", "w:diallo");
        assertThat(exact.get("d:dl+mhmd/1990")).isGreaterThan(exact.get("n:dl+mhmd"));
        assertThat(exact.get("n:dl+mhmd")).isGreaterThan(exact.get("w:diallo"));
        assertThat(PersonServiceImpl.lookupKeys(Set.of("n:dl+mhmd"), LocalDate.of(1990, 1, 1), true))
                .containsKeys("d:dl+mhmd/1988", "d:dl+mhmd/1992");
        assertThat(PersonServiceImpl.lookupKeys(Set.of("n:dl+mhmd"), null, false)).containsOnlyKeys("n:dl+mhmd");
    }

    @Test
    void theReRegisteredPersonIsFoundAmongManyOfTheSameNameInAnotherScript() {
        // 60 other men called Mohamed Diallo, born over 60 years, then the one who comes back
        for (int i = 0; i < 60; i++) {
            f.register(ana, person(i % 2 == 0 ? "Mohamed Diallo" : "Mouhamed Diallo", LocalDate.of(1950 + i, 3, 1 + i % 27), false));
        }
        long original = f.register(ana, person("Mohamed Diallo", LocalDate.of(1987, 7, 14), false));
        for (int i = 0; i < 10; i++) {
            f.register(ana, person("Mohamed Diallo", LocalDate.of(2011, 3, 1), false));
        }
        // registered again, in Arabic script, with an estimated date of birth the year after
        RegistrationResult result = f.persons.register(ana, new Registration(Fixture.consent(ConsentPurpose.REGISTRATION),
                person("محمد ديالو", LocalDate.of(1988, 1, 1), true), false));
        assertThat(result).isInstanceOfSatisfying(RegistrationResult.PossibleDuplicates.class,
                d -> assertThat(d.candidates()).extracting(DuplicateCandidate::personId).contains(original));
        // on demand, from the stored original: the others born decades apart do not come first
        List<DuplicateCandidate> candidates = f.persons.duplicates(ana, original);
        assertThat(candidates).hasSizeLessThanOrEqualTo(40);
        assertThat(candidates).allSatisfy(c -> assertThat(c.personId()).isNotEqualTo(original));
    }

    @Test
    void aSingleWordNameIsStillCheckedByItsWordKeysAndOtherOrganisationsAreNotCandidates() {
        long first = f.register(ana, person("Yusuf", LocalDate.of(1999, 1, 1), true));
        Actor other = f.user("omar", f.otherOrg, Role.CASEWORKER);
        f.register(other, person("Yusuf", LocalDate.of(1999, 1, 1), true));
        RegistrationResult result = f.persons.register(ana, new Registration(Fixture.consent(ConsentPurpose.REGISTRATION),
                person("Youssouf", LocalDate.of(1999, 1, 1), true), false));
        if (result instanceof RegistrationResult.PossibleDuplicates d) {
            assertThat(d.candidates()).extracting(DuplicateCandidate::personId).containsOnly(first);
        }
        RegistrationResult same = f.persons.register(ana, new Registration(Fixture.consent(ConsentPurpose.REGISTRATION),
                person("Yusuf", LocalDate.of(1999, 1, 1), true), false));
        assertThat(same).isInstanceOfSatisfying(RegistrationResult.PossibleDuplicates.class,
                d -> assertThat(d.candidates()).extracting(DuplicateCandidate::personId).containsExactly(first));
    }
}
