package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.cases.Actor;
import org.amparo.cases.internal.Fixture;
import org.amparo.catalog.Catalog;
import org.amparo.catalog.Term;
import org.amparo.catalog.internal.CatalogService;
import org.amparo.common.LanguageTag;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.security.Role;
import org.amparo.security.Session;
import org.amparo.security.User;
import org.junit.jupiter.api.Test;

/**
 * {@code /catalog} called directly, as the runtime would after the filters and the JSON reader, over
 * the REAL catalogue service on in-memory Derby (the cases bundle's {@link Fixture} database).
 * Every organisation, service and address is fictional.
 */
class CatalogResourceTest {
    static final String ORG = "7a1c2d3e-0000-4000-8000-000000000001";
    static final String SERVICE = "7a1c2d3e-0000-4000-8000-000000000002";
    static final String LOCATION = "7a1c2d3e-0000-4000-8000-000000000004";
    static final String STREET = "12 Fictional Hidden Street";

    private final Fixture fixture = new Fixture();
    private final ClasspathMessages messages = new ClasspathMessages("rest", "catalog");
    private final CatalogService catalog = new CatalogService(fixture.database);
    private final CatalogResource resource = new CatalogResource(catalog, catalog, messages);
    private final ErrorResponses errors = new ErrorResponses(messages, (incident, e) -> { });
    private final SecurityContext admin = signedIn(new Actor("cora", fixture.org, Set.of(Role.COUNTRY_ADMIN)), "en");
    private final SecurityContext system = signedIn(new Actor("sam", fixture.org, Set.of(Role.SYSTEM_ADMIN)), "en");
    private final SecurityContext ana = signedIn(new Actor("ana", fixture.org, Set.of(Role.CASEWORKER)), "en");
    /** The imports before the test: the built-in taxonomies. */
    private final int builtIn = catalog.imports().size();

    static SecurityContext signedIn(Actor actor, String language) {
        Instant now = Instant.now();
        User user = new User(1, actor.username(), "Display " + actor.username(), actor.organisationId(), actor.roles(), true,
                null, language, now);
        return new SessionSecurityContext(new Session("tok-" + actor.username(), "csrf", user, language, now,
                now.plus(30, ChronoUnit.MINUTES)), false, true);
    }

    static <T> T json(Class<T> type, String body) {
        try {
            @SuppressWarnings("unchecked")
            T value = (T) JacksonJsonProvider.read(type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            return value;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode tree(Object value) {
        return JacksonJsonProvider.MAPPER.valueToTree(value);
    }

    static JsonNode error(ErrorResponses errors, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            Response response = errors.toResponse(e, LanguageTag.ENGLISH);
            JsonNode body = tree(response.getEntity());
            ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("status", response.getStatus());
            return body;
        }
        throw new AssertionError("nothing thrown");
    }

    private static String termId(Catalog catalog, String taxonomy, String code) {
        return catalog.terms(taxonomy).stream().filter(t -> t.code().equals(code)).map(Term::id).findFirst().orElseThrow();
    }

    /** A fictional datapackage: one organisation, a service for {@code need} offered at a confidential location. */
    static Map<String, String> datapackage(Catalog catalog, String need, String serviceName) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("organizations.csv", "id,name,description\r\n" + ORG + ",Fictional shelter NGO,Fictional organisation for tests.\r\n");
        files.put("services.csv", "id,organization_id,name,description,status\r\n" + SERVICE + "," + ORG + "," + serviceName
                + ",Fictional service.,active\r\n");
        files.put("locations.csv", "id,location_type,organization_id,name,latitude,longitude\r\n" + LOCATION + ",physical," + ORG
                + ",Fictional safe house,33.5,-7.6\r\n");
        files.put("addresses.csv", "id,location_id,address_1,city,state_province,postal_code,country,address_type\r\n"
                + "7a1c2d3e-0000-4000-8000-000000000005," + LOCATION + "," + STREET + ",Fictional City,Fictional Region,00000,XA,physical\r\n");
        files.put("service_at_location.csv", "id,service_id,location_id\r\n7a1c2d3e-0000-4000-8000-000000000006," + SERVICE + ","
                + LOCATION + "\r\n");
        files.put("attributes.csv", "id,link_id,taxonomy_term_id,link_type,link_entity,value\r\n"
                + "7a1c2d3e-0000-4000-8000-000000000003," + SERVICE + "," + termId(catalog, Catalog.PROTECTION_TAXONOMY, need)
                + ",need,service,\r\n"
                + "7a1c2d3e-0000-4000-8000-000000000007," + LOCATION + ","
                + termId(catalog, Catalog.AMPARO_TAXONOMY, "location.confidential") + ",confidential,location,\r\n");
        return files;
    }

    static String zipBase64(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry("catalog/" + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static CatalogDto.ImportRequest datapackageRequest(Map<String, String> files) {
        return json(CatalogDto.ImportRequest.class,
                "{\"format\":\"datapackage\",\"label\":\"fictional.zip\",\"archive\":\"" + zipBase64(files) + "\"}");
    }

    private Response importFictional(SecurityContext who) {
        return resource.importCatalog(datapackageRequest(datapackage(catalog, "legal-aid", "Fictional legal clinic")), null, who);
    }

    @Test
    void anAdministratorImportsAZippedDatapackageAndEveryoneReadsItWithoutTheConfidentialAddress() {
        Response response = importFictional(admin);
        CatalogDto.ImportReportView report = (CatalogDto.ImportReportView) response.getEntity();
        assertThat(report.problems()).isEmpty();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(report.stored()).isTrue();
        assertThat(report.inserted()).containsEntry("services", 1).containsEntry("organizations", 1);

        assertThat(resource.counts(ana).counts()).containsEntry("services", 1L).containsEntry("locations", 1L);
        assertThat(resource.terms(null, "fr", ana).items()).anySatisfy(t -> {
            assertThat(t.code()).isEqualTo("legal-aid");
            assertThat(t.taxonomy()).isEqualTo(Catalog.PROTECTION_TAXONOMY);
        });
        CatalogDto.ServicePageView page = resource.services("legal-aid", "clinic", null, null, "10", ana);
        assertThat(page.items()).extracting(s -> s.id()).containsExactly(SERVICE);
        assertThat(page.total()).isEqualTo(1);
        assertThat(resource.services("shelter", null, null, null, null, ana).items()).isEmpty();
        assertThat(resource.services(null, null, ORG, "0", "100", ana).items()).hasSize(1);

        CatalogDto.ServiceView service = resource.service(SERVICE, null, ana);
        assertThat(service.service()).containsEntry("name", "Fictional legal clinic");
        assertThat(service.locations()).singleElement().satisfies(l -> {
            assertThat(l.confidential()).isTrue();
            assertThat(l.addresses()).isEmpty();
            assertThat(l.location()).doesNotContainKeys("latitude", "longitude");
        });
        String serviceJson = tree(service).toString();
        assertThat(serviceJson).doesNotContain(STREET).doesNotContain("33.5").doesNotContain("-7.6");
        assertThat(resource.organization(ORG, ana)).containsEntry("name", "Fictional shelter NGO");

        Response export = resource.export(system);
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getEntity().toString()).contains("Fictional legal clinic").doesNotContain(STREET).doesNotContain("33.5");
        assertThat(resource.imports(admin).items()).first().satisfies(run -> {
            assertThat(run.source()).isEqualTo("fictional.zip");
            assertThat(run.importedBy()).isEqualTo("cora");
        });
    }

    @Test
    void unknownRecordsAre404AndBadPagingIs400() {
        JsonNode missing = error(errors, () -> resource.service("00000000-0000-4000-8000-000000000000", null, ana));
        assertThat(missing.get("status").asInt()).isEqualTo(404);
        assertThat(missing.at("/error/message").asText()).contains("00000000-0000-4000-8000-000000000000");
        assertThat(error(errors, () -> resource.organization("nope", ana)).get("status").asInt()).isEqualTo(404);
        JsonNode paging = error(errors, () -> resource.services(null, null, null, "-1", "101", ana));
        assertThat(paging.get("status").asInt()).isEqualTo(400);
        assertThat(paging.at("/error/fields")).extracting(f -> f.get("field").asText()).containsExactly("offset", "limit");
    }

    @Test
    void onlyAdministratorsImportExportOrListImports() {
        for (Runnable call : new Runnable[] { () -> importFictional(ana), () -> resource.export(ana), () -> resource.imports(ana) }) {
            assertThat(error(errors, call).get("status").asInt()).isEqualTo(403);
        }
        assertThat(catalog.counts().get("services")).isZero();
        assertThat(error(errors, () -> resource.counts(null)).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aRequestNotOfTheDocumentedFormIsRefusedFieldByField() {
        JsonNode noFormat = error(errors, () -> resource.importCatalog(json(CatalogDto.ImportRequest.class, "{}"), null, admin));
        assertThat(noFormat.get("status").asInt()).isEqualTo(400);
        assertThat(noFormat.at("/error/fields/0/field").asText()).isEqualTo("format");

        JsonNode json = error(errors, () -> resource.importCatalog(json(CatalogDto.ImportRequest.class,
                "{\"format\":\"json\",\"kind\":\"planet\",\"document\":\"text\",\"archive\":\"UEs=\"}"), null, admin));
        assertThat(json.at("/error/fields")).extracting(f -> f.get("field").asText()).containsExactly("kind", "document", "archive");

        JsonNode zip = error(errors, () -> resource.importCatalog(json(CatalogDto.ImportRequest.class,
                "{\"format\":\"datapackage\",\"archive\":\"not base64!\"}"), null, admin));
        assertThat(zip.at("/error/fields")).extracting(f -> f.get("field").asText()).containsExactly("archive");
        assertThat(zip.at("/error/fields/0/message").asText()).isEqualTo("Must be a zip archive encoded in base64.");

        JsonNode noKind = error(errors, () -> resource.importCatalog(json(CatalogDto.ImportRequest.class,
                "{\"format\":\"json\",\"document\":{}}"), null, admin));
        assertThat(noKind.at("/error/fields")).extracting(f -> f.get("field").asText()).containsExactly("kind");
        assertThat(error(errors, () -> resource.importCatalog(null, null, admin)).at("/error/code").asText()).isEqualTo("malformedJson");
        assertThat(catalog.imports()).hasSize(builtIn);
    }

    @Test
    void aBadRowRefusesTheWholeImportWithFileRowAndFieldAndStoresNothing() {
        Map<String, String> files = datapackage(catalog, "legal-aid", "Fictional legal clinic");
        files.put("services.csv", files.get("services.csv") + "7a1c2d3e-0000-4000-8000-000000000009," + ORG
                + ",Second fictional service,Fictional.,not-a-status\r\n");
        Response response = resource.importCatalog(datapackageRequest(files), null, admin);
        assertThat(response.getStatus()).isEqualTo(422);
        CatalogDto.ImportReportView report = (CatalogDto.ImportReportView) response.getEntity();
        assertThat(report.stored()).isFalse();
        assertThat(report.importId()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("services.csv");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("status");
            assertThat(p.message()).isNotBlank().isNotEqualTo(p.code());
        });
        assertThat(catalog.counts().get("services")).as("nothing partial").isZero();
        assertThat(catalog.counts().get("organizations")).isZero();
        assertThat(catalog.imports()).hasSize(builtIn);
    }

    @Test
    void hsdsJsonOfOneKindIsImportedAndABadObjectIsReportedWithItsPath() {
        String good = "{\"format\":\"json\",\"kind\":\"organization\",\"label\":\"orgs.json\",\"document\":"
                + "[{\"id\":\"7a1c2d3e-0000-4000-8000-00000000000a\",\"name\":\"Fictional NGO one\",\"description\":\"Fictional.\"}]}";
        Response stored = resource.importCatalog(json(CatalogDto.ImportRequest.class, good), null, system);
        assertThat(((CatalogDto.ImportReportView) stored.getEntity()).problems()).isEmpty();
        assertThat(stored.getStatus()).isEqualTo(201);
        assertThat(catalog.organization("7a1c2d3e-0000-4000-8000-00000000000a")).isPresent();

        String bad = "{\"format\":\"json\",\"kind\":\"organization\",\"document\":{\"contents\":["
                + "{\"id\":\"7a1c2d3e-0000-4000-8000-00000000000b\",\"name\":\"Fictional NGO two\",\"description\":\"Fictional.\"},"
                + "{\"id\":\"not-a-uuid\",\"name\":\"Fictional NGO three\",\"description\":\"Fictional.\"}]}}";
        Response refused = resource.importCatalog(json(CatalogDto.ImportRequest.class, bad), null, system);
        assertThat(refused.getStatus()).isEqualTo(422);
        CatalogDto.ImportReportView report = (CatalogDto.ImportReportView) refused.getEntity();
        assertThat(report.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).contains("[1]"));
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("id"));
        assertThat(catalog.organization("7a1c2d3e-0000-4000-8000-00000000000b")).as("nothing partial").isEmpty();
    }
}
