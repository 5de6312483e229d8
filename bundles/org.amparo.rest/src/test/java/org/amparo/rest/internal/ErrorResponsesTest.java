package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.persistence.DuplicateKeyException;
import org.amparo.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {
    private static final LanguageTag EN = LanguageTag.ENGLISH;
    private static final LanguageTag FR = LanguageTag.of("fr");
    private static final LanguageTag AR = LanguageTag.of("ar");

    private final List<Map.Entry<String, Throwable>> incidents = new ArrayList<>();
    private final ErrorResponses errors = new ErrorResponses(new ClasspathMessages("rest").with("user.error.taken", "Taken."),
            (id, redacted) -> incidents.add(Map.entry(id, redacted)));

    private static JsonNode body(Response response) {
        return JacksonJsonProvider.MAPPER.valueToTree(response.getEntity());
    }

    @Test
    void validationFailureIs400WithEveryFieldLocalised() {
        ValidationException e = new ValidationException(List.of(new FieldError("limit", "rest.field.limit", 1, 500),
                new FieldError("offset", "rest.field.offset")));

        Response response = errors.toResponse(e, FR);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        JsonNode error = body(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("validation");
        assertThat(error.get("message").asText()).isEqualTo("Certains champs ne sont pas valides. Corrigez-les et réessayez.");
        assertThat(error.get("fields")).hasSize(2);
        assertThat(error.get("fields").get(0).get("field").asText()).isEqualTo("limit");
        assertThat(error.get("fields").get(0).get("code").asText()).isEqualTo("rest.field.limit");
        assertThat(error.get("fields").get(0).get("message").asText()).isEqualTo("Doit être un nombre entier compris entre 1 et 500.");
        assertThat(error.has("incident")).isFalse();
    }

    @Test
    void domainExceptionsGetTheirStatusAndCode() {
        assertThat(errors.toResponse(new NotFoundException(), EN).getStatus()).isEqualTo(404);
        assertThat(codeOf(errors.toResponse(new NotFoundException(), EN))).isEqualTo("notFound");
        assertThat(errors.toResponse(new AccessDeniedException(), EN).getStatus()).isEqualTo(403);
        assertThat(codeOf(errors.toResponse(new AccessDeniedException(), EN))).isEqualTo("accessDenied");
        assertThat(errors.toResponse(new ConflictException(), EN).getStatus()).isEqualTo(409);
        assertThat(errors.toResponse(new DuplicateKeyException(), EN).getStatus()).isEqualTo(409);
        Response unavailable = errors.toResponse(new PersistenceException("error.database.failure", "08001"), EN);
        assertThat(unavailable.getStatus()).isEqualTo(503);
        assertThat(codeOf(unavailable)).isEqualTo("unavailable");
    }

    @Test
    void anExceptionsOwnMessageIsUsedWhenSomeBundleDefinesIt() {
        Response known = errors.toResponse(new ConflictException("user.error.taken"), EN);
        Response unknown = errors.toResponse(new ConflictException("nobody.defines.this"), EN);

        assertThat(body(known).get("error").get("message").asText()).isEqualTo("Taken.");
        assertThat(body(unknown).get("error").get("message").asText())
                .isEqualTo("This conflicts with the current data, for example a name that is already taken.");
    }

    @Test
    void adapterFailuresKeepTheirSpecificCodes() {
        Response expired = errors.toResponse(new RestException(ErrorCode.SESSION_EXPIRED), AR);
        Response csrf = errors.toResponse(new RestException(ErrorCode.CSRF_REJECTED), EN);
        Response unauthenticated = errors.toResponse(new RestException(ErrorCode.NOT_AUTHENTICATED), EN);

        assertThat(expired.getStatus()).isEqualTo(401);
        assertThat(codeOf(expired)).isEqualTo("sessionExpired");
        assertThat(body(expired).get("error").get("message").asText()).isEqualTo("انتهت صلاحية جلستك. يرجى تسجيل الدخول مرة أخرى.");
        assertThat(expired.getHeaderString(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ar");
        assertThat(csrf.getStatus()).isEqualTo(403);
        assertThat(codeOf(csrf)).isEqualTo("csrfRejected");
        assertThat(unauthenticated.getStatus()).isEqualTo(401);
        assertThat(unauthenticated.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void runtimeHttpErrorsKeepTheirStatusAndGetAJsonBody() {
        Response notFound = errors.toResponse(new javax.ws.rs.NotFoundException(), EN);
        Response notAllowed = errors.toResponse(new NotAllowedException("GET", new String[] { "HEAD" }), EN);
        Response unsupported = errors.toResponse(new NotSupportedException(), FR);

        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(codeOf(notFound)).isEqualTo("notFound");
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(codeOf(notAllowed)).isEqualTo("methodNotAllowed");
        assertThat(notAllowed.getHeaderString(HttpHeaders.ALLOW)).contains("GET");
        assertThat(unsupported.getStatus()).isEqualTo(415);
        assertThat(codeOf(unsupported)).isEqualTo("unsupportedMediaType");
        assertThat(body(unsupported).get("error").get("message").asText()).contains("JSON").contains("pris en charge");
        assertThat(incidents).isEmpty();
    }

    @Test
    void ourExceptionIsFoundInsideTheRuntimesWrapper() {
        // CXF wraps what a message body reader throws in a 400
        Response response = errors.toResponse(new javax.ws.rs.BadRequestException(new PayloadTooLargeException(10)), EN);
        Response wrappedDomain = errors.toResponse(new RuntimeException(new NotFoundException()), EN);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(codeOf(response)).isEqualTo("payloadTooLarge");
        assertThat(wrappedDomain.getStatus()).isEqualTo(404);
    }

    @Test
    void unexpectedFailureIs500WithAnIncidentIdLoggedWithTheRedactedExceptionAndNoStackTrace() {
        IllegalStateException bug = new IllegalStateException("secret name Maria Lopez",
                new IllegalArgumentException("born 1990-01-01"));

        Response response = errors.toResponse(bug, EN);

        assertThat(response.getStatus()).isEqualTo(500);
        JsonNode error = body(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("internal");
        String incident = error.get("incident").asText();
        assertThat(incident).matches("[0-9a-f-]{36}");
        assertThat(error.get("message").asText()).contains(incident);
        String json = body(response).toString();
        assertThat(json).doesNotContain("Maria", "1990", "IllegalStateException", "at org.", "Exception");

        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).getKey()).isEqualTo(incident);
        Throwable logged = incidents.get(0).getValue();
        assertThat(logged.getMessage()).isEqualTo("java.lang.IllegalStateException");
        assertThat(logged.getStackTrace()).isEqualTo(bug.getStackTrace());
        assertThat(logged.getCause().getMessage()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(chainMessages(logged)).doesNotContain("Maria", "1990");
    }

    @Test
    void eachIncidentHasItsOwnId() {
        String first = body(errors.toResponse(new NullPointerException(), EN)).get("error").get("incident").asText();
        String second = body(errors.toResponse(new NullPointerException(), EN)).get("error").get("incident").asText();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void runtime500IsAnIncidentToo() {
        Response response = errors.toResponse(new javax.ws.rs.InternalServerErrorException(), EN);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(incidents).hasSize(1);
    }

    @Test
    void errorsAreNeverCached() {
        assertThat(errors.toResponse(new NotFoundException(), EN).getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    }

    @Test
    void replyLanguageComesFromAcceptLanguage() {
        assertThat(errors.language("fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo(FR);
        assertThat(errors.language((String) null)).isEqualTo(EN);
        assertThat(errors.language((HttpHeaders) null)).isEqualTo(EN);
    }

    @Test
    void mappersAnswerInEnglishOutsideARequest() {
        Response viaMapper = new UnexpectedExceptionMapper(errors).toResponse(new NotFoundException());
        Response viaHttpMapper = new HttpExceptionMapper(errors).toResponse(new RestException(ErrorCode.LOCKED));

        assertThat(viaMapper.getStatus()).isEqualTo(404);
        assertThat(viaHttpMapper.getStatus()).isEqualTo(401);
        assertThat(codeOf(viaHttpMapper)).isEqualTo("locked");
    }

    private static String codeOf(Response response) {
        return body(response).get("error").get("code").asText();
    }

    private static String chainMessages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c).append('\n');
        }
        return all.toString();
    }

    @Test
    void everyErrorCodeHasADistinctNameAndAnHttpErrorStatus() {
        assertThat(List.of(ErrorCode.values())).extracting(ErrorCode::code).doesNotHaveDuplicates();
        assertThat(List.of(ErrorCode.values())).allSatisfy(code -> assertThat(code.status()).isBetween(400, 599));
        assertThat(StreamSupport.stream(OpenApiResource.load().at("/components/schemas/Error/properties/error/properties/code/enum")
                .spliterator(), false).map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(List.of(ErrorCode.values()).stream().map(ErrorCode::code).toList());
    }
}
