package org.amparo.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Manages organisations. Changes are audited.
 *
 * @since 1.0
 */
@ProviderType
public interface OrganisationService {
    Organisation create(String code, String name, String country, boolean demo, String actor);

    Optional<Organisation> find(long id);

    Optional<Organisation> findByCode(String code);

    /** Organisations ordered by code, {@code limit} (1 to 500) from {@code offset}. */
    List<Organisation> list(int offset, int limit);
}
