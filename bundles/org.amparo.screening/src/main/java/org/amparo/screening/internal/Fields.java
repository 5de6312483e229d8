package org.amparo.screening.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.amparo.datafile.JsonNode;

/**
 * Reads the members of one JSON object, reporting each problem with file, line and JSON pointer
 * (the approach of the country-pack extender). A getter returns {@code null} for a missing or
 * invalid member after reporting it.
 */
final class Fields {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})");

    final ReadContext context;
    final String file;
    private final JsonNode.Obj object;
    private final String pointer;
    private final Set<String> read = new LinkedHashSet<>();

    Fields(ReadContext context, String file, JsonNode.Obj object, String pointer) {
        this.context = context;
        this.file = file;
        this.object = object;
        this.pointer = pointer;
    }

    /** Reports members nobody asked for: a misspelt name must not pass silently. Call last. */
    void noOthers() {
        for (var member : object.members().entrySet()) {
            if (!read.contains(member.getKey())) {
                context.problems.add(file, member.getValue().line(), at(member.getKey()), "screening.error.unknownMember",
                        member.getKey(), String.join(", ", read));
            }
        }
    }

    /** Reports a problem about member {@code name} on its line (the object's line if absent). */
    void problemAt(String name, String reasonKey, Object... arguments) {
        context.problems.add(file, lineOf(name), at(name), reasonKey, arguments);
    }

    /** Reports a problem about the object itself. */
    void problem(String reasonKey, Object... arguments) {
        context.problems.add(file, object.line(), pointer, reasonKey, arguments);
    }

    String at(String name) {
        return pointer + "/" + name;
    }

    String pointer() {
        return pointer;
    }

    JsonNode.Obj object() {
        return object;
    }

    int line() {
        return object.line();
    }

    int lineOf(String name) {
        JsonNode node = object.members().get(name);
        return node == null ? object.line() : node.line();
    }

    boolean has(String name) {
        return object.members().containsKey(name);
    }

    /** The raw member, marking it read; {@code null} when absent or JSON null (reported if required). */
    JsonNode node(String name, boolean required) {
        read.add(name);
        JsonNode node = object.members().get(name);
        if (node == null || (node instanceof JsonNode.Scalar s && s.value() == null)) {
            if (required) {
                context.problems.add(file, object.line(), at(name), "screening.error.missing");
            }
            return null;
        }
        return node;
    }

    String string(String name, boolean required) {
        JsonNode node = node(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Scalar s && s.value() instanceof String text) {
            if (text.isBlank()) {
                context.problems.add(file, node.line(), at(name), "screening.error.empty");
                return null;
            }
            return text;
        }
        context.problems.add(file, node.line(), at(name), "screening.error.type", "text");
        return null;
    }

    String id(String name) {
        String value = string(name, true);
        if (value != null && !ID.matcher(value).matches()) {
            context.problems.add(file, lineOf(name), at(name), "screening.error.badId", value);
            return null;
        }
        return value;
    }

    String version(String name) {
        String value = string(name, true);
        if (value != null && !VERSION.matcher(value).matches()) {
            context.problems.add(file, lineOf(name), at(name), "screening.error.badVersion", value);
            return null;
        }
        return value;
    }

    /**
     * A message key that must have the expected prefix and an English text (the text is not checked
     * when the context has no English keys: a stored pack revision, checked when it was published).
     */
    String key(String name, boolean required) {
        String value = string(name, required);
        return value == null ? null : checkKey(value, lineOf(name), at(name));
    }

    String checkKey(String value, int line, String at) {
        if (!value.startsWith(context.keyPrefix)) {
            context.problems.add(file, line, at, "screening.error.keyPrefix", value, context.keyPrefix);
            return null;
        }
        if (context.english != null && !context.english.contains(value)) {
            context.problems.add(file, line, at, "screening.error.missingText", value, context.englishFile);
            return null;
        }
        return value;
    }

    String oneOf(String name, boolean required, List<String> allowed) {
        String value = string(name, required);
        if (value != null && !allowed.contains(value)) {
            context.problems.add(file, lineOf(name), at(name), "screening.error.oneOf", value, String.join(", ", allowed));
            return null;
        }
        return value;
    }

    Integer integer(String name, boolean required, int min, int max) {
        JsonNode node = node(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Scalar s && (s.value() instanceof Integer || s.value() instanceof Long)) {
            long value = ((Number) s.value()).longValue();
            if (value < min || value > max) {
                context.problems.add(file, node.line(), at(name), "screening.error.range", min, max);
                return null;
            }
            return (int) value;
        }
        context.problems.add(file, node.line(), at(name), "screening.error.type", "a whole number");
        return null;
    }

    BigDecimal number(String name, boolean required) {
        JsonNode node = node(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Scalar s && s.value() instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        context.problems.add(file, node.line(), at(name), "screening.error.type", "a number");
        return null;
    }

    Boolean bool(String name, boolean required) {
        JsonNode node = node(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        context.problems.add(file, node.line(), at(name), "screening.error.type", "true or false");
        return null;
    }

    /** An array of objects; an absent optional array is empty. */
    List<Fields> objects(String name, boolean required) {
        return items(name, required, "an object", (item, at) -> item instanceof JsonNode.Obj obj
                ? new Fields(context, file, obj, at) : null);
    }

    Fields object(String name, boolean required) {
        JsonNode node = node(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Obj obj) {
            return new Fields(context, file, obj, at(name));
        }
        context.problems.add(file, node.line(), at(name), "screening.error.type", "an object");
        return null;
    }

    /** An array of strings, each with where it was. */
    List<Item> strings(String name, boolean required) {
        return items(name, required, "text", (item, at) -> item instanceof JsonNode.Scalar s && s.value() instanceof String text
                && !text.isBlank() ? new Item(text, item.line(), at) : null);
    }

    /** A string or an array of strings (a single value may be written without brackets). */
    List<Item> stringOrStrings(String name, boolean required) {
        JsonNode node = object.members().get(name);
        if (node instanceof JsonNode.Scalar s && s.value() instanceof String text) {
            read.add(name);
            if (text.isBlank()) {
                context.problems.add(file, node.line(), at(name), "screening.error.empty");
                return List.of();
            }
            return List.of(new Item(text, node.line(), at(name)));
        }
        return strings(name, required);
    }

    private <T> List<T> items(String name, boolean required, String expected, BiFunction<JsonNode, String, T> reader) {
        JsonNode node = node(name, required);
        List<T> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof JsonNode.Arr array)) {
            context.problems.add(file, node.line(), at(name), "screening.error.type", "a list");
            return result;
        }
        for (int i = 0; i < array.items().size(); i++) {
            JsonNode item = array.items().get(i);
            String at = at(name) + "/" + i;
            T value = reader.apply(item, at);
            if (value == null) {
                context.problems.add(file, item.line(), at, "screening.error.type", expected);
            } else {
                result.add(value);
            }
        }
        return result;
    }

    /** A string found in a list, with where it was. */
    record Item(String value, int line, String pointer) {
    }

    /** Checks the {@code format} member. */
    void format(String expected) {
        String format = string("format", true);
        if (format != null && !format.equals(expected)) {
            problemAt("format", "screening.error.format", expected);
        }
    }
}
