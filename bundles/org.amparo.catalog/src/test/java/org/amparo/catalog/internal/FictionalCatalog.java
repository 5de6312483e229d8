package org.amparo.catalog.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.amparo.catalog.Catalog;

/**
 * Builds a fictional HSDS 3.0 CSV datapackage (every name is made up and labelled fictional) for
 * matching tests and the load driver. Ids are name-based UUIDs from a prefix and a counter.
 */
final class FictionalCatalog {
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("organizations.csv", "id,name,description");
        HEADERS.put("services.csv", "id,organization_id,name,description,status,minimum_age,maximum_age");
        HEADERS.put("locations.csv", "id,location_type,organization_id,name");
        HEADERS.put("addresses.csv", "id,location_id,address_1,city,state_province,postal_code,country,address_type");
        HEADERS.put("service_at_location.csv", "id,service_id,location_id");
        HEADERS.put("languages.csv", "id,service_id,location_id,name,code");
        HEADERS.put("service_areas.csv", "id,service_id,name,extent_type");
        HEADERS.put("schedules.csv", "id,service_id,service_at_location_id,freq,byday,opens_at,closes_at,description");
        HEADERS.put("attributes.csv", "id,link_id,taxonomy_term_id,link_type,link_entity,value");
    }

    private final String prefix;
    private final Map<String, StringBuilder> files = new LinkedHashMap<>();
    private long next;

    FictionalCatalog(String prefix) {
        this.prefix = prefix;
        HEADERS.forEach((file, header) -> files.put(file, new StringBuilder(header).append("\r\n")));
    }

    String id() {
        return UUID.nameUUIDFromBytes((prefix + "/" + next++).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void row(String file, Object... values) {
        StringBuilder out = files.get(file);
        for (int i = 0; i < values.length; i++) {
            String value = values[i] == null ? "" : values[i].toString();
            if (i > 0) {
                out.append(',');
            }
            if (value.contains(",") || value.contains("\"")) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append("\r\n");
    }

    String organization(String name) {
        String id = id();
        row("organizations.csv", id, name, "Fictional organisation for tests and benchmarks.");
        return id;
    }

    /** A service linked to the protection needs {@code needs}. */
    String service(String organizationId, String name, String status, Integer minimumAge, Integer maximumAge, String... needs) {
        String id = id();
        row("services.csv", id, organizationId, name, "Fictional service.", status, minimumAge, maximumAge);
        for (String need : needs) {
            row("attributes.csv", id(), id, Builtin.termId(Catalog.PROTECTION_TAXONOMY, need), "need", "service", "");
        }
        return id;
    }

    void area(String serviceId, String name) {
        row("service_areas.csv", id(), serviceId, name, "");
    }

    void language(String serviceId, String code) {
        row("languages.csv", id(), serviceId, "", code, code);
    }

    /** An eligibility condition: {@code kind} is sex, nationality or status. */
    void eligibility(String serviceId, String kind, String value) {
        row("attributes.csv", id(), serviceId, Builtin.termId(Catalog.AMPARO_TAXONOMY, "eligibility." + kind), "eligibility", "service",
                value);
    }

    /** A location with one address; {@code confidential} links it to term location.confidential. */
    String location(String organizationId, String name, String street, String city, String region, boolean confidential) {
        String id = id();
        row("locations.csv", id, "physical", organizationId, name);
        row("addresses.csv", id(), id, street, city, region, "00000", "XA", "physical");
        if (confidential) {
            row("attributes.csv", id(), id, Builtin.termId(Catalog.AMPARO_TAXONOMY, "location.confidential"), "confidential", "location", "");
        }
        return id;
    }

    String offer(String serviceId, String locationId) {
        String id = id();
        row("service_at_location.csv", id, serviceId, locationId);
        return id;
    }

    /** A weekly schedule of the service ({@code serviceAtLocationId} null) or of one service-at-location. */
    void schedule(String serviceId, String serviceAtLocationId, String byday, String opens, String closes) {
        row("schedules.csv", id(), serviceAtLocationId == null ? serviceId : null, serviceAtLocationId, "WEEKLY", byday, opens, closes,
                "Fictional opening hours.");
    }

    Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
            try (Writer out = Files.newBufferedWriter(folder.resolve(file.getKey()), StandardCharsets.UTF_8)) {
                out.append(file.getValue());
            }
        }
        return folder;
    }

    static List<String> files() {
        return List.copyOf(HEADERS.keySet());
    }
}
