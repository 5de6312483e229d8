package org.amparo.catalog.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** One record being imported, with where it came from so that a problem can name it. */
final class Rec {
    final String resource;
    final Map<String, Object> fields = new LinkedHashMap<>();
    final String file;
    final int row;
    final String path;

    Rec(String resource, String file, int row, String path) {
        this.resource = resource;
        this.file = file;
        this.row = row;
        this.path = path;
    }

    String id() {
        return fields.get("id") instanceof String id ? id : null;
    }

    String text(String field) {
        Object value = fields.get(field);
        if (value instanceof java.math.BigDecimal number) {
            return number.toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
