package org.amparo.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What matching needs to know about a person.
 *
 * @param needs protection taxonomy codes of the needs (e.g. {@code shelter.emergency}, {@code legal-aid});
 *     a parent code ({@code shelter}) also finds the services of its sub-terms
 * @param country the ISO 3166-1 code of the country where the person is
 * @param divisionId the id of the person's division in that country's pack, null when unknown
 * @param divisionPath the names of the divisions from the top one down to the person's (as a case's
 *     location records them); a service area or a locality of a location with one of these names is
 *     "in the area"
 * @param languages languages the person speaks (BCP 47 tags, e.g. {@code ar-MA}); primary subtags are compared
 * @param age the age in years, null when unknown
 * @param ageInDoubt whether the age is disputed or estimated: an age outside a service's range is then
 *     something to check, not a refusal
 * @param sex the person's sex as the catalogue's eligibility values spell it ({@code female}, {@code male}), null when unknown
 * @param nationality ISO 3166-1 code, null when unknown
 * @param legalStatus a free status code ({@code asylum-seeker}, {@code child}, ...), null when unknown
 * @param at the moment for "open now"
 * @param zone the time zone in which opening hours are read (the person's), null for UTC
 * @param pageSize how many services to list per need, for those who can serve and for those who cannot
 *     (1 to {@link #MAX_PAGE})
 * @since 1.1
 */
public record MatchRequest(List<String> needs, String country, String divisionId, List<String> divisionPath, List<String> languages,
        Integer age, boolean ageInDoubt, String sex, String nationality, String legalStatus, Instant at, ZoneId zone, int pageSize) {
    public static final int MAX_PAGE = 100;

    public MatchRequest {
        needs = List.copyOf(needs);
        Objects.requireNonNull(country, "country");
        divisionPath = List.copyOf(divisionPath);
        languages = List.copyOf(languages);
        Objects.requireNonNull(at, "at");
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE));
    }
}
