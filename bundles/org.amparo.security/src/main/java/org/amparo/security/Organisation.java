package org.amparo.security;

import java.util.Objects;

/**
 * An organisation whose staff use Amparo: a government office, an NGO, a service provider.
 *
 * @param code short unique code, e.g. {@code DEMO-NGO}
 * @param name display name
 * @param country ISO 3166-1 alpha-2 code of the country it works in, or empty
 * @param demo   true for demonstration data (shown as fictional everywhere)
 * @since 1.0
 */
public record Organisation(long id, String code, String name, String country, boolean demo) {
    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        country = country == null ? "" : country;
    }
}
