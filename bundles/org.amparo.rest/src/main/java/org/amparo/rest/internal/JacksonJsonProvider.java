package org.amparo.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.amparo.common.AmparoException;
import org.amparo.common.FieldError;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Reads and writes the API's JSON bodies (the records of {@link Dto}, and {@link JsonNode}) with one
 * strictly configured Jackson mapper: an unknown property, a duplicate key, trailing content or a
 * {@code null} for a number is an error. Reading failures become 400 replies ({@code malformedJson},
 * {@code unknownProperty}, {@code invalidValue} naming the field); a body over the size limit stays
 * a 413. Parser messages are never passed on: they can quote the body.
 *
 * <p>Strings, byte arrays and streams are left to the runtime's own providers. Registered under
 * its extension interfaces: the whiteboard ignores extensions that are not. Thread-safe.
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JaxrsExtension
@JaxrsName("amparo.json")
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Produces({ MediaType.APPLICATION_JSON, "application/*+json" })
public final class JacksonJsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && (type.isRecord() || JsonNode.class.isAssignableFrom(type));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(genericType == null ? type : genericType, entityStream);
    }

    /** Parses {@code in} as {@code type}, turning every parsing failure into its 400 (or 413) reply. */
    static Object read(Type type, InputStream in) throws IOException {
        try {
            return MAPPER.readerFor(MAPPER.constructType(type)).readValue(in);
        } catch (UnrecognizedPropertyException e) {
            throw new RestException(ErrorCode.UNKNOWN_PROPERTY,
                    List.of(new FieldError(path(e), "rest.field.unknownProperty")));
        } catch (JsonParseException e) {
            throwIfTooLarge(e);
            throw new RestException(ErrorCode.MALFORMED_JSON);
        } catch (JsonMappingException e) {
            AmparoException domain = domainCause(e);
            if (domain != null) {
                throw domain;
            }
            if (e.getPath().isEmpty()) {
                // no content at all, or not an object where an object is expected
                throwIfTooLarge(e);
                throw new RestException(ErrorCode.MALFORMED_JSON);
            }
            throw new RestException(ErrorCode.INVALID_VALUE, List.of(new FieldError(path(e), "rest.field.invalidValue")));
        } catch (IOException e) {
            throwIfTooLarge(e);
            throw e;
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && (type.isRecord() || JsonNode.class.isAssignableFrom(type)
                || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type));
    }

    @Override
    public long getSize(Object t, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return -1;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        MAPPER.writeValue(entityStream, value);
    }

    static boolean isJson(MediaType mediaType) {
        return mediaType == null || mediaType.isWildcardType()
                || "application".equalsIgnoreCase(mediaType.getType())
                        && ("json".equalsIgnoreCase(mediaType.getSubtype()) || mediaType.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    /** The JSON path of the failing value, e.g. {@code roles[1]} or {@code address.city}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static AmparoException domainCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (cause instanceof AmparoException domain) {
                return domain;
            }
        }
        return null;
    }

    /** The body went past the size limit while being parsed: that, not the parse error, is the answer. */
    private static void throwIfTooLarge(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < 16; cause = cause.getCause(), depth++) {
            if (cause instanceof PayloadTooLargeException) {
                throw new RestException(ErrorCode.PAYLOAD_TOO_LARGE);
            }
        }
    }
}
