package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.amparo.catalog.Catalog;
import org.amparo.catalog.Term;
import org.amparo.catalog.internal.CatalogService;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * catalog-import, catalog-counts and catalog-export against the real catalogue service on in-memory
 * Derby. Every organisation, service and address is fictional.
 */
class CatalogCommandsTest {
    private static final String ORG = "8b1c2d3e-0000-4000-8000-000000000001";
    private static final String SERVICE = "8b1c2d3e-0000-4000-8000-000000000002";
    private static final String LOCATION = "8b1c2d3e-0000-4000-8000-000000000003";
    private static final String STREET = "7 Fictional Secret Lane";

    private final ClasspathMessages messages = new ClasspathMessages("shell", "catalog");
    private final FakeSession session = new FakeSession();
    private final CatalogService catalog = new CatalogService(database());

    @TempDir
    Path folder;

    private static JdbcDatabase database() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:shell-catalog-" + System.nanoTime());
        dataSource.setCreateDatabase("create");
        return new JdbcDatabase(dataSource);
    }

    private String termId(String taxonomy, String code) {
        return catalog.terms(taxonomy).stream().filter(t -> t.code().equals(code)).map(Term::id).findFirst().orElseThrow();
    }

    private Path datapackage(String status) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("in"));
        write(dir, "organizations.csv", "id,name,description\r\n" + ORG + ",Fictional NGO,Fictional organisation for tests.\r\n");
        write(dir, "services.csv", "id,organization_id,name,description,status\r\n" + SERVICE + "," + ORG
                + ",Fictional shelter,Fictional service.," + status + "\r\n");
        write(dir, "locations.csv", "id,location_type,organization_id,name\r\n" + LOCATION + ",physical," + ORG + ",Fictional house\r\n");
        write(dir, "addresses.csv", "id,location_id,address_1,city,state_province,postal_code,country,address_type\r\n"
                + "8b1c2d3e-0000-4000-8000-000000000004," + LOCATION + "," + STREET + ",Fictional City,Fictional Region,00000,XA,physical\r\n");
        write(dir, "service_at_location.csv", "id,service_id,location_id\r\n8b1c2d3e-0000-4000-8000-000000000005," + SERVICE + ","
                + LOCATION + "\r\n");
        write(dir, "attributes.csv", "id,link_id,taxonomy_term_id,link_type,link_entity,value\r\n"
                + "8b1c2d3e-0000-4000-8000-000000000006," + LOCATION + "," + termId(Catalog.AMPARO_TAXONOMY, "location.confidential")
                + ",confidential,location,\r\n");
        return dir;
    }

    private static void write(Path dir, String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private CatalogImportCommand importCommand(Path path, String kind) {
        CatalogImportCommand command = new CatalogImportCommand();
        command.session = session;
        command.messages = messages;
        command.imports = catalog;
        command.path = path.toString();
        command.kind = kind;
        return command;
    }

    private CatalogCountsCommand countsCommand() {
        CatalogCountsCommand command = new CatalogCountsCommand();
        command.session = session;
        command.messages = messages;
        command.catalog = catalog;
        return command;
    }

    @Test
    void aDatapackageFolderIsImportedCountedAndExportedWithoutTheConfidentialAddress() throws Exception {
        importCommand(datapackage("active"), null).execute();
        assertThat(session.output()).containsPattern("services\\s*\\|\\s*1\\s*\\|\\s*0")
                .contains("record(s) inserted, 0 updated.");
        assertThat(catalog.service(SERVICE)).isPresent();

        countsCommand().execute();
        assertThat(session.output()).containsPattern("organizations\\s*\\|\\s*1").contains("Last import: in (console,");

        CatalogExportCommand export = new CatalogExportCommand();
        export.session = session;
        export.messages = messages;
        export.imports = catalog;
        export.folder = folder.resolve("out").toString();
        export.execute();
        assertThat(session.output()).contains("file(s) of the HSDS datapackage to");
        String services = Files.readString(folder.resolve("out/services.csv"), StandardCharsets.UTF_8);
        assertThat(services).contains("Fictional shelter");
        try (var files = Files.list(folder.resolve("out"))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).doesNotContain(STREET);
            }
        }
        Files.writeString(folder.resolve("a-file"), "x");
        export.folder = folder.resolve("a-file").toString();
        assertThatThrownBy(export::execute).hasMessageContaining("is a file, not a folder.");
    }

    @Test
    void aBadRowRefusesTheImportWithFileRowAndFieldAndNothingIsStored() throws Exception {
        Path dir = datapackage("closed-for-ever");
        assertThatThrownBy(() -> importCommand(dir, null).execute())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Import refused: 1 problem(s), listed above. Nothing was stored.")
                .hasNoCause();
        assertThat(session.output()).contains("File", "Row", "Field", "Problem")
                .containsPattern("services.csv\\s*\\|\\s*2\\s*\\|\\s*status\\s*\\|");
        assertThat(catalog.counts().get("services")).isZero();
        assertThat(catalog.counts().get("organizations")).isZero();
    }

    @Test
    void aJsonFileNeedsAKnownKindAndWrongPathsAreOneClearLine() throws Exception {
        Path json = folder.resolve("services.json");
        Files.writeString(json, "{\"id\":\"8b1c2d3e-0000-4000-8000-00000000000a\",\"name\":\"Fictional NGO two\","
                + "\"description\":\"Fictional.\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importCommand(json, "planet").execute()).hasMessageStartingWith("Unknown HSDS kind \"planet\"");
        importCommand(json, "organization").execute();
        assertThat(catalog.organization("8b1c2d3e-0000-4000-8000-00000000000a")).isPresent();
        assertThatThrownBy(() -> importCommand(folder.resolve("missing"), null).execute()).hasMessageStartingWith("There is no file or folder");
        Path text = Files.writeString(folder.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> importCommand(text, null).execute()).hasMessageStartingWith("Give a datapackage folder");
        assertThatThrownBy(() -> importCommand(folder, "service").execute()).hasMessageStartingWith("--kind is only for a JSON file");
    }
}
