package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.amparo.catalog.Catalog;
import org.amparo.catalog.internal.CatalogService;
import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.security.Role;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue page over the real catalogue on in-memory Derby: an administrator imports a zipped
 * HSDS datapackage through the form; a wrong row refuses the whole file with its file, row and field;
 * a caseworker may search but not import; a confidential place never shows its address, neither on
 * the service page nor in the export. Every organisation and service is fictional.
 */
class CatalogPageTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String ORG = "7a1c2d3e-0000-4000-8000-000000000001";
    private static final String SERVICE = "7a1c2d3e-0000-4000-8000-000000000002";
    private static final String PLACE = "7a1c2d3e-0000-4000-8000-000000000003";
    private CatalogService catalog;
    private WebHarness web;

    @BeforeEach
    void start() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:web-catalog-" + System.nanoTime());
        ds.setCreateDatabase("create");
        catalog = new CatalogService(new JdbcDatabase(ds));
        web = new WebHarness();
        LibraryPagesTest.addTexts(web.messages, "catalog");
        web.security.addUser("cora", "Cora Caseworker", 1, PASSWORD, Role.CASEWORKER);
        web.security.addUser("ada", "Ada Admin", 1, PASSWORD, Role.COUNTRY_ADMIN);
        web.addPage(new CatalogPage(catalog, catalog, web.messages));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
    }

    private Map<String, String> files(String serviceStatus) {
        String shelter = catalog.terms(Catalog.PROTECTION_TAXONOMY).stream().filter(t -> t.code().equals("shelter.emergency"))
                .findFirst().orElseThrow().id();
        String confidential = catalog.terms(Catalog.AMPARO_TAXONOMY).stream().filter(t -> t.code().equals("location.confidential"))
                .findFirst().orElseThrow().id();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("organizations.csv", "id,name,description\r\n" + ORG + ",Fictional Harbour NGO,Made up for a test.\r\n");
        files.put("services.csv", "id,organization_id,name,description,status\r\n" + SERVICE + "," + ORG
                + ",Fictional night shelter,Made up.," + serviceStatus + "\r\n");
        files.put("locations.csv", "id,location_type,organization_id,name\r\n" + PLACE + ",physical," + ORG + ",Fictional shelter house\r\n");
        files.put("addresses.csv", "id,location_id,address_1,city,state_province,postal_code,country,address_type\r\n"
                + "7a1c2d3e-0000-4000-8000-000000000004," + PLACE + ",9 Hidden Lane,Demo City,Demo Region,00000,MA,physical\r\n");
        files.put("service_at_location.csv", "id,service_id,location_id\r\n7a1c2d3e-0000-4000-8000-000000000005," + SERVICE + "," + PLACE
                + "\r\n");
        files.put("attributes.csv", "id,link_id,taxonomy_term_id,link_type,link_entity,value\r\n"
                + "7a1c2d3e-0000-4000-8000-000000000006," + SERVICE + "," + shelter + ",need,service,\r\n"
                + "7a1c2d3e-0000-4000-8000-000000000007," + PLACE + "," + confidential + ",confidential,location,\r\n");
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry("package/" + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void anAdministratorImportsAZippedDatapackageAndAWrongRowRefusesTheWholeFile() throws Exception {
        WebHarness.Browser ada = web.browser();
        ada.login("ada", PASSWORD);
        WebHarness.Response page = ada.get("/app/catalog");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"catalog-import-file\"").contains("enctype=\"multipart/form-data\"");

        WebHarness.Response refused = ada.postMultipart("/app/catalog", Map.of("_csrf", page.csrf(), "kind", ""), "file", "bad.zip",
                zip(files("not-a-status")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"catalog-import-problems\"").contains("services.csv, row 2, status");
        assertThat(catalog.counts().get("services")).as("nothing half-imported").isZero();

        WebHarness.Response unreadable = ada.postMultipart("/app/catalog", Map.of("_csrf", page.csrf(), "kind", ""), "file", "x.zip",
                "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).contains("id=\"catalog-error\"");

        WebHarness.Response imported = ada.postMultipart("/app/catalog", Map.of("_csrf", page.csrf(), "kind", ""), "file", "good.zip",
                zip(files("active")));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body()).contains("id=\"catalog-import-report\"").contains("id=\"catalog-imports\"");
        assertThat(catalog.counts().get("services")).isEqualTo(1L);

        WebHarness.Response service = ada.get("/app/catalog/services/" + SERVICE);
        assertThat(service.body()).contains("Fictional night shelter").contains("Fictional shelter house").doesNotContain("9 Hidden Lane");
        WebHarness.Response export = ada.get("/app/catalog/export.json");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("Fictional night shelter").doesNotContain("9 Hidden Lane");
    }

    @Test
    void aCaseworkerSearchesButCannotImportOrExport() throws Exception {
        catalog.importDatapackage("setup", path -> java.util.Optional.ofNullable(files("active").get(path))
                .map(s -> new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8))), "fixture");
        WebHarness.Browser cora = web.browser();
        cora.login("cora", PASSWORD);
        WebHarness.Response found = cora.get("/app/catalog?term=shelter&q=night");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("id=\"catalog-service-" + SERVICE + "\"").doesNotContain("catalog-import-file");
        assertThat(cora.get("/app/catalog?term=legal-aid").body()).doesNotContain("catalog-service-" + SERVICE);
        WebHarness.Response post = cora.postMultipart("/app/catalog", Map.of("_csrf", found.csrf(), "kind", ""), "file", "good.zip",
                zip(files("active")));
        assertThat(post.status()).isEqualTo(403);
        assertThat(cora.get("/app/catalog/export.json").header("Content-Type")).as("no export for a caseworker").doesNotContain("json");
    }
}
