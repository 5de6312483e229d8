package org.amparo.catalog;

/**
 * Where a matched service is offered. The address of a confidential location (a shelter) is never
 * given: {@code address} is then empty and {@code addressKey} is {@code catalog.match.confidentialLocation}.
 *
 * @param locationId the HSDS location id
 * @param name the location's name
 * @param address the address in one line (street, city, region, postal code, country), empty when
 *     confidential or not given
 * @param confidential whether the location is confidential
 * @param addressKey the message key to show instead of a confidential address, empty otherwise
 * @since 1.1
 */
public record MatchedPlace(String locationId, String name, String address, boolean confidential, String addressKey) {
}
