package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.amparo.audit.AuditQuery;
import org.amparo.cases.Actor;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseView;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonChange;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Sex;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

/** Correcting a person's details after registration, on real Derby. */
class PersonUpdateTest {
    private final Fixture f = new Fixture();
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor bea = f.user("bea", f.org, Role.CASEWORKER);
    private final Actor sol = f.user("sol", f.org, Role.SUPERVISOR);
    private final Actor omar = f.user("omar", f.otherOrg, Role.SUPERVISOR);

    private static PersonDetails details(String name, LocalDate born, String country, String division, String contact) {
        return new PersonDetails(List.of(new Name(name, "")), Sex.FEMALE, "", born, false, null, null, null, "MA",
                List.of("ar"), List.of(), country, division, contact);
    }

    @Test
    void aCorrectionReplacesTheDetailsRenewsTheNameKeysAndRecordsWhichFieldsChanged() {
        long id = f.register(ana, details("Amina Haddad", LocalDate.of(1990, 5, 1), "XA", "XA-N-1", ""));
        long caseId = f.cases.open(ana, id, Set.of()).id();

        Person after = f.persons.update(ana, id, details("Leila Benali", LocalDate.of(1991, 5, 1), "XA", "XA-N-1", "via the shelter"));
        assertThat(after.details().names()).extracting(Name::original).containsExactly("Leila Benali");
        assertThat(after.details().names().get(0).latin()).as("Latin form suggested again").isNotEmpty();
        assertThat(after.details().contact()).isEqualTo("via the shelter");
        assertThat(after.location().namePath()).containsExactly("Northern Region (fictional)", "Port Élan (fictional)");

        assertThat(f.cases.search(ana, new CaseQuery("Leila", null, null, null, null, false, 0, 10)).items())
                .extracting(CaseView::id).containsExactly(caseId);
        assertThat(f.cases.search(ana, new CaseQuery("Amina", null, null, null, null, false, 0, 10)).items()).isEmpty();

        assertThat(f.persons.changes(ana, id)).singleElement().satisfies(change -> {
            assertThat(change.changedBy()).isEqualTo("ana");
            assertThat(change.fields()).containsExactly("names", "dateOfBirth", "contact");
        });
        assertThat(f.audit.page(new AuditQuery("ana", "person.update", 0, 1))).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("fields=names,dateOfBirth,contact"));

        f.persons.update(ana, id, after.details());
        assertThat(f.persons.changes(ana, id)).as("saving without a change records none").hasSize(1);
    }

    @Test
    void aWrongFieldChangesNothingAndAWithdrawnLocationMayBeKeptButNotChosen() {
        long id = f.register(ana, details("Amina Haddad", LocalDate.of(1990, 5, 1), "XA", "XA-N-1", ""));
        f.packs.remove("XA");

        assertThatThrownBy(() -> f.persons.update(ana, id, details(" ", LocalDate.now().plusYears(1), "XA", "XA-N-1", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("dateOfBirth"));
        assertThat(f.persons.get(ana, id).details().names()).extracting(Name::original).containsExactly("Amina Haddad");
        assertThat(f.persons.changes(ana, id)).isEmpty();

        Person kept = f.persons.update(ana, id, details("Amina Haddad", LocalDate.of(1990, 5, 1), "XA", "XA-N-1", "phone via NGO"));
        assertThat(kept.location().namePath()).as("withdrawn division kept as it was")
                .containsExactly("Northern Region (fictional)", "Port Élan (fictional)");
        assertThatThrownBy(() -> f.persons.update(ana, id, details("Amina Haddad", LocalDate.of(1990, 5, 1), "XA", "XA-N", "")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyWhoWorksWithThePersonMayCorrectTheirDetails() {
        long id = f.register(ana, details("Amina Haddad", LocalDate.of(1990, 5, 1), "", "", ""));
        PersonDetails changed = details("Amina Hadad", LocalDate.of(1990, 5, 1), "", "", "");
        assertThatThrownBy(() -> f.persons.update(bea, id, changed)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.persons.update(omar, id, changed)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.persons.update(sol, id, changed).details().names()).extracting(Name::original).containsExactly("Amina Hadad");
        assertThat(f.audit.page(new AuditQuery("bea", "person.update", 0, 1))).singleElement()
                .satisfies(e -> assertThat(e.outcome().name()).isEqualTo("DENIED"));
        assertThat(f.persons.changes(sol, id)).extracting(PersonChange::changedBy).containsExactly("sol");
    }
}
