package org.amparo.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the service catalogue. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface Catalog {
    /** The HSDS taxonomy name of the protection needs that screening determinations use. */
    String PROTECTION_TAXONOMY = "amparo-protection";

    /** The HSDS taxonomy of Amparo's own terms: {@code location.confidential}, {@code eligibility.sex|nationality|status}. */
    String AMPARO_TAXONOMY = "amparo-catalog";

    /** Fields of a confidential location that never leave the platform. */
    Set<String> CONFIDENTIAL_LOCATION_FIELDS = Set.of("latitude", "longitude", "transportation", "external_identifier",
            "external_identifier_type");

    Optional<HsdsRecord> organization(String id);

    Optional<ServiceDetail> service(String id);

    Optional<LocationDetail> location(String id);

    /**
     * Services having term {@code termCode} of the protection taxonomy or one of its sub-terms
     * (null: any), whose name or description contains {@code text} (case ignored; null or empty:
     * any), of organisation {@code organizationId} (null: any), by name; at most
     * {@link ServicePage#MAX_LIMIT}.
     */
    ServicePage services(String termCode, String text, String organizationId, int offset, int limit);

    /** How many records each HSDS resource holds (e.g. {@code services -> 12}), every resource listed. */
    Map<String, Long> counts();

    /** The terms of taxonomy {@code taxonomy} (e.g. {@link #PROTECTION_TAXONOMY}) by code. */
    List<Term> terms(String taxonomy);

    /** Stored imports, newest first. */
    List<ImportRun> imports();
}
