package org.amparo.catalog.internal;

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
 * A JSON value that remembers the line it started on, so that a problem can name the line. Read
 * with Jackson's streaming parser (no data binding, no reflection).
 */
sealed interface Json {
    int line();

    /** An object; members keep their order, and a duplicate member name is a parse error. */
    record Obj(int line, Map<String, Json> members) implements Json {
    }

    record Arr(int line, List<Json> items) implements Json {
    }

    /** A string, number, boolean or null ({@code value} is a String, Number, Boolean or null). */
    record Scalar(int line, Object value) implements Json {
    }

    /** Thrown for text that is not JSON; carries the line and column of the fault. */
    final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final String detail;

        SyntaxError(int line, String detail) {
            super(detail, null, false, false);
            this.line = line;
            this.detail = detail;
        }
    }

    JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static Json read(InputStream in) throws IOException, SyntaxError {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new SyntaxError(1, "empty file");
            }
            Json node = value(parser, token);
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

    private static Json value(JsonParser parser, JsonToken token) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT: {
                Map<String, Json> members = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    members.put(name, value(parser, parser.nextToken()));
                }
                return new Obj(line, members);
            }
            case START_ARRAY: {
                List<Json> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t));
                }
                return new Arr(line, items);
            }
            case VALUE_STRING:
                return new Scalar(line, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Scalar(line, parser.getDecimalValue());
            case VALUE_TRUE:
                return new Scalar(line, Boolean.TRUE);
            case VALUE_FALSE:
                return new Scalar(line, Boolean.FALSE);
            case VALUE_NULL:
                return new Scalar(line, null);
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }
}
