package org.amparo.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.amparo.cases.AgeAssessment;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Document;
import org.amparo.cases.Name;
import org.amparo.cases.PersonDetails;
import org.amparo.common.FieldError;

/**
 * Field-by-field checks of consent decisions and person details; each returns every problem found,
 * so that a form can show them all at once.
 */
final class Checks {
    static final int MAX_AGE = 130;
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Za-z0-9._-]{1,30}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Checks() {
    }

    static List<FieldError> consent(ConsentDecision decision, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (decision.purposes().isEmpty()) {
            errors.add(new FieldError("consent.purposes", "cases.consent.purposesRequired"));
        }
        if (decision.method() == null) {
            errors.add(new FieldError("consent.method", "cases.consent.methodRequired"));
        }
        if (!knownLanguage(decision.language())) {
            errors.add(new FieldError("consent.language", "cases.consent.languageInvalid", decision.language()));
        }
        if (decision.date() == null) {
            errors.add(new FieldError("consent.date", "cases.consent.dateRequired"));
        } else if (decision.date().isAfter(today)) {
            errors.add(new FieldError("consent.date", "cases.consent.dateInFuture"));
        }
        if (!decision.sharingWith().isEmpty() && !decision.purposes().contains(ConsentPurpose.SHARING)) {
            errors.add(new FieldError("consent.sharingWith", "cases.consent.sharingWithoutPurpose"));
        }
        if (decision.gives(ConsentPurpose.SHARING) && decision.sharingWith().isEmpty()) {
            errors.add(new FieldError("consent.sharingWith", "cases.consent.sharingNeedsOrganisations"));
        }
        for (String code : decision.sharingWith()) {
            if (code == null || !ORGANISATION_CODE.matcher(code).matches()) {
                errors.add(new FieldError("consent.sharingWith", "cases.consent.organisationInvalid"));
                break;
            }
        }
        return errors;
    }

    static List<FieldError> details(PersonDetails details, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (details.names().isEmpty()) {
            errors.add(new FieldError("names", "cases.person.nameRequired"));
        }
        for (int i = 0; i < details.names().size(); i++) {
            Name name = details.names().get(i);
            if (name == null || name.original().isEmpty()) {
                errors.add(new FieldError("names[" + i + "].original", "cases.person.nameRequired"));
            } else if (name.original().length() > 300 || name.latin().length() > 300) {
                errors.add(new FieldError("names[" + i + "].original", "cases.field.tooLong", 300));
            }
        }
        if (details.sex() == null) {
            errors.add(new FieldError("sex", "cases.person.sexRequired"));
        }
        tooLong(errors, "genderIdentity", details.genderIdentity(), 200);
        notFuture(errors, "dateOfBirth", details.dateOfBirth(), today);
        notFuture(errors, "documentedDateOfBirth", details.documentedDateOfBirth(), today);
        if (details.dateOfBirthEstimated() && details.dateOfBirth() == null) {
            errors.add(new FieldError("dateOfBirth", "cases.person.estimateWithoutDate"));
        }
        if (details.claimedAge() != null && (details.claimedAge() < 0 || details.claimedAge() > MAX_AGE)) {
            errors.add(new FieldError("claimedAge", "cases.person.ageOutOfRange", 0, MAX_AGE));
        }
        AgeAssessment assessed = details.assessedAge();
        if (assessed != null) {
            if (assessed.minimumAge() < 0 || assessed.maximumAge() > MAX_AGE || assessed.minimumAge() > assessed.maximumAge()) {
                errors.add(new FieldError("assessedAge", "cases.person.assessedRangeInvalid", 0, MAX_AGE));
            }
            if (assessed.assessedOn() == null || assessed.assessedOn().isAfter(today)) {
                errors.add(new FieldError("assessedAge.assessedOn", "cases.person.assessedOnRequired"));
            }
            if (assessed.method().isEmpty() || assessed.assessedBy().isEmpty()) {
                errors.add(new FieldError("assessedAge.method", "cases.person.assessedHowRequired"));
            }
        }
        if (!details.nationality().isEmpty() && !COUNTRIES.contains(details.nationality())) {
            errors.add(new FieldError("nationality", "cases.person.nationalityInvalid", details.nationality()));
        }
        for (int i = 0; i < details.languages().size(); i++) {
            if (!knownLanguage(details.languages().get(i))) {
                errors.add(new FieldError("languages[" + i + "]", "cases.person.languageInvalid", details.languages().get(i)));
            }
        }
        for (int i = 0; i < details.documents().size(); i++) {
            Document document = details.documents().get(i);
            if (document == null || document.type().isEmpty() || document.type().length() > 100) {
                errors.add(new FieldError("documents[" + i + "].type", "cases.person.documentTypeRequired"));
            }
        }
        tooLong(errors, "contact", details.contact(), 500);
        return errors;
    }

    /** Well-formed BCP 47 whose language the runtime's CLDR data names (as country packs are checked). */
    static boolean knownLanguage(String tag) {
        if (tag == null || tag.isEmpty() || tag.contains(",")) {
            return false;
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return false;
        }
        String language = locale.getLanguage();
        return !language.isEmpty() && !language.equals(locale.getDisplayLanguage(Locale.ENGLISH));
    }

    static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "cases.field.tooLong", max));
        }
    }

    private static void notFuture(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, "cases.person.dateInFuture"));
        }
    }
}
