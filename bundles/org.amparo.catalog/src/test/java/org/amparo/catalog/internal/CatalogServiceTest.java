package org.amparo.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.amparo.catalog.Catalog;
import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.ExportedFiles;
import org.amparo.catalog.HsdsObject;
import org.amparo.catalog.HsdsRecord;
import org.amparo.catalog.ImportProblem;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.ServiceDetail;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.amparo.datafile.Csv;
import org.amparo.datafile.JsonNode;

/** The catalogue on real in-memory Derby, against the official HSDS 3.0 examples. */
class CatalogServiceTest {
    static final Path HSDS = Path.of("/work/shared/standards/hsds-3.0/examples");
    static final Path MOROCCO = Path.of("../org.amparo.country.ma.catalog/src/main/resources/amparo/catalog");
    /** The location of the official CSV example, and its first address line. */
    static final String EXAMPLE_LOCATION = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";
    static final String EXAMPLE_SERVICE = "ac148810-d857-441c-9679-408f346de14b";

    private final CatalogService catalog = new CatalogService(database());

    @TempDir
    Path folder;

    static JdbcDatabase database() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:catalog-" + System.nanoTime());
        ds.setCreateDatabase("create");
        return new JdbcDatabase(ds);
    }

    /** The official CSV example without its datapackage.json (the standard ships only a pointer to it). */
    Path officialCsv() throws IOException {
        Path copy = folder.resolve("csv");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(HSDS.resolve("csv"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private Map<String, HsdsRecord> stored(String resource) {
        Map<String, HsdsRecord> byId = new HashMap<>();
        catalog.database().run(tx -> new Store(catalog.database()).all(tx, resource).forEach(r -> byId.put(r.id(), r)));
        return byId;
    }

    @Test
    void theOfficialCsvExampleImportsWithoutLossAndReExportsValid() throws Exception {
        Path csv = officialCsv();
        ImportReport report = catalog.importDatapackage("tester", CatalogSource.folder(csv), "hsds-example");
        assertThat(report.problems()).isEmpty();
        assertThat(report.inserted()).containsEntry("services", 1).containsEntry("locations", 1).containsEntry("metadata", 1);

        int compared = 0;
        for (Schemas.Resource resource : Schemas.get().resources()) {
            Path file = csv.resolve(resource.file());
            if (!Files.exists(file)) {
                continue;
            }
            Map<String, HsdsRecord> stored = stored(resource.name());
            for (Map<String, String> row : rows(file)) {
                HsdsRecord record = stored.get(row.get("id"));
                assertThat(record).as(resource.file() + " " + row.get("id")).isNotNull();
                for (Map.Entry<String, String> value : row.entrySet()) {
                    if (!value.getValue().isEmpty()) {
                        assertThat(record.text(value.getKey())).as(resource.file() + "." + value.getKey()).contains(value.getValue());
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(150);

        ExportedFiles export = catalog.exportDatapackage();
        Path out = folder.resolve("export");
        export.writeTo(out);
        assertThat(catalog.check(new DatapackageReader(CatalogSource.folder(out)).read())).isEmpty();
        assertThat(catalog.check(new DatapackageReader(CatalogSource.zip(export.zip())).read())).isEmpty();
        // what is exported is what was imported, field by field
        Batch reread = new DatapackageReader(CatalogSource.folder(out)).read();
        for (Schemas.Resource resource : Schemas.get().resources()) {
            Path file = csv.resolve(resource.file());
            if (Files.exists(file)) {
                for (Map<String, String> row : rows(file)) {
                    Rec exported = reread.records.get(resource.name()).get(row.get("id"));
                    row.forEach((field, value) -> assertThat(value.isEmpty() ? null : value).as(resource.file() + "." + field)
                            .isEqualTo(exported.text(field)));
                }
            }
        }
    }

    @Test
    void reImportingTheSameIdsUpdatesAndSaysSo() throws Exception {
        Path csv = officialCsv();
        ImportReport first = catalog.importDatapackage("tester", CatalogSource.folder(csv), "first");
        Files.writeString(csv.resolve("services.csv"), Files.readString(csv.resolve("services.csv")).replace("Community Counselling", "Renamed service"));
        ImportReport second = catalog.importDatapackage("tester", CatalogSource.folder(csv), "second");
        assertThat(second.problems()).isEmpty();
        assertThat(second.insertedTotal()).isZero();
        assertThat(second.updated()).isEqualTo(first.inserted());
        assertThat(catalog.service(EXAMPLE_SERVICE).orElseThrow().name()).isEqualTo("Renamed service");
        assertThat(catalog.imports()).extracting(r -> r.source()).startsWith("second", "first");
        assertThat(catalog.imports().get(0).importedBy()).isEqualTo("tester");
    }

    @Test
    void aBadRowIsReportedWithFileRowAndFieldAndNothingIsStored() throws Exception {
        Path csv = officialCsv();
        Files.writeString(csv.resolve("services.csv"), Files.readString(csv.resolve("services.csv")).replace(",active,", ",maybe,"));
        Files.writeString(csv.resolve("phones.csv"), Files.readString(csv.resolve("phones.csv"))
                + "not-a-uuid,,,,,,+44 1234 234567,,voice,\r\n");
        Files.writeString(csv.resolve("service_at_location.csv"), Files.readString(csv.resolve("service_at_location.csv"))
                + "11111111-2222-4333-8444-555555555555,ac148810-d857-441c-9679-408f346de14b,99999999-2222-4333-8444-555555555555,\r\n");
        Map<String, Long> before = catalog.counts();

        ImportReport report = catalog.importDatapackage("tester", CatalogSource.folder(csv), "bad");

        assertThat(report.stored()).isFalse();
        assertThat(report.problems()).extracting(p -> p.file() + ":" + p.row() + ":" + p.field() + ":" + p.reason()).containsExactlyInAnyOrder(
                "services.csv:2:status:catalog.problem.notAllowed",
                "phones.csv:3:id:catalog.problem.notUuid",
                "service_at_location.csv:3:location_id:catalog.problem.unknownReference");
        assertThat(report.problems().stream().filter(p -> p.field().equals("status")).findFirst().orElseThrow().arguments()).containsExactly("maybe");
        assertThat(catalog.counts()).isEqualTo(before);
        assertThat(catalog.imports()).extracting(r -> r.source()).doesNotContain("bad");
    }

    @Test
    void aDatabaseFailureMidwayRollsBackTheWholeImport() throws Exception {
        JdbcDatabase real = database();
        CatalogService failing = new CatalogService(new org.amparo.persistence.Database() {
            @Override
            public <T> T inTransaction(org.amparo.persistence.TransactionWork<T> work) {
                return real.inTransaction(tx -> work.execute((org.amparo.persistence.Transaction) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {org.amparo.persistence.Transaction.class}, (proxy, method, args) -> {
                            if (method.getName().equals("batch") && ((String) args[0]).contains("catalog.phone")) {
                                throw new org.amparo.persistence.PersistenceException("error.database.failed");
                            }
                            try {
                                return method.invoke(tx, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        })));
            }

            @Override
            public int migrate(String schema, Class<?> owner) {
                return real.migrate(schema, owner);
            }

            @Override
            public List<org.amparo.persistence.AppliedMigration> history(String schema) {
                return real.history(schema);
            }

            @Override
            public String product() {
                return real.product();
            }
        });
        Map<String, Long> before = failing.counts();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> failing.importDatapackage("tester", CatalogSource.folder(officialCsv()), "fails at phones"))
                .isInstanceOf(org.amparo.persistence.PersistenceException.class);
        assertThat(failing.counts()).isEqualTo(before);
        assertThat(failing.imports()).extracting(r -> r.source()).doesNotContain("fails at phones");
    }

    @Test
    void anOverlongRecordIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path csv = officialCsv();
        Map<String, Long> before = catalog.counts();
        Files.writeString(csv.resolve("organizations.csv"), Files.readString(csv.resolve("organizations.csv"))
                .replace("Example Org is a non-profit", "x".repeat(33000)));
        ImportReport report = catalog.importDatapackage("tester", CatalogSource.folder(csv), "long");
        assertThat(report.problems()).extracting(ImportProblem::reason).containsExactly("catalog.problem.tooLong");
        assertThat(catalog.counts()).isEqualTo(before);
    }

    @Test
    void aConfidentialLocationsAddressIsNeverExported() throws Exception {
        Path csv = officialCsv();
        String address = rows(csv.resolve("addresses.csv")).get(0).get("address_1");
        // an Amparo attribute marks the example location confidential
        Files.writeString(csv.resolve("attributes.csv"), Files.readString(csv.resolve("attributes.csv"))
                + "0d0a8a3b-9a43-4f0e-9d55-0e5c5fb3e001," + EXAMPLE_LOCATION + ","
                + Builtin.termId(Catalog.AMPARO_TAXONOMY, "location.confidential") + ",,location,\r\n");
        assertThat(catalog.importDatapackage("tester", CatalogSource.folder(csv), "confidential").problems()).isEmpty();
        assertThat(catalog.location(EXAMPLE_LOCATION).orElseThrow().confidential()).isTrue();
        assertThat(catalog.location(EXAMPLE_LOCATION).orElseThrow().addresses()).hasSize(1);
        assertThat(catalog.location(EXAMPLE_LOCATION).orElseThrow().withoutAddress().addresses()).isEmpty();
        assertThat(catalog.location(EXAMPLE_LOCATION).orElseThrow().withoutAddress().latitude()).isEmpty();

        ExportedFiles export = catalog.exportDatapackage();
        String everything = export.files().values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).reduce("", String::concat);
        assertThat(everything).doesNotContain(address).doesNotContain("Main Street Metro");
        assertThat(new String(export.files().get("addresses.csv"), StandardCharsets.UTF_8).lines().count()).isEqualTo(1);
        String locations = new String(export.files().get("locations.csv"), StandardCharsets.UTF_8);
        assertThat(locations).contains(EXAMPLE_LOCATION).doesNotContain(",100,101,");
        assertThat(new String(export.zip(), StandardCharsets.ISO_8859_1)).doesNotContain(address);
        Path out = folder.resolve("export");
        export.writeTo(out);
        assertThat(catalog.check(new DatapackageReader(CatalogSource.folder(out)).read())).isEmpty();

        String json = catalog.exportJson();
        assertThat(json).contains(EXAMPLE_LOCATION).doesNotContain(address).doesNotContain("Main Street Metro");
    }

    @Test
    void aShelterServiceMakesItsLocationsConfidentialAndIsFoundByItsNeed() throws Exception {
        Path csv = officialCsv();
        Files.writeString(csv.resolve("attributes.csv"), Files.readString(csv.resolve("attributes.csv"))
                + "0d0a8a3b-9a43-4f0e-9d55-0e5c5fb3e002," + EXAMPLE_SERVICE + ","
                + Builtin.termId(Catalog.PROTECTION_TAXONOMY, "shelter.emergency") + ",,service,\r\n"
                + "0d0a8a3b-9a43-4f0e-9d55-0e5c5fb3e003," + EXAMPLE_SERVICE + ","
                + Builtin.termId(Catalog.AMPARO_TAXONOMY, "eligibility.sex") + ",,service,female\r\n");
        assertThat(catalog.importDatapackage("tester", CatalogSource.folder(csv), "shelter").problems()).isEmpty();
        assertThat(catalog.location(EXAMPLE_LOCATION).orElseThrow().confidential()).isTrue();
        assertThat(catalog.services("shelter", null, null, 0, 10).items()).extracting(s -> s.id()).containsExactly(EXAMPLE_SERVICE);
        assertThat(catalog.services("shelter", null, null, 0, 10).items().get(0).termCodes()).containsExactly("shelter.emergency");
        assertThat(catalog.services("legal-aid", null, null, 0, 10).items()).isEmpty();
        assertThat(catalog.services(null, "COMMUNITY counsel", null, 0, 10).total()).isEqualTo(1);
        assertThat(catalog.services(null, "100%", null, 0, 10).total()).isZero();
        ServiceDetail service = catalog.service(EXAMPLE_SERVICE).orElseThrow();
        assertThat(service.eligibility()).extracting(e -> e.kind() + "=" + e.value()).containsExactly("sex=female");
        assertThat(service.terms()).extracting(t -> t.code()).contains("shelter.emergency");
        assertThat(service.locations()).hasSize(1);
        assertThat(service.languages()).isNotEmpty();
        assertThat(service.phones()).isNotEmpty();
        assertThat(service.schedules()).isNotEmpty();
        assertThat(service.serviceAreas()).isNotEmpty();
        assertThat(service.minimumAge()).isPresent();
        assertThat(service.organization().text("name")).contains("Example Organization Inc.");
        assertThat(catalog.exportDatapackage().files().get("addresses.csv")).asString(StandardCharsets.UTF_8)
                .doesNotContain(EXAMPLE_LOCATION);
    }

    @ParameterizedTest
    @CsvSource({"service_full.json,SERVICE", "service_list.json,SERVICE", "organization_full.json,ORGANIZATION",
            "organization_list.json,ORGANIZATION", "service_at_location_full.json,SERVICE_AT_LOCATION",
            "service_at_location_list.json,SERVICE_AT_LOCATION", "location.json,LOCATION", "taxonomy.json,TAXONOMY",
            "taxonomy_list.json,TAXONOMY", "taxonomy_term.json,TAXONOMY_TERM", "taxonomy_term_list.json,TAXONOMY_TERM"})
    void theOfficialJsonExamplesImportWithoutLossAndReExportValid(String file, HsdsObject kind) throws Exception {
        ImportReport report;
        try (InputStream in = Files.newInputStream(HSDS.resolve(file))) {
            report = catalog.importJson("tester", kind, in, file);
        }
        assertThat(report.problems()).isEmpty();
        assertThat(report.insertedTotal()).isPositive();

        Map<String, List<HsdsRecord>> byId = new HashMap<>();
        for (Schemas.Resource resource : Schemas.get().resources()) {
            stored(resource.name()).values().forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        }
        int compared = compare(JsonNode.readDecimals(Files.newInputStream(HSDS.resolve(file))), byId, file);
        assertThat(compared).isGreaterThan(3);

        String json = catalog.exportJson();
        assertThat(catalog.check(new JsonReader("export.json").read(HsdsObject.ORGANIZATION,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))).isEmpty();
        Path out = folder.resolve("export");
        catalog.exportDatapackage().writeTo(out);
        assertThat(catalog.check(new DatapackageReader(CatalogSource.folder(out)).read())).isEmpty();
    }

    /** Every scalar of every object with an id in the source is stored under that id. */
    private static int compare(JsonNode node, Map<String, List<HsdsRecord>> stored, String path) {
        int compared = 0;
        if (node instanceof JsonNode.Arr array) {
            for (JsonNode item : array.items()) {
                compared += compare(item, stored, path);
            }
        } else if (node instanceof JsonNode.Obj object) {
            String id = object.members().get("id") instanceof JsonNode.Scalar s && s.value() instanceof String text ? text : null;
            for (Map.Entry<String, JsonNode> member : object.members().entrySet()) {
                if (member.getValue() instanceof JsonNode.Scalar scalar) {
                    if (id != null && scalar.value() != null && !"contents".equals(member.getKey())) {
                        List<HsdsRecord> records = stored.getOrDefault(id, List.of());
                        assertThat(records).as(path + " " + id).isNotEmpty();
                        Object expected = scalar.value();
                        assertThat(records).as(path + " " + id + "." + member.getKey()).anySatisfy(r -> {
                            Object actual = r.fields().get(member.getKey());
                            if (expected instanceof BigDecimal number) {
                                assertThat((BigDecimal) actual).isEqualByComparingTo(number);
                            } else {
                                assertThat(actual).isEqualTo(expected);
                            }
                        });
                        compared++;
                    }
                } else {
                    compared += compare(member.getValue(), stored, path + "." + member.getKey());
                }
            }
        }
        return compared;
    }

    @Test
    void theMoroccoSeedImportsOnceForEachRevision() {
        CatalogSource seed = CatalogSource.folder(MOROCCO);
        ImportReport first = catalog.seed(seed, "seed org.amparo.country.ma.catalog 0.1.0", "ma 0.1.0 abc");
        assertThat(first.problems()).isEmpty();
        assertThat(first.inserted()).containsEntry("organizations", 4).containsEntry("services", 2);
        ImportReport again = catalog.seed(seed, "seed org.amparo.country.ma.catalog 0.1.0", "ma 0.1.0 abc");
        assertThat(again.stored()).isTrue();
        assertThat(again.importId()).isZero();
        assertThat(catalog.imports()).filteredOn(r -> r.source().startsWith("seed")).hasSize(1)
                .allSatisfy(r -> assertThat(r.importedBy()).isEqualTo("system"));
        assertThat(catalog.counts()).containsEntry("organizations", 4L).containsEntry("services", 2L);
        assertThat(catalog.services(null, "asylum", null, 0, 10).items()).extracting(s -> s.organizationName())
                .containsExactly("Office of the United Nations High Commissioner for Refugees");
    }

    @Test
    void theProtectionTaxonomyHasTheScreeningIds() throws Exception {
        assertThat(catalog.terms(Catalog.PROTECTION_TAXONOMY)).extracting(t -> t.code())
                .containsExactlyInAnyOrderElementsOf(Builtin.PROTECTION_CODES);
        String screening = Files.readString(Path.of(
                "../org.amparo.screening/src/main/resources/amparo/screening/taxonomy/protection-taxonomy-1.0.0.json"));
        for (String code : Builtin.PROTECTION_CODES) {
            assertThat(screening).contains("\"id\": \"" + code + "\"");
        }
        assertThat(catalog.terms(Catalog.PROTECTION_TAXONOMY)).allSatisfy(t -> assertThat(t.label()).isEqualTo("catalog.term." + t.code()));
        // built-ins are stored once, however often the service starts
        new CatalogService(catalog.database());
        assertThat(catalog.terms(Catalog.PROTECTION_TAXONOMY)).hasSize(17);
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (var reader = Files.newBufferedReader(file)) {
            Csv csv = new Csv(reader);
            List<String> header = csv.next();
            for (List<String> values = csv.next(); values != null; values = csv.next()) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values.get(i));
                }
                rows.add(row);
            }
        } catch (Csv.UnterminatedQuote e) {
            throw new IOException(e);
        }
        return rows;
    }
}
