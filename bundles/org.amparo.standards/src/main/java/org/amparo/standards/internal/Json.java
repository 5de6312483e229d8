package org.amparo.standards.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * A JSON value that remembers the line it started on and its JSON Pointer (RFC 6901), so that a
 * problem in a content file can name both. Read with Jackson's streaming parser (no data binding).
 */
sealed interface Json {
    int line();

    String pointer();

    record Obj(int line, String pointer, Map<String, Json> members) implements Json {
    }

    record Arr(int line, String pointer, List<Json> items) implements Json {
    }

    /** A string, number, boolean or null ({@code value} is a String, Number, Boolean or null). */
    record Scalar(int line, String pointer, Object value) implements Json {
    }

    /** Text that is not JSON, with the line of the fault. */
    final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxError(int line, String detail) {
            super(detail, null, false, false);
            this.line = line;
        }
    }

    JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static Json read(InputStream in) throws IOException, SyntaxError {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new SyntaxError(1, "empty file");
            }
            Json node = value(parser, token, "");
            if (parser.nextToken() != null) {
                throw new SyntaxError(parser.currentTokenLocation().getLineNr(), "content after the end of the JSON value");
            }
            return node;
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            throw new SyntaxError(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    cut < 0 ? message : message.substring(0, cut));
        }
    }

    private static Json value(JsonParser parser, JsonToken token, String pointer) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT: {
                Map<String, Json> members = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    members.put(name, value(parser, parser.nextToken(), pointer + "/" + escape(name)));
                }
                return new Obj(line, pointer, members);
            }
            case START_ARRAY: {
                List<Json> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t, pointer + "/" + items.size()));
                }
                return new Arr(line, pointer, items);
            }
            case VALUE_STRING:
                return new Scalar(line, pointer, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Scalar(line, pointer, parser.getNumberValue());
            case VALUE_TRUE:
                return new Scalar(line, pointer, Boolean.TRUE);
            case VALUE_FALSE:
                return new Scalar(line, pointer, Boolean.FALSE);
            case VALUE_NULL:
                return new Scalar(line, pointer, null);
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
