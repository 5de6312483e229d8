package org.amparo.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.amparo.catalog.HsdsObject;
import org.amparo.datafile.JsonNode;

/**
 * Reads an HSDS JSON document (one object, an array, or a page with {@code contents}) into flat
 * records, one per object found at any depth. A nested object receives its parent's id in the
 * field that links them ({@code service_id}, {@code link_id} of an attribute, ...) and a parent the
 * id of a single nested object ({@code organization_id} of a service with its organization), when
 * the data does not give them. The same object met twice is merged.
 */
final class JsonReader {
    private final String file;

    JsonReader(String file) {
        this.file = file;
    }

    static Schemas.Resource resourceOf(HsdsObject kind) {
        return Schemas.get().bySchema(kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    Batch read(HsdsObject kind, InputStream in) throws IOException {
        Batch batch = new Batch();
        JsonNode root;
        try {
            root = JsonNode.readDecimals(in);
        } catch (JsonNode.SyntaxError e) {
            batch.problem(file, e.line, "", "catalog.problem.notJson", e.detail);
            return batch;
        }
        Schemas.Resource resource = resourceOf(kind);
        if (root instanceof JsonNode.Obj page && page.members().get("contents") instanceof JsonNode.Arr contents) {
            list(batch, resource, contents.items(), "contents", null, null);
        } else if (root instanceof JsonNode.Arr array) {
            list(batch, resource, array.items(), "", null, null);
        } else if (root instanceof JsonNode.Obj object) {
            object(batch, resource, object, "$", null, null);
        } else {
            batch.problem(file, root.line(), "", "catalog.problem.notObject");
        }
        return batch;
    }

    private void list(Batch batch, Schemas.Resource resource, List<JsonNode> items, String path, Schemas.Resource parent, String parentId) {
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            if (items.get(i) instanceof JsonNode.Obj object) {
                object(batch, resource, object, at, parent, parentId);
            } else {
                batch.problem(new Rec(resource.name(), file, items.get(i).line(), at), "", "catalog.problem.notObject");
            }
        }
    }

    /** Reads one object and what it nests; returns its id (or null). */
    private String object(Batch batch, Schemas.Resource resource, JsonNode.Obj object, String path, Schemas.Resource parent, String parentId) {
        Rec rec = new Rec(resource.name(), file, object.line(), path);
        record Child(Schemas.Resource resource, JsonNode value, String key) {
        }
        List<Child> children = new java.util.ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.members().entrySet()) {
            JsonNode value = member.getValue();
            if (value instanceof JsonNode.Scalar scalar) {
                if (scalar.value() != null) {
                    rec.fields.put(member.getKey(), scalar.value() instanceof java.math.BigDecimal || scalar.value() instanceof Boolean
                            || scalar.value() instanceof String ? scalar.value() : scalar.value().toString());
                }
                continue;
            }
            Schemas.Nested nested = resource.nested().get(member.getKey());
            Schemas.Resource child = nested != null ? Schemas.get().nestedResource(nested) : Schemas.get().resource(member.getKey());
            if (child == null && value instanceof JsonNode.Obj) {
                child = Schemas.get().bySchema(member.getKey());
            }
            if (child == null) {
                batch.problem(rec, member.getKey(), "catalog.problem.unknownMember");
                continue;
            }
            children.add(new Child(child, value, member.getKey()));
        }
        if (parent != null && parentId != null) {
            link(rec, resource, parent, parentId);
        }
        for (Child child : children) {
            if (child.value() instanceof JsonNode.Obj single) {
                String childId = object(batch, child.resource(), single, path + "." + child.key(), null, null);
                String fk = child.resource().schemaName() + "_id";
                if (childId != null && resource.fields().containsKey(fk) && !rec.fields.containsKey(fk)) {
                    rec.fields.put(fk, childId);
                }
            }
        }
        String id = rec.id();
        batch.add(rec);
        for (Child child : children) {
            if (child.value() instanceof JsonNode.Arr array) {
                list(batch, child.resource(), array.items(), path + "." + child.key(), resource, id);
            }
        }
        return id;
    }

    private static void link(Rec rec, Schemas.Resource resource, Schemas.Resource parent, String parentId) {
        String field;
        if ("attribute".equals(resource.schemaName())) {
            field = "link_id";
        } else if ("metadata".equals(resource.schemaName())) {
            field = "resource_id";
        } else {
            field = parent.schemaName() + "_id";
        }
        if (resource.fields().containsKey(field) && !rec.fields.containsKey(field)) {
            rec.fields.put(field, parentId);
        }
    }
}
