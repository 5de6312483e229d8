package org.amparo.countries.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.amparo.countries.Confidence;
import org.amparo.countries.Evidence;
import org.amparo.datafile.JsonNode;

/**
 * Reads the members of one JSON object, reporting each problem with file, line and JSON pointer.
 * A getter returns {@code null} for a missing or invalid member after reporting it.
 */
final class Fields {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final PackParser.Context context;
    private final String file;
    private final JsonNode.Obj object;
    private final String pointer;
    private final Set<String> read = new LinkedHashSet<>();

    Fields(PackParser.Context context, String file, JsonNode.Obj object, String pointer) {
        this.context = context;
        this.file = file;
        this.object = object;
        this.pointer = pointer;
    }

    /** Reports members nobody asked for: a misspelt name must not pass silently. Call last. */
    void noOthers() {
        for (var member : object.members().entrySet()) {
            if (!read.contains(member.getKey())) {
                context.problems.add(file, member.getValue().line(), at(member.getKey()), "pack.error.unknownMember",
                        member.getKey(), String.join(", ", read));
            }
        }
    }

    /** Reports a problem about member {@code name} on its line. */
    void problemAt(String name, String reasonKey, Object... arguments) {
        JsonNode node = object.members().get(name);
        context.problems.add(file, node == null ? object.line() : node.line(), at(name), reasonKey, arguments);
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

    String file() {
        return file;
    }

    PackParser.Context context() {
        return context;
    }

    int line() {
        return object.line();
    }

    /** The line of member {@code name}, or of the object when it is absent. */
    int lineOf(String name) {
        JsonNode node = object.members().get(name);
        return node == null ? object.line() : node.line();
    }

    boolean has(String name) {
        return object.members().containsKey(name);
    }

    /** The raw member, marking it read; {@code null} when absent or JSON null (reported if required). */
    JsonNode node(String name, boolean required) {
        return get(name, required);
    }

    private JsonNode get(String name, boolean required) {
        read.add(name);
        JsonNode node = object.members().get(name);
        if (node == null || (node instanceof JsonNode.Scalar s && s.value() == null)) {
            if (required) {
                context.problems.add(file, object.line(), at(name), "pack.error.missing");
            }
            return null;
        }
        return node;
    }

    String string(String name, boolean required) {
        JsonNode node = get(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Scalar s && s.value() instanceof String text) {
            if (text.isBlank()) {
                context.problems.add(file, node.line(), at(name), "pack.error.empty");
                return null;
            }
            return text;
        }
        context.problems.add(file, node.line(), at(name), "pack.error.type", "text");
        return null;
    }

    String id(String name) {
        String value = string(name, true);
        if (value != null && !ID.matcher(value).matches()) {
            context.problems.add(file, object.members().get(name).line(), at(name), "pack.error.badId", value);
            return null;
        }
        return value;
    }

    /** A message key of this pack that must have an English text. */
    String key(String name, boolean required) {
        String value = string(name, required);
        if (value == null) {
            return null;
        }
        int line = object.members().get(name).line();
        if (!value.startsWith(context.keyPrefix)) {
            context.problems.add(file, line, at(name), "pack.error.keyPrefix", value, context.keyPrefix);
            return null;
        }
        if (!context.english.containsKey(value)) {
            context.problems.add(file, line, at(name), "pack.error.missingText", value, context.englishFile);
            return null;
        }
        return value;
    }

    String oneOf(String name, boolean required, List<String> allowed) {
        String value = string(name, required);
        if (value != null && !allowed.contains(value)) {
            context.problems.add(file, object.members().get(name).line(), at(name), "pack.error.oneOf", value,
                    String.join(", ", allowed));
            return null;
        }
        return value;
    }

    LocalDate date(String name, boolean required) {
        String value = string(name, required);
        if (value == null) {
            return null;
        }
        int line = object.members().get(name).line();
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeParseException(value, value, 0);
            }
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(context.today)) {
                context.problems.add(file, line, at(name), "pack.error.futureDate", value);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            context.problems.add(file, line, at(name), "pack.error.badDate", value);
            return null;
        }
    }

    Integer integer(String name, boolean required, int min, int max) {
        JsonNode node = get(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Scalar s && (s.value() instanceof Integer || s.value() instanceof Long)) {
            long value = ((Number) s.value()).longValue();
            if (value < min || value > max) {
                context.problems.add(file, node.line(), at(name), "pack.error.range", min, max);
                return null;
            }
            return (int) value;
        }
        context.problems.add(file, node.line(), at(name), "pack.error.type", "a whole number");
        return null;
    }

    Boolean bool(String name, boolean required) {
        JsonNode node = get(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        context.problems.add(file, node.line(), at(name), "pack.error.type", "true or false");
        return null;
    }

    /** An array of objects; an absent optional array is empty. */
    List<Fields> objects(String name, boolean required) {
        return items(name, required, "an object", (item, pointer) -> item instanceof JsonNode.Obj obj
                ? new Fields(context, file, obj, pointer) : null);
    }

    Fields object(String name, boolean required) {
        JsonNode node = get(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Obj obj) {
            return new Fields(context, file, obj, at(name));
        }
        context.problems.add(file, node.line(), at(name), "pack.error.type", "an object");
        return null;
    }

    /** An array of strings, each line-numbered for its own problems. */
    List<Item> strings(String name, boolean required) {
        return items(name, required, "text", (item, pointer) -> item instanceof JsonNode.Scalar s && s.value() instanceof String text
                ? new Item(text, item.line(), pointer) : null);
    }

    /** A string or a list of strings (a single value may be written without brackets). */
    List<Item> stringOrStrings(String name, boolean required) {
        JsonNode node = object.members().get(name);
        if (node instanceof JsonNode.Scalar s && s.value() instanceof String text) {
            read.add(name);
            if (text.isBlank()) {
                context.problems.add(file, node.line(), at(name), "pack.error.empty");
                return List.of();
            }
            return List.of(new Item(text, node.line(), at(name)));
        }
        return strings(name, required);
    }

    /** A number (whole or decimal). */
    java.math.BigDecimal number(String name, boolean required) {
        JsonNode node = get(name, required);
        if (node == null) {
            return null;
        }
        if (node instanceof JsonNode.Scalar s && s.value() instanceof Number n) {
            return new java.math.BigDecimal(n.toString());
        }
        context.problems.add(file, node.line(), at(name), "pack.error.type", "a number");
        return null;
    }

    /**
     * The items of array member {@code name} that {@code reader} accepts (it returns null for an
     * item of the wrong kind, which is reported as not being {@code expected}); an absent optional
     * array is empty.
     */
    private <T> List<T> items(String name, boolean required, String expected,
            java.util.function.BiFunction<JsonNode, String, T> reader) {
        JsonNode node = get(name, required);
        List<T> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof JsonNode.Arr array)) {
            context.problems.add(file, node.line(), at(name), "pack.error.type", "a list");
            return result;
        }
        for (int i = 0; i < array.items().size(); i++) {
            JsonNode item = array.items().get(i);
            String pointer = at(name) + "/" + i;
            T value = reader.apply(item, pointer);
            if (value == null) {
                context.problems.add(file, item.line(), pointer, "pack.error.type", expected);
            } else {
                result.add(value);
            }
        }
        return result;
    }

    /** A string found in a list, with where it was. */
    record Item(String value, int line, String pointer) {
    }

    /** {@code confidence}, {@code sources}, {@code verifiedOn} and {@code note} of a fact. */
    Evidence evidence(boolean verifiedOnRequired) {
        String tag = oneOf("confidence", true, List.of("V", "P", "GK", "U"));
        List<Item> listed = strings("sources", false);
        List<String> sources = new ArrayList<>();
        for (Item source : listed) {
            if (validUrl(source.value())) {
                sources.add(source.value());
            } else {
                context.problems.add(file, source.line(), source.pointer(), "pack.error.badUrl", source.value());
            }
        }
        Confidence confidence = tag == null ? Confidence.U : Confidence.valueOf(tag);
        if (tag != null && (confidence == Confidence.V || confidence == Confidence.P) && listed.isEmpty()) {
            problemAt("sources", "pack.error.sourcesRequired", tag);
        }
        LocalDate verifiedOn = date("verifiedOn", verifiedOnRequired);
        String note = key("note", false);
        return new Evidence(confidence, sources, verifiedOn, note);
    }

    private static boolean validUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
