package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.LanguageTag;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /cases/{id}/attachments} and {@code PUT /persons/{id}} over the in-memory stand-ins ({@link CaseFakes}). */
class AttachmentAndUpdateResourcesTest {
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private final ClasspathMessages messages = new ClasspathMessages("rest", "cases");
    private final CaseFakes.Persons personService = new CaseFakes.Persons();
    private final CaseFakes.Cases caseService = new CaseFakes.Cases(personService);
    private final PersonsResource persons = new PersonsResource(personService, caseService, messages);
    private final CasesResource cases = new CasesResource(caseService);
    private final ErrorResponses errors = new ErrorResponses(messages, (incident, e) -> { });
    private final SecurityContext caseworker = Fakes.signedIn(Role.CASEWORKER);

    private static <T> T json(Class<T> type, String body) {
        try {
            @SuppressWarnings("unchecked")
            T value = (T) JacksonJsonProvider.read(type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            return value;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode error(RuntimeException thrown) {
        Response response = errors.toResponse(thrown, LanguageTag.of("en"));
        JsonNode body = JacksonJsonProvider.MAPPER.valueToTree(response.getEntity());
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("status", response.getStatus());
        return body;
    }

    private long openCase() {
        Response registered = persons.register(json(CaseDto.RegistrationRequest.class, """
                {"consent":{"purposes":["REGISTRATION"],"method":"WRITTEN","language":"fr","date":"2026-01-30","given":true},
                 "names":[{"original":"Amina Exemple"}],"sex":"FEMALE","notADuplicate":true}"""), null, caseworker);
        long person = ((CaseDto.RegisteredView) registered.getEntity()).person().id();
        Actor actor = CaseCalls.actor(caseworker);
        return caseService.open(actor, person, Set.of()).id();
    }

    @Test
    void aBase64FileIsAttachedListedAndDownloadedAsAnAttachment() {
        long caseId = openCase();
        String body = """
                {"fileName":"scan.pdf","description":"first page","content":"%s"}""".formatted(Base64.getEncoder().encodeToString(PDF));
        Response created = cases.addAttachment(caseId, json(CaseDto.AttachmentRequest.class, body), caseworker);
        assertThat(created.getStatus()).isEqualTo(201);
        CaseDto.AttachmentView view = (CaseDto.AttachmentView) created.getEntity();
        assertThat(view.fileName()).isEqualTo("scan.pdf");
        assertThat(view.size()).isEqualTo(PDF.length);
        assertThat(cases.attachments(caseId, caseworker).items()).extracting(CaseDto.AttachmentView::id).containsExactly(view.id());

        Response file = cases.attachment(caseId, view.id(), caseworker);
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getEntity()).isEqualTo(PDF);
        assertThat(file.getMediaType().toString()).isEqualTo("application/pdf");
        assertThat(file.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"scan.pdf\"; filename*=UTF-8''scan.pdf");
        assertThat(file.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");

        JsonNode wrongCase = error(assertThrows(() -> cases.attachment(caseId + 99, view.id(), caseworker)));
        assertThat(wrongCase.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void contentThatIsNotBase64IsA400NamingTheField() {
        long caseId = openCase();
        JsonNode bad = error(assertThrows(() -> cases.addAttachment(caseId,
                json(CaseDto.AttachmentRequest.class, "{\"fileName\":\"a.pdf\",\"content\":\"%%% not base64\"}"), caseworker)));
        assertThat(bad.get("status").asInt()).isEqualTo(400);
        assertThat(bad.at("/error/fields/0/field").asText()).isEqualTo("content");
        assertThat(bad.at("/error/fields/0/message").asText()).isEqualTo("The content is not valid base64.");
        assertThat(caseService.attachmentRecords).isEmpty();
    }

    @Test
    void onlyAttachmentUploadsMayBeLargerThanOneMebibyte() {
        assertThat(RequestSizeFilter.limit("cases/12/attachments")).isEqualTo(7L * 1024 * 1024);
        assertThat(RequestSizeFilter.limit("/cases/12/attachments")).isEqualTo(7L * 1024 * 1024);
        assertThat(RequestSizeFilter.limit("cases/12/notes")).isEqualTo(RequestSizeFilter.MAX_BYTES);
        assertThat(RequestSizeFilter.limit("cases/12/attachments/3/x")).isEqualTo(RequestSizeFilter.MAX_BYTES);
        assertThat(RequestSizeFilter.limit(null)).isEqualTo(RequestSizeFilter.MAX_BYTES);
        // the largest file the service accepts still fits once base64-encoded in JSON
        assertThat(4L * ((5L * 1024 * 1024 + 2) / 3) + 2000).isLessThan(RequestSizeFilter.MAX_ATTACHMENT_BYTES);
    }

    @Test
    void aPutReplacesThePersonsDetailsAndTheChangeIsListed() {
        Response registered = persons.register(json(CaseDto.RegistrationRequest.class, """
                {"consent":{"purposes":["REGISTRATION"],"method":"WRITTEN","language":"fr","date":"2026-01-30","given":true},
                 "names":[{"original":"Amina Exemple"}],"sex":"FEMALE","notADuplicate":true}"""), null, caseworker);
        long id = ((CaseDto.RegisteredView) registered.getEntity()).person().id();
        CaseDto.PersonView updated = persons.update(id, json(CaseDto.DetailsRequest.class, """
                {"names":[{"original":"Amina Exemplaire"}],"sex":"FEMALE","dateOfBirth":"1990-02-03"}"""), caseworker);
        assertThat(updated.names()).containsExactly(new CaseDto.NameBody("Amina Exemplaire", ""));
        assertThat(persons.changes(id, caseworker).items()).extracting(CaseDto.ChangeView::changedBy).containsExactly("ana");

        JsonNode bad = error(assertThrows(() -> persons.update(id, json(CaseDto.DetailsRequest.class, """
                {"names":[{"original":"Amina"}],"sex":"FEMALE","dateOfBirth":"03/02/1990"}"""), caseworker)));
        assertThat(bad.get("status").asInt()).isEqualTo(400);
        assertThat(bad.at("/error/fields/0/field").asText()).isEqualTo("dateOfBirth");
    }

    private static RuntimeException assertThrows(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing thrown");
    }
}
