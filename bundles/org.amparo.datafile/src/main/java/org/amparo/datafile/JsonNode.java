package org.amparo.datafile;

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
public sealed interface JsonNode {
    int line();

    /** An object; members keep their order, and a duplicate member name is a parse error. */
    record Obj(int line, Map<String, JsonNode> members) implements JsonNode {
    }

    record Arr(int line, List<JsonNode> items) implements JsonNode {
    }

    /** A string, number, boolean or null ({@code value} is a String, Number, Boolean or null). */
    record Scalar(int line, Object value) implements JsonNode {
    }

    /** Thrown for text that is not JSON; carries the line and column of the fault. */
    final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        /** The line of the fault (0 when unknown). */
        public final int line;
        /** What is wrong, in the parser's words. */
        public final String detail;

        SyntaxError(int line, String detail) {
            super(detail, null, false, false);
            this.line = line;
            this.detail = detail;
        }
    }

    JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Reads a JSON text; a number becomes the {@link Number} Jackson gives (Integer, Long, Double, ...). */
    static JsonNode read(InputStream in) throws IOException, SyntaxError {
        return read(in, false);
    }

    /** Reads a JSON text; every number becomes a {@link java.math.BigDecimal}, exactly as written. */
    static JsonNode readDecimals(InputStream in) throws IOException, SyntaxError {
        return read(in, true);
    }

    private static JsonNode read(InputStream in, boolean decimals) throws IOException, SyntaxError {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new SyntaxError(1, "empty file");
            }
            JsonNode node = value(parser, token, decimals);
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

    private static JsonNode value(JsonParser parser, JsonToken token, boolean decimals) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonNode> members = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    members.put(name, value(parser, parser.nextToken(), decimals));
                }
                return new Obj(line, members);
            }
            case START_ARRAY: {
                List<JsonNode> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t, decimals));
                }
                return new Arr(line, items);
            }
            case VALUE_STRING:
                return new Scalar(line, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Scalar(line, decimals ? parser.getDecimalValue() : parser.getNumberValue());
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
