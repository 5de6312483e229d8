package org.amparo.catalog.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Checks records against the HSDS schemas (types, formats, allowed values, required fields), ids
 * unique, references to records in the batch or already in the catalogue, and Amparo's own rules
 * (a service belongs to an organisation; a record fits the store).
 */
final class Validation {
    /**
     * Reference fields checked, per resource, and the resource they name: those the platform relies
     * on. Other HSDS references (a location's organisation, a term's parent, ...) are kept as given,
     * unchecked, as the standard's own examples leave some unresolved.
     */
    static final Map<String, Map<String, String>> REFERENCES = Map.ofEntries(
            Map.entry("services", Map.of("organization_id", "organizations")),
            Map.entry("service_at_location", Map.of("service_id", "services", "location_id", "locations")),
            Map.entry("addresses", Map.of("location_id", "locations")),
            Map.entry("phones", Map.of("service_id", "services", "location_id", "locations")),
            Map.entry("contacts", Map.of("service_id", "services", "location_id", "locations")),
            Map.entry("schedules", Map.of("service_id", "services", "location_id", "locations", "service_at_location_id",
                    "service_at_location")),
            Map.entry("languages", Map.of("service_id", "services", "location_id", "locations")),
            Map.entry("service_areas", Map.of("service_id", "services")),
            Map.entry("attributes", Map.of("taxonomy_term_id", "taxonomy_terms")));

    private Validation() {
    }

    /**
     * @param existing given a resource and ids, which of them the catalogue already holds
     */
    static void check(Batch batch, BiFunction<String, Set<String>, Set<String>> existing) {
        for (Map<String, Rec> records : batch.records.values()) {
            for (Rec rec : records.values()) {
                Schemas.Resource resource = Schemas.get().resource(rec.resource);
                for (Schemas.Field field : resource.fields().values()) {
                    Object value = rec.fields.get(field.name());
                    if (value == null || (value instanceof String s && s.isEmpty())) {
                        if (field.required()) {
                            batch.problem(rec, field.name(), "catalog.problem.required");
                        }
                        continue;
                    }
                    String reason = Schemas.check(field, value);
                    if (reason != null) {
                        batch.problem(rec, field.name(), reason, rec.text(field.name()));
                    }
                }
                if ("services".equals(rec.resource) && rec.fields.get("organization_id") == null) {
                    batch.problem(rec, "organization_id", "catalog.problem.serviceWithoutOrganization");
                }
                if (Store.json(rec.fields).length() > Store.MAX_FIELDS) {
                    batch.problem(rec, "", "catalog.problem.tooLong", Integer.toString(Store.MAX_FIELDS));
                }
            }
        }
        Map<String, Set<String>> wanted = new HashMap<>();
        for (Map<String, Rec> records : batch.records.values()) {
            for (Rec rec : records.values()) {
                for (Map.Entry<String, String> reference : REFERENCES.getOrDefault(rec.resource, Map.of()).entrySet()) {
                    if (rec.fields.get(reference.getKey()) instanceof String target
                            && !batch.records.get(reference.getValue()).containsKey(target)) {
                        wanted.computeIfAbsent(reference.getValue(), r -> new HashSet<>()).add(target);
                    }
                }
            }
        }
        Map<String, Set<String>> found = new HashMap<>();
        wanted.forEach((resource, ids) -> found.put(resource, existing.apply(resource, ids)));
        for (Map<String, Rec> records : batch.records.values()) {
            for (Rec rec : records.values()) {
                for (Map.Entry<String, String> reference : REFERENCES.getOrDefault(rec.resource, Map.of()).entrySet()) {
                    if (rec.fields.get(reference.getKey()) instanceof String target
                            && wanted.getOrDefault(reference.getValue(), Set.of()).contains(target)
                            && !found.getOrDefault(reference.getValue(), Set.of()).contains(target)) {
                        batch.problem(rec, reference.getKey(), "catalog.problem.unknownReference", target, reference.getValue());
                    }
                }
            }
        }
    }

    static List<String> resourcesInOrder() {
        return Schemas.get().resources().stream().map(Schemas.Resource::name).toList();
    }
}
