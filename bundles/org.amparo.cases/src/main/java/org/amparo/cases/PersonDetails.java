package org.amparo.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caseworker enters about a person. Checked field by field by the service, which reports
 * every wrong field at once.
 *
 * @param names                 names as given, at least one
 * @param sex                   sex as recorded; {@code null} is an error
 * @param genderIdentity        optional free text (empty when not given)
 * @param dateOfBirth           date of birth as the person states it, or {@code null}
 * @param dateOfBirthEstimated  true when that date is an estimate
 * @param claimedAge            age the person states, or {@code null}
 * @param documentedDateOfBirth date of birth in a document, or {@code null}
 * @param assessedAge           an age assessment, or {@code null}
 * @param nationality           ISO 3166-1 alpha-2 code, or empty when unknown or stateless
 * @param languages             languages the person speaks, as ISO 639 / BCP 47 tags
 * @param documents             documents and who holds them
 * @param locationCountry       country of the current location, or empty
 * @param locationDivisionId    division of the current location in that country's pack, or empty
 * @param contact               how to reach the person, optional free text
 * @since 1.0
 */
public record PersonDetails(List<Name> names, Sex sex, String genderIdentity, LocalDate dateOfBirth,
        boolean dateOfBirthEstimated, Integer claimedAge, LocalDate documentedDateOfBirth, AgeAssessment assessedAge,
        String nationality, List<String> languages, List<Document> documents, String locationCountry,
        String locationDivisionId, String contact) {
    public PersonDetails {
        names = names == null ? List.of() : List.copyOf(names);
        genderIdentity = strip(genderIdentity);
        nationality = strip(nationality);
        languages = languages == null ? List.of() : List.copyOf(languages);
        documents = documents == null ? List.of() : List.copyOf(documents);
        locationCountry = strip(locationCountry);
        locationDivisionId = strip(locationDivisionId);
        contact = strip(contact);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
