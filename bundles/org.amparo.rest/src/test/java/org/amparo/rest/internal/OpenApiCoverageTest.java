package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the hand-written OpenAPI document and the resource classes in step, by reflection: every
 * resource method is documented with its parameters, and nothing documented is missing in code.
 */
class OpenApiCoverageTest {
    private static JsonNode document;
    private static List<Operation> operations;

    record Operation(String method, String path, Method javaMethod) {
    }

    @BeforeAll
    static void load() throws Exception {
        document = OpenApiResource.load();
        operations = operationsInCode();
    }

    @Test
    void isOpenApi303ServedUnderApiV1() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/api/v1");
    }

    @Test
    void findsTheResourcesByReflection() {
        assertThat(operations).extracting(o -> o.method() + " " + o.path())
                .contains("GET /health", "POST /session", "DELETE /session", "POST /users/{username}/unlock", "POST /audit/verify")
                .hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void everyResourceMethodIsDocumented() {
        for (Operation op : operations) {
            JsonNode documented = document.path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT));
            assertThat(documented.isObject()).as("%s %s (%s) in openapi.json", op.method(), op.path(), op.javaMethod()).isTrue();
            assertThat(documented.path("responses").isObject()).as("responses of %s %s", op.method(), op.path()).isTrue();
        }
    }

    @Test
    void everyDocumentedOperationExistsInCode() {
        Set<String> inCode = new HashSet<>();
        operations.forEach(op -> inCode.add(op.method().toLowerCase(Locale.ROOT) + " " + op.path()));
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> assertThat(inCode).as("documented %s %s", method, path.getKey()).contains(method + " " + path.getKey())));
    }

    @Test
    void everyQueryPathAndHeaderParameterIsDocumented() {
        for (Operation op : operations) {
            Set<String> documented = documentedParameters(document.path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT)));
            for (Parameter parameter : op.javaMethod().getParameters()) {
                String expected = parameterOf(parameter);
                if (expected != null) {
                    assertThat(documented).as("parameters of %s %s", op.method(), op.path()).contains(expected);
                }
            }
        }
    }

    @Test
    void operationsWithABodyDocumentIt() {
        for (Operation op : operations) {
            boolean hasBody = Stream.of(op.javaMethod().getParameters()).anyMatch(p -> p.getType().isRecord());
            JsonNode documented = document.path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT));
            assertThat(documented.has("requestBody")).as("request body of %s %s", op.method(), op.path()).isEqualTo(hasBody);
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
        }
    }

    @Test
    void theErrorSchemaHasTheReplyShape() {
        JsonNode error = document.at("/components/schemas/Error/properties/error");
        assertThat(error.at("/properties").fieldNames()).toIterable().contains("code", "message", "fields");
        assertThat(document.at("/components/schemas/FieldError/properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("field", "code", "message");
    }

    private static Set<String> documentedParameters(JsonNode operation) {
        Set<String> names = new HashSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
            names.add(p.path("in").asText() + ":" + p.path("name").asText());
        }
        return names;
    }

    private static String parameterOf(Parameter parameter) {
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return "query:" + parameter.getAnnotation(QueryParam.class).value();
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return "path:" + parameter.getAnnotation(PathParam.class).value();
        }
        if (parameter.isAnnotationPresent(HeaderParam.class)) {
            return "header:" + parameter.getAnnotation(HeaderParam.class).value();
        }
        return null;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (name.equals("$ref")) {
                    references.add(node.get(name).asText());
                } else {
                    collectReferences(node.get(name), references);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, references));
        }
    }

    /** Every {@code @Path} class compiled into this bundle's package, and its HTTP methods. */
    private static List<Operation> operationsInCode() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(AmparoApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(AmparoApplication.class.getPackageName().replace('.', '/'));
        List<Operation> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = AmparoApplication.class.getPackageName() + "."
                        + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name);
                javax.ws.rs.Path classPath = type.getAnnotation(javax.ws.rs.Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod == null || !Modifier.isPublic(method.getModifiers())) {
                        continue;
                    }
                    javax.ws.rs.Path methodPath = method.getAnnotation(javax.ws.rs.Path.class);
                    result.add(new Operation(httpMethod, join(classPath.value(), methodPath == null ? "" : methodPath.value()), method));
                }
            }
        }
        return result;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String first, String second) {
        String path = "/" + strip(first) + (strip(second).isEmpty() ? "" : "/" + strip(second));
        return path.replaceAll("\\{([^}:]+)(:[^}]*)?}", "{$1}").replaceAll("\\s", "");
    }

    private static String strip(String segment) {
        String s = segment.trim();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
