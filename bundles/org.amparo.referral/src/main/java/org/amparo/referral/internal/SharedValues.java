package org.amparo.referral.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.amparo.cases.CaseView;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.referral.SharedField;
import org.amparo.referral.SharedValue;

/** The values of the chosen fields, read from the person and the case as they are now. */
final class SharedValues {
    private SharedValues() {
    }

    static List<SharedValue> of(Set<SharedField> fields, Person person, CaseView view, String need, LocalDate today) {
        PersonDetails d = person.details();
        List<SharedValue> values = new ArrayList<>();
        for (SharedField field : SharedField.values()) {
            if (!fields.contains(field)) {
                continue;
            }
            switch (field) {
                case NAME -> values.add(new SharedValue(field, d.names().stream().map(SharedValues::name)
                        .collect(Collectors.joining("; ")), ""));
                case SEX -> values.add(new SharedValue(field, d.sex() == null ? "" : d.sex().name(), ""));
                case AGE -> age(d, today, person.child()).ifPresent(values::add);
                case NATIONALITY -> values.add(new SharedValue(field, d.nationality(), ""));
                case LANGUAGES -> values.add(new SharedValue(field, String.join(", ", d.languages()), ""));
                case LOCATION -> values.add(new SharedValue(field,
                        person.location() == null ? "" : String.join(" / ", person.location().namePath()), ""));
                case CONTACT -> values.add(new SharedValue(field, d.contact(), ""));
                case CASE_FLAGS -> values.add(new SharedValue(field, view.flags().stream().map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", ")), ""));
                case NEED -> values.add(new SharedValue(field, need, ""));
            }
        }
        return values;
    }

    private static String name(Name name) {
        String latin = name.latin() == null ? "" : name.latin();
        return latin.isBlank() || latin.equals(name.original()) ? name.original() : name.original() + " (" + latin + ")";
    }

    /** Age in whole years, never the date of birth; marked when estimated or in doubt. */
    static java.util.Optional<SharedValue> age(PersonDetails d, LocalDate today, boolean child) {
        if (d.documentedDateOfBirth() != null) {
            return java.util.Optional.of(new SharedValue(SharedField.AGE, years(d.documentedDateOfBirth(), today), ""));
        }
        if (d.dateOfBirth() != null) {
            return java.util.Optional.of(new SharedValue(SharedField.AGE, years(d.dateOfBirth(), today),
                    d.dateOfBirthEstimated() ? "referral.value.ageEstimated" : ""));
        }
        if (d.assessedAge() != null) {
            return java.util.Optional.of(new SharedValue(SharedField.AGE,
                    d.assessedAge().minimumAge() + "–" + d.assessedAge().maximumAge(), "referral.value.ageAssessed"));
        }
        if (d.claimedAge() != null) {
            return java.util.Optional.of(new SharedValue(SharedField.AGE, String.valueOf(d.claimedAge()),
                    child ? "referral.value.ageInDoubt" : "referral.value.ageClaimed"));
        }
        return java.util.Optional.of(new SharedValue(SharedField.AGE, "", "referral.value.ageUnknown"));
    }

    private static String years(LocalDate born, LocalDate today) {
        return String.valueOf(Period.between(born, today).getYears());
    }

    /** The person's age in years for matching, or null. */
    static Integer matchingAge(PersonDetails d, LocalDate today) {
        LocalDate born = d.documentedDateOfBirth() != null ? d.documentedDateOfBirth() : d.dateOfBirth();
        if (born != null) {
            return Period.between(born, today).getYears();
        }
        if (d.assessedAge() != null) {
            return d.assessedAge().minimumAge();
        }
        return d.claimedAge();
    }

    static boolean ageInDoubt(PersonDetails d, boolean child) {
        if (d.documentedDateOfBirth() != null) {
            return false;
        }
        return d.dateOfBirth() == null || d.dateOfBirthEstimated() || child && d.assessedAge() != null;
    }
}
