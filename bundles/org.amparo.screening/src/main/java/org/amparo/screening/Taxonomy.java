package org.amparo.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The protection taxonomy: the kinds of service a need can be matched to. Service needs name its
 * ids. Owned here until the service catalogue (issue 6) takes it over with the same ids.
 *
 * @param id e.g. {@code protection}
 * @param version {@code major.minor.patch}
 * @param services its entries, parents before children
 * @since 1.0
 */
public record Taxonomy(String id, String version, List<Service> services) {
    public Taxonomy {
        Objects.requireNonNull(id, "id");
        services = List.copyOf(services);
    }

    /** One kind of service, e.g. {@code shelter.emergency} under {@code shelter}. */
    public record Service(String id, String labelKey, String parent) {
    }

    /** The entry with id {@code serviceId}. */
    public Optional<Service> service(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }
}
