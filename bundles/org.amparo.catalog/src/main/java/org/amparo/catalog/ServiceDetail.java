package org.amparo.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A service with what matching and referral need: its organisation, where it is offered, how to
 * reach it, when it is open, the languages spoken, the areas served, who is eligible and its terms.
 *
 * @param service the HSDS service record
 * @param organization the organisation's record
 * @param serviceAtLocations the HSDS service-at-location records of this service
 * @param locations the locations where it is offered
 * @param phones phones of the service
 * @param contacts contacts of the service
 * @param schedules schedules of the service and of its service-at-locations
 * @param languages languages of the service
 * @param serviceAreas areas served
 * @param eligibility conditions beyond age (sex, nationality, status)
 * @param terms taxonomy terms linked to the service
 * @since 1.0
 */
public record ServiceDetail(HsdsRecord service, HsdsRecord organization, List<HsdsRecord> serviceAtLocations,
        List<LocationDetail> locations, List<HsdsRecord> phones, List<HsdsRecord> contacts, List<HsdsRecord> schedules,
        List<HsdsRecord> languages, List<HsdsRecord> serviceAreas, List<Eligibility> eligibility, List<Term> terms) {
    public ServiceDetail {
        serviceAtLocations = List.copyOf(serviceAtLocations);
        locations = List.copyOf(locations);
        phones = List.copyOf(phones);
        contacts = List.copyOf(contacts);
        schedules = List.copyOf(schedules);
        languages = List.copyOf(languages);
        serviceAreas = List.copyOf(serviceAreas);
        eligibility = List.copyOf(eligibility);
        terms = List.copyOf(terms);
    }

    public String id() {
        return service.id();
    }

    public String name() {
        return service.text("name").orElse("");
    }

    /** The minimum age served, when given as a whole number. */
    public Optional<Integer> minimumAge() {
        return age("minimum_age");
    }

    public Optional<Integer> maximumAge() {
        return age("maximum_age");
    }

    private Optional<Integer> age(String field) {
        return service.text(field).map(java.math.BigDecimal::new).map(java.math.BigDecimal::intValue);
    }
}
