package org.amparo.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.amparo.datafile.JsonNode;

/**
 * The HSDS 3.0 object schemas shipped in this bundle (copied unchanged from the standard), read
 * once, and the part of JSON Schema they use: {@code type}, {@code format}, {@code enum},
 * {@code required}, {@code properties} and {@code items}/{@code $ref} between the schema files.
 * Thread-safe once built.
 */
final class Schemas {
    /** The HSDS resources in the order of the standard's datapackage (parents before children). */
    static final List<String> FILES = List.of("organization", "program", "service", "location", "address", "service_at_location",
            "contact", "phone", "schedule", "language", "service_area", "taxonomy", "taxonomy_term", "attribute", "accessibility",
            "cost_option", "funding", "required_document", "organization_identifier", "metadata", "meta_table_description");

    /** A scalar field of a resource. */
    record Field(String name, String type, String format, List<String> allowed, boolean required) {
    }

    /** A nested member: an array of, or one, object of {@code resource}. */
    record Nested(String name, String resource, boolean array) {
    }

    /** One HSDS resource: its CSV file and schema. */
    record Resource(String name, String schemaName, String file, Map<String, Field> fields, Map<String, Nested> nested) {
        Set<String> required() {
            Set<String> required = new java.util.LinkedHashSet<>();
            fields.values().stream().filter(Field::required).forEach(f -> required.add(f.name()));
            return required;
        }
    }

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Schemas INSTANCE = new Schemas();

    private final Map<String, Resource> byName = new LinkedHashMap<>();
    private final Map<String, Resource> byFile = new LinkedHashMap<>();
    private final Map<String, Resource> bySchema = new LinkedHashMap<>();

    static Schemas get() {
        return INSTANCE;
    }

    private Schemas() {
        for (String schema : FILES) {
            Resource resource = read(schema);
            byName.put(resource.name(), resource);
            byFile.put(resource.file(), resource);
            bySchema.put(schema, resource);
        }
    }

    List<Resource> resources() {
        return List.copyOf(byName.values());
    }

    Resource resource(String name) {
        return byName.get(name);
    }

    Resource byFile(String file) {
        return byFile.get(file);
    }

    Resource bySchema(String schemaName) {
        return bySchema.get(schemaName);
    }

    private static Resource read(String schema) {
        String path = "hsds/" + schema + ".json";
        try (InputStream in = Schemas.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            JsonNode.Obj root = (JsonNode.Obj) JsonNode.readDecimals(in);
            String file = text(root, "path");
            List<String> required = new ArrayList<>();
            if (root.members().get("required") instanceof JsonNode.Arr names) {
                names.items().forEach(n -> required.add((String) ((JsonNode.Scalar) n).value()));
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            Map<String, Nested> nested = new LinkedHashMap<>();
            JsonNode.Obj properties = (JsonNode.Obj) root.members().get("properties");
            for (Map.Entry<String, JsonNode> member : properties.members().entrySet()) {
                JsonNode.Obj property = (JsonNode.Obj) member.getValue();
                String type = text(property, "type");
                String ref = text(property, "$ref");
                if ("array".equals(type)) {
                    JsonNode.Obj items = (JsonNode.Obj) property.members().get("items");
                    nested.put(member.getKey(), new Nested(member.getKey(), text(items, "$ref").replace(".json", ""), true));
                } else if (ref != null) {
                    nested.put(member.getKey(), new Nested(member.getKey(), ref.replace(".json", ""), false));
                } else {
                    List<String> allowed = new ArrayList<>();
                    if (property.members().get("enum") instanceof JsonNode.Arr values) {
                        values.items().forEach(v -> allowed.add((String) ((JsonNode.Scalar) v).value()));
                    }
                    fields.put(member.getKey(), new Field(member.getKey(), type, text(property, "format"), List.copyOf(allowed),
                            required.contains(member.getKey())));
                }
            }
            return new Resource(file.replace(".csv", ""), schema, file, Collections.unmodifiableMap(fields),
                    Collections.unmodifiableMap(nested));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonNode.SyntaxError e) {
            throw new IllegalStateException(path + ": " + e.detail, e);
        }
    }

    private static String text(JsonNode.Obj object, String member) {
        return object.members().get(member) instanceof JsonNode.Scalar s && s.value() instanceof String value ? value : null;
    }

    /** A nested member's resource, by the schema name its {@code $ref} names. */
    Resource nestedResource(Nested nested) {
        return bySchema.get(nested.resource());
    }

    /**
     * A CSV text as the field's JSON type: {@link BigDecimal} for numbers and integers,
     * {@link Boolean} for booleans, otherwise the text. Returns {@code null} when it cannot be.
     */
    static Object fromText(Field field, String text) {
        if (field == null) {
            return text;
        }
        switch (field.type() == null ? "string" : field.type()) {
            case "number":
            case "integer":
                try {
                    return new BigDecimal(text.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            case "boolean":
                String t = text.trim().toLowerCase(java.util.Locale.ROOT);
                return "true".equals(t) ? Boolean.TRUE : "false".equals(t) ? Boolean.FALSE : null;
            default:
                return text;
        }
    }

    /**
     * Why {@code value} does not satisfy {@code field}'s schema, as a problem message key, or null
     * when it does. Formats the standard names but JSON Schema does not define are not checked.
     */
    static String check(Field field, Object value) {
        if (field == null || value == null) {
            return null;
        }
        String type = field.type() == null ? "string" : field.type();
        switch (type) {
            case "number":
                if (!(value instanceof BigDecimal)) {
                    return "catalog.problem.notNumber";
                }
                return null;
            case "integer":
                if (!(value instanceof BigDecimal number) || number.stripTrailingZeros().scale() > 0) {
                    return "catalog.problem.notInteger";
                }
                return null;
            case "boolean":
                return value instanceof Boolean ? null : "catalog.problem.notBoolean";
            default:
                if (!(value instanceof String text)) {
                    return "catalog.problem.notText";
                }
                if (!field.allowed().isEmpty() && !field.allowed().contains(text)) {
                    return "catalog.problem.notAllowed";
                }
                return field.format() == null ? null : checkFormat(field.format(), text);
        }
    }

    private static String checkFormat(String format, String text) {
        switch (format) {
            case "uuid":
                return UUID.matcher(text).matches() ? null : "catalog.problem.notUuid";
            case "email":
                return EMAIL.matcher(text).matches() ? null : "catalog.problem.notEmail";
            case "uri":
                try {
                    return new URI(text).isAbsolute() ? null : "catalog.problem.notUri";
                } catch (URISyntaxException e) {
                    return "catalog.problem.notUri";
                }
            case "date":
                try {
                    LocalDate.parse(text);
                    return null;
                } catch (DateTimeParseException e) {
                    return "catalog.problem.notDate";
                }
            case "date-time":
                try {
                    OffsetDateTime.parse(text);
                    return null;
                } catch (DateTimeParseException e) {
                    return "catalog.problem.notDateTime";
                }
            default:
                return null;
        }
    }
}
