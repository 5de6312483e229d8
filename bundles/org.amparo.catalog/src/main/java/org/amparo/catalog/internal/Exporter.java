package org.amparo.catalog.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.amparo.catalog.Catalog;
import org.amparo.catalog.ExportedFiles;
import org.amparo.catalog.HsdsRecord;
import org.amparo.persistence.Transaction;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the catalogue as HSDS 3.0: a CSV datapackage or a JSON page of organisations. What could
 * locate a confidential location never leaves: its addresses, coordinates, directions and
 * identifiers, its accessibility notes, any field outside the HSDS schema, and the metadata and
 * attributes of what was removed.
 */
final class Exporter {
    private static final JsonFactory JSON = new JsonFactory();

    /** Every exportable record by resource, already cleared of confidential content. */
    private final Map<String, List<HsdsRecord>> records = new LinkedHashMap<>();

    Exporter(Store store, Transaction tx) {
        Set<String> confidential = new HashSet<>(tx.query("SELECT id FROM catalog.location WHERE confidential = TRUE",
                row -> row.getString("id")));
        Set<String> removed = new HashSet<>();
        for (Schemas.Resource resource : Schemas.get().resources()) {
            records.put(resource.name(), new ArrayList<>(store.all(tx, resource.name())));
        }
        records.put("locations", records.get("locations").stream().map(l -> confidential.contains(l.id()) ? cleared(l) : l).toList());
        for (String resource : List.of("addresses", "accessibility")) {
            records.put(resource, records.get(resource).stream().filter(r -> {
                boolean drop = r.text("location_id").map(confidential::contains).orElse(false);
                if (drop) {
                    removed.add(r.id());
                }
                return !drop;
            }).toList());
        }
        records.put("metadata", records.get("metadata").stream().filter(m -> m.text("resource_id")
                .map(id -> !removed.contains(id) && !confidential.contains(id)).orElse(true)).toList());
        records.put("attributes", records.get("attributes").stream().filter(a -> a.text("link_id")
                .map(id -> !removed.contains(id)).orElse(true)).toList());
    }

    private static HsdsRecord cleared(HsdsRecord location) {
        Map<String, Object> fields = new LinkedHashMap<>(location.fields());
        fields.keySet().removeAll(Catalog.CONFIDENTIAL_LOCATION_FIELDS);
        fields.keySet().retainAll(Schemas.get().resource("locations").fields().keySet());
        return new HsdsRecord(location.resource(), location.id(), fields);
    }

    ExportedFiles datapackage() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringWriter descriptor = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(descriptor).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("name", "amparo-service-catalogue");
            json.writeStringField("title", "Amparo service catalogue (HSDS 3.0)");
            json.writeStringField("profile", "tabular-data-package");
            json.writeArrayFieldStart("resources");
            for (Schemas.Resource resource : Schemas.get().resources()) {
                List<String> header = header(resource);
                json.writeStartObject();
                json.writeStringField("name", resource.name());
                json.writeStringField("path", resource.file());
                json.writeStringField("profile", "tabular-data-resource");
                json.writeStringField("format", "csv");
                json.writeStringField("mediatype", "text/csv");
                json.writeStringField("encoding", "utf-8");
                json.writeObjectFieldStart("schema");
                json.writeArrayFieldStart("fields");
                for (String name : header) {
                    Schemas.Field field = resource.fields().get(name);
                    json.writeStartObject();
                    json.writeStringField("name", name);
                    json.writeStringField("type", field == null || field.type() == null ? "string" : field.type());
                    if (field != null && field.format() != null) {
                        json.writeStringField("format", field.format());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("primaryKey", "id");
                json.writeEndObject();
                json.writeEndObject();
                files.put(resource.file(), csv(header, records.get(resource.name())));
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(DatapackageReader.DESCRIPTOR, descriptor.toString().getBytes(StandardCharsets.UTF_8));
        ordered.putAll(files);
        return new ExportedFiles(ordered);
    }

    private List<String> header(Schemas.Resource resource) {
        List<String> header = new ArrayList<>(resource.fields().keySet());
        Set<String> extra = new TreeSet<>();
        records.get(resource.name()).forEach(r -> extra.addAll(r.fields().keySet()));
        extra.removeAll(header);
        header.addAll(extra);
        return header;
    }

    private static byte[] csv(List<String> header, List<HsdsRecord> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header.stream().map(h -> (Object) h).toList());
        for (HsdsRecord row : rows) {
            line(out, header.stream().map(h -> row.fields().get(h)).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : value instanceof BigDecimal n ? n.toPlainString() : value.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }

    /** A JSON page of organisations, each with its locations and services nested as {@code organization_full}. */
    String json() {
        Map<String, Map<String, HsdsRecord>> byId = new HashMap<>();
        records.forEach((resource, list) -> {
            Map<String, HsdsRecord> map = new LinkedHashMap<>();
            list.forEach(r -> map.put(r.id(), r));
            byId.put(resource, map);
        });
        StringWriter out = new StringWriter();
        List<HsdsRecord> organizations = records.get("organizations");
        try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("total_items", organizations.size());
            json.writeNumberField("total_pages", 1);
            json.writeNumberField("page_number", 1);
            json.writeNumberField("size", organizations.size());
            json.writeBooleanField("first_page", true);
            json.writeBooleanField("last_page", true);
            json.writeBooleanField("empty", organizations.isEmpty());
            json.writeArrayFieldStart("contents");
            for (HsdsRecord organization : organizations) {
                object(json, Schemas.get().resource("organizations"), organization, byId, new HashSet<>());
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void object(JsonGenerator json, Schemas.Resource resource, HsdsRecord record, Map<String, Map<String, HsdsRecord>> byId,
            Set<String> ancestors) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> field : record.fields().entrySet()) {
            json.writeFieldName(field.getKey());
            Store.scalar(json, field.getValue());
        }
        Set<String> inside = new HashSet<>(ancestors);
        inside.add(resource.name());
        Map<String, Schemas.Nested> nested = new LinkedHashMap<>(resource.nested());
        if ("organizations".equals(resource.name())) {
            nested.put("services", new Schemas.Nested("services", "service", true));
        }
        for (Schemas.Nested member : nested.values()) {
            Schemas.Resource child = Schemas.get().nestedResource(member);
            if (inside.contains(child.name())) {
                continue;
            }
            if (member.array()) {
                String fk = "attribute".equals(child.schemaName()) ? "link_id"
                        : "metadata".equals(child.schemaName()) ? "resource_id" : resource.schemaName() + "_id";
                if (!child.fields().containsKey(fk)) {
                    continue;
                }
                List<HsdsRecord> items = records.get(child.name()).stream()
                        .filter(r -> r.text(fk).map(record.id()::equals).orElse(false)).toList();
                if (items.isEmpty()) {
                    continue;
                }
                json.writeArrayFieldStart(member.name());
                for (HsdsRecord item : items) {
                    object(json, child, item, byId, inside);
                }
                json.writeEndArray();
            } else {
                String fk = child.schemaName() + "_id";
                HsdsRecord single = record.text(fk).map(id -> byId.get(child.name()).get(id)).orElse(null);
                if (single != null) {
                    json.writeFieldName(member.name());
                    object(json, child, single, byId, inside);
                }
            }
        }
        json.writeEndObject();
    }
}
