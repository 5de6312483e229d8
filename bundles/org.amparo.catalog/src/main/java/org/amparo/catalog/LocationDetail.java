package org.amparo.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A location with its addresses, phones, schedules and languages. A confidential location (a
 * shelter) keeps its address here for the platform's own use; it is never exported nor shown to
 * partners (use {@link #withoutAddress}).
 *
 * @param location the HSDS location record
 * @param confidential whether its address and coordinates are confidential
 * @since 1.0
 */
public record LocationDetail(HsdsRecord location, boolean confidential, List<HsdsRecord> addresses, List<HsdsRecord> phones,
        List<HsdsRecord> schedules, List<HsdsRecord> languages) {
    public LocationDetail {
        addresses = List.copyOf(addresses);
        phones = List.copyOf(phones);
        schedules = List.copyOf(schedules);
        languages = List.copyOf(languages);
    }

    /** The latitude, when given (also for a confidential location: for the platform's own use only). */
    public Optional<Double> latitude() {
        return location.text("latitude").map(Double::valueOf);
    }

    public Optional<Double> longitude() {
        return location.text("longitude").map(Double::valueOf);
    }

    /** This location as it may be shown outside the platform: a confidential one without address or coordinates. */
    public LocationDetail withoutAddress() {
        if (!confidential) {
            return this;
        }
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(location.fields());
        fields.keySet().removeAll(Catalog.CONFIDENTIAL_LOCATION_FIELDS);
        return new LocationDetail(new HsdsRecord(location.resource(), location.id(), fields), true, List.of(), phones, schedules,
                languages);
    }
}
