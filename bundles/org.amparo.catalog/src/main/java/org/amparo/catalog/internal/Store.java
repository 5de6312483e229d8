package org.amparo.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.amparo.catalog.HsdsRecord;
import org.amparo.persistence.Database;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.amparo.datafile.JsonNode;

/**
 * The catalogue's tables: one per HSDS resource that the platform queries (the fields queried as
 * columns, every field in {@code fields} as JSON), {@code other_record} for the rest, the derived
 * eligibility and the provenance of imports. Thread-safe.
 */
final class Store {
    static final int MAX_FIELDS = 32000;
    private static final int CHUNK = 400;
    private static final JsonFactory JSON = new JsonFactory();

    /** A typed column and the HSDS field it copies. */
    record Column(String name, String field, int max) {
    }

    /** The table of a resource; {@code other} tables are {@code catalog.other_record} rows. */
    record Table(String name, List<Column> columns, boolean other) {
    }

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    static {
        table("organizations", "catalog.organization", "name:1000");
        table("services", "catalog.service", "organization_id:64", "name:1000", "status:40", "minimum_age:0", "maximum_age:0");
        table("locations", "catalog.location", "organization_id:64", "name:1000", "location_type:40", "latitude:40", "longitude:40");
        table("addresses", "catalog.address", "location_id:64", "city:300", "state_province:300", "postal_code:100", "country:100");
        table("service_at_location", "catalog.service_at_location", "service_id:64", "location_id:64");
        table("contacts", "catalog.contact", "organization_id:64", "service_id:64", "location_id:64", "service_at_location_id:64");
        table("phones", "catalog.phone", "organization_id:64", "service_id:64", "location_id:64", "contact_id:64",
                "service_at_location_id:64", "phone_number=number:200");
        table("schedules", "catalog.schedule", "service_id:64", "location_id:64", "service_at_location_id:64", "freq:20", "byday:100",
                "opens_at:20", "closes_at:20", "valid_from:40", "valid_to:40");
        table("languages", "catalog.language", "service_id:64", "location_id:64", "phone_id:64", "code:40", "name:300");
        table("service_areas", "catalog.service_area", "service_id:64", "name:1000", "extent_type:40", "uri:1000");
        table("taxonomies", "catalog.taxonomy", "name:300");
        table("taxonomy_terms", "catalog.taxonomy_term", "taxonomy_id:64", "code:200", "parent_id:64", "name:1000");
        table("attributes", "catalog.attribute", "link_id:64", "taxonomy_term_id:64", "link_entity:100", "attr_value=value:1000");
        for (Schemas.Resource resource : Schemas.get().resources()) {
            TABLES.putIfAbsent(resource.name(), new Table("catalog.other_record", List.of(), true));
        }
    }

    private static void table(String resource, String name, String... columns) {
        List<Column> list = new ArrayList<>();
        for (String column : columns) {
            String[] nameAndMax = column.split(":");
            String[] names = nameAndMax[0].split("=");
            list.add(new Column(names[0], names.length > 1 ? names[1] : names[0], Integer.parseInt(nameAndMax[1])));
        }
        TABLES.put(resource, new Table(name, List.copyOf(list), false));
    }

    static Table table(String resource) {
        return TABLES.get(resource);
    }

    private final Database database;

    Store(Database database) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    /** Counts of what {@link #write} stored. */
    record Written(long importId, Map<String, Integer> inserted, Map<String, Integer> updated) {
    }

    /** Stores every record of {@code batch} in the current (or a new) transaction, with its provenance. */
    Written write(Transaction tx, Batch batch, String importedBy, String source, String format, String seedKey, Instant now) {
        long importId = tx.insertReturningKey("""
                INSERT INTO catalog.import_run (source, format, imported_by, imported_at, inserted, updated, seed_key)
                VALUES (?, ?, ?, ?, 0, 0, ?)""", cut(source, 1000), format, cut(importedBy, 255), now, seedKey);
        Map<String, Integer> inserted = new LinkedHashMap<>();
        Map<String, Integer> updated = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Rec>> entry : batch.records.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            String resource = entry.getKey();
            Table table = TABLES.get(resource);
            Set<String> present = existing(tx, resource, entry.getValue().keySet());
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (Rec rec : entry.getValue().values()) {
                List<Object> values = new ArrayList<>();
                for (Column column : table.columns()) {
                    values.add(value(rec, column));
                }
                if (table.other()) {
                    values.add(owner(rec));
                } else if ("services".equals(resource)) {
                    values.add(cut(searchText(rec), 4000));
                }
                values.add(json(rec.fields));
                values.add(importId);
                values.add(now);
                if (present.contains(rec.id())) {
                    values.add(rec.id());
                    if (table.other()) {
                        values.add(resource);
                    }
                    updates.add(values.toArray());
                } else {
                    values.add(rec.id());
                    if (table.other()) {
                        values.add(resource);
                    } else if ("locations".equals(resource)) {
                        values.add(Boolean.FALSE);
                    }
                    inserts.add(values.toArray());
                }
            }
            List<String> names = new ArrayList<>(table.columns().stream().map(Column::name).toList());
            if (table.other()) {
                names.add("owner_id");
            } else if ("services".equals(resource)) {
                names.add("search_text");
            }
            names.add("fields");
            names.add("import_id");
            names.add("updated_at");
            if (!updates.isEmpty()) {
                tx.batch("UPDATE " + table.name() + " SET " + String.join(" = ?, ", names) + " = ? WHERE id = ?"
                        + (table.other() ? " AND resource = ?" : ""), updates);
            }
            if (!inserts.isEmpty()) {
                List<String> all = new ArrayList<>(names);
                all.add("id");
                if (table.other()) {
                    all.add("resource");
                } else if ("locations".equals(resource)) {
                    all.add("confidential");
                }
                tx.batch("INSERT INTO " + table.name() + " (" + String.join(", ", all) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(all.size(), "?")) + ")", inserts);
            }
            inserted.put(resource, inserts.size());
            updated.put(resource, updates.size());
        }
        derive(tx);
        tx.update("UPDATE catalog.import_run SET inserted = ?, updated = ? WHERE id = ?",
                inserted.values().stream().mapToInt(Integer::intValue).sum(), updated.values().stream().mapToInt(Integer::intValue).sum(),
                importId);
        return new Written(importId, inserted, updated);
    }

    /**
     * Recomputes eligibility from the attributes of the {@code eligibility.*} terms, and marks
     * confidential every location that an attribute of term {@code location.confidential} names or
     * where a shelter service is offered (confidentiality is never lifted by an import); then the
     * area keys and the tables matching reads ({@link MatchingTables}).
     */
    private static void derive(Transaction tx) {
        tx.update("DELETE FROM catalog.eligibility");
        tx.update("""
                INSERT INTO catalog.eligibility (service_id, kind, accepted)
                SELECT DISTINCT a.link_id, SUBSTR(t.code, 13), a.attr_value
                FROM catalog.attribute a JOIN catalog.taxonomy_term t ON t.id = a.taxonomy_term_id
                JOIN catalog.service s ON s.id = a.link_id
                WHERE t.taxonomy_id = ? AND t.code LIKE 'eligibility.%' AND a.attr_value IS NOT NULL""", Builtin.AMPARO_TAXONOMY_ID);
        // the locations are read first and updated by id: Derby ran an IN subquery with joins once per location
        List<Object[]> secret = new ArrayList<>();
        tx.query("""
                SELECT DISTINCT a.link_id FROM catalog.taxonomy_term t JOIN catalog.attribute a ON a.taxonomy_term_id = t.id
                WHERE t.taxonomy_id = ? AND t.code = 'location.confidential'""", row -> secret.add(new Object[] {row.getString(
                "link_id")}), Builtin.AMPARO_TAXONOMY_ID);
        tx.query("""
                SELECT DISTINCT sal.location_id FROM catalog.taxonomy_term t JOIN catalog.attribute a ON a.taxonomy_term_id = t.id
                JOIN catalog.service_at_location sal ON sal.service_id = a.link_id
                WHERE t.taxonomy_id = ? AND (t.code = 'shelter' OR t.code LIKE 'shelter.%') AND sal.location_id IS NOT NULL""",
                row -> secret.add(new Object[] {row.getString("location_id")}), Builtin.PROTECTION_TAXONOMY_ID);
        if (!secret.isEmpty()) {
            tx.batch("UPDATE catalog.location SET confidential = TRUE WHERE id = ? AND confidential = FALSE", secret);
        }
        deriveAreaKeys(tx);
        MatchingTables.rebuild(tx);
    }

    /**
     * Rebuilds the area keys matching looks services up by: the lower-case name of each service area
     * (cut to 200 characters), and {@code *} for a service that states no area.
     */
    private static void deriveAreaKeys(Transaction tx) {
        tx.update("DELETE FROM catalog.service_area_key");
        tx.update("""
                INSERT INTO catalog.service_area_key (service_id, area_key)
                SELECT DISTINCT service_id, CASE WHEN LENGTH(TRIM(name)) > 200 THEN SUBSTR(LOWER(TRIM(name)), 1, 200) ELSE LOWER(TRIM(name)) END
                FROM catalog.service_area WHERE service_id IS NOT NULL AND name IS NOT NULL AND LENGTH(TRIM(name)) > 0""");
        tx.update("""
                INSERT INTO catalog.service_area_key (service_id, area_key)
                SELECT s.id, '*' FROM catalog.service s
                WHERE NOT EXISTS (SELECT 1 FROM catalog.service_area_key k WHERE k.service_id = s.id)""");
    }

    /** Which of {@code ids} the catalogue holds for {@code resource}. */
    Set<String> existing(Transaction tx, String resource, Set<String> ids) {
        Table table = TABLES.get(resource);
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> parameters = new ArrayList<>(chunk);
            String where = "id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            if (table.other()) {
                where += " AND resource = ?";
                parameters.add(resource);
            }
            found.addAll(tx.query("SELECT id FROM " + table.name() + " WHERE " + where, row -> row.getString("id"), parameters.toArray()));
        }
        return found;
    }

    /** Every record of {@code resource}, by id. */
    List<HsdsRecord> all(Transaction tx, String resource) {
        Table table = TABLES.get(resource);
        return tx.query("SELECT id, fields FROM " + table.name() + (table.other() ? " WHERE resource = ?" : "") + " ORDER BY id",
                row -> record(resource, row), table.other() ? new Object[] {resource} : new Object[0]);
    }

    /** Records of {@code resource} whose column {@code column} equals {@code value}. */
    List<HsdsRecord> where(Transaction tx, String resource, String column, String value) {
        Table table = TABLES.get(resource);
        if (table.other()) {
            return tx.query("SELECT id, fields FROM catalog.other_record WHERE resource = ? AND owner_id = ? ORDER BY id",
                    row -> record(resource, row), resource, value);
        }
        return tx.query("SELECT id, fields FROM " + table.name() + " WHERE " + column + " = ? ORDER BY id", row -> record(resource, row),
                value);
    }

    static HsdsRecord record(String resource, Row row) {
        return new HsdsRecord(resource, row.getString("id"), parse(row.getString("fields")));
    }

    private static Object value(Rec rec, Column column) {
        Object value = rec.fields.get(column.field());
        if (column.max() == 0) {
            return value instanceof BigDecimal number && number.stripTrailingZeros().scale() <= 0
                    && number.abs().compareTo(BigDecimal.valueOf(10_000)) < 0 ? Integer.valueOf(number.intValue()) : null;
        }
        return cut(rec.text(column.field()), column.max());
    }

    private static String owner(Rec rec) {
        for (String field : List.of("location_id", "service_id", "organization_id", "resource_id")) {
            if (rec.fields.get(field) instanceof String owner) {
                return cut(owner, 64);
            }
        }
        return null;
    }

    private static String searchText(Rec rec) {
        return ((rec.text("name") == null ? "" : rec.text("name")) + " " + (rec.text("alternate_name") == null ? "" : rec.text("alternate_name"))
                + " " + (rec.text("description") == null ? "" : rec.text("description"))).toLowerCase(Locale.ROOT);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Fields as a JSON object, numbers and booleans typed. */
    static String json(Map<String, Object> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                generator.writeFieldName(field.getKey());
                scalar(generator, field.getValue());
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void scalar(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value == null) {
            generator.writeNull();
        } else {
            generator.writeString(value.toString());
        }
    }

    static Map<String, Object> parse(String json) {
        try {
            JsonNode.Obj object = (JsonNode.Obj) JsonNode.readDecimals(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            Map<String, Object> fields = new LinkedHashMap<>();
            object.members().forEach((name, value) -> fields.put(name, ((JsonNode.Scalar) value).value()));
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonNode.SyntaxError e) {
            throw new IllegalStateException("stored fields are not JSON", e);
        }
    }

    /** Rows per resource, every resource listed. */
    Map<String, Long> counts(Transaction tx) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> others = new HashMap<>();
        tx.query("SELECT resource, COUNT(*) AS n FROM catalog.other_record GROUP BY resource", row -> others.put(row.getString("resource"),
                row.getLong("n")));
        for (Map.Entry<String, Table> entry : TABLES.entrySet()) {
            counts.put(entry.getKey(), entry.getValue().other() ? others.getOrDefault(entry.getKey(), 0L)
                    : tx.queryLong("SELECT COUNT(*) FROM " + entry.getValue().name()));
        }
        return counts;
    }
}
