package org.amparo.countries;

import java.util.List;

/**
 * The current content of an active country pack. Texts are message keys unless said otherwise.
 *
 * @param code ISO 3166-1 alpha-2 code (a user-assigned code for a fictional pack)
 * @param version the pack bundle's version
 * @param revision the content revision records refer to
 * @param fictional true for a demonstration pack; the UI labels all its content as fictional
 * @param nameKey the country's name
 * @param languages languages of the country
 * @param ageOfMajority the age of civil majority, or {@code null} when the pack does not state it
 * @param coordinatingBody the national coordinating body, or {@code null}
 * @param hotlines hotlines (may be empty, see {@code hotlinesNoteKey})
 * @param hotlinesNoteKey why there are no or few hotlines, or {@code null}
 * @param divisionLevelKeys names of the division levels, top first
 * @param divisions how many divisions the pack has
 * @param laws laws and entitlements
 * @param pathways referral pathways
 * @param questions national additions to screening
 * @since 1.0
 */
public record Country(String code, String version, String revision, boolean fictional, String nameKey,
        List<CountryLanguage> languages, AgeOfMajority ageOfMajority, Body coordinatingBody, List<Hotline> hotlines,
        String hotlinesNoteKey, List<String> divisionLevelKeys, long divisions, List<Law> laws, List<Pathway> pathways,
        List<NationalQuestion> questions) {
    public Country {
        languages = List.copyOf(languages);
        hotlines = List.copyOf(hotlines);
        divisionLevelKeys = List.copyOf(divisionLevelKeys);
        laws = List.copyOf(laws);
        pathways = List.copyOf(pathways);
        questions = List.copyOf(questions);
    }

    /**
     * A language of the country.
     *
     * @param tag BCP 47 tag
     * @param official whether it is an official language
     * @param rightToLeft whether its usual script runs right to left
     * @param evidence what this rests on
     */
    public record CountryLanguage(String tag, boolean official, boolean rightToLeft, Evidence evidence) {
    }

    /** The age of civil majority. */
    public record AgeOfMajority(int value, Evidence evidence) {
    }

    /** A named institution. */
    public record Body(String nameKey, Evidence evidence) {
    }

    /** A hotline; {@code number} is shown verbatim. */
    public record Hotline(String id, String nameKey, String number, String hoursKey, Evidence evidence) {
    }
}
