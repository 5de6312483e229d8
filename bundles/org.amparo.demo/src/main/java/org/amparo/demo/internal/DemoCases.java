package org.amparo.demo.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseView;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.PersonService;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.cases.Sex;

/**
 * Three fictional persons with cases, registered by the demonstration caseworker through the real
 * services (so consent, validation and audit apply to them as to any other). Every name says
 * "(fictional)"; nobody real is described.
 */
final class DemoCases {
    private DemoCases() {
    }

    static void create(PersonService persons, CaseService cases, Actor caseworker, LocalDate today) {
        ConsentDecision consent = new ConsentDecision(EnumSet.of(ConsentPurpose.REGISTRATION, ConsentPurpose.ASSISTANCE),
                Set.of(), ConsentMethod.WRITTEN, "ar", today, true);

        Person amal = register(persons, caseworker, consent, new PersonDetails(List.of(new Name("أمل حداد", "Amal Haddad (fictional)")),
                Sex.FEMALE, null, today.minusYears(27), true, null, null, null, "SD", List.of("ar"), List.of(), "", "", null));
        CaseView first = cases.open(caseworker, amal.id(), Set.of(CaseFlag.POSSIBLE_TRAFFICKING_VICTIM));
        cases.changeStatus(caseworker, first.id(), CaseStatus.INTAKE);
        cases.addNote(caseworker, first.id(), "Fictional demonstration note: first interview held with an interpreter.");
        cases.addTask(caseworker, first.id(), "Fictional task: arrange a medical check", today.plusDays(3));

        Person yusuf = register(persons, caseworker, consent, new PersonDetails(List.of(new Name("Yusuf Diallo (fictional)", "")),
                Sex.MALE, null, today.minusYears(34), true, null, null, null, "ML", List.of("fr", "bm"), List.of(), "", "", null));
        CaseView second = cases.open(caseworker, yusuf.id(), Set.of(CaseFlag.SMUGGLED_MIGRANT));
        cases.addTask(caseworker, second.id(), "Fictional task: follow up on documents", today.minusDays(1));

        Person sara = register(persons, caseworker, consent, new PersonDetails(List.of(new Name("Sara Koné (fictional)", "")),
                Sex.FEMALE, null, null, false, 16, null, null, "CI", List.of("fr"), List.of(), "", "", null));
        cases.open(caseworker, sara.id(), Set.of(CaseFlag.UNACCOMPANIED_OR_SEPARATED_CHILD));
    }

    private static Person register(PersonService persons, Actor caseworker, ConsentDecision consent, PersonDetails details) {
        RegistrationResult result = persons.register(caseworker, new Registration(consent, details, true));
        return ((RegistrationResult.Registered) result).person();
    }
}
