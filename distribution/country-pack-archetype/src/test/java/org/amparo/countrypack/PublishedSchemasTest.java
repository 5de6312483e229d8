package org.amparo.countrypack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schemas published in {@code docs/schemas/country-pack} for national IT teams' own tools:
 * they are valid JSON Schema 2020-12, they accept the Morocco pack and what the archetype generates,
 * and they refuse what the format forbids.
 */
class PublishedSchemasTest {

    private static final Path ROOT = Path.of(System.getProperty("amparo.repository.root", "../.."));
    private static final Path SCHEMAS = ROOT.resolve("docs/schemas/country-pack");
    private static final Path MOROCCO = ROOT.resolve("bundles/org.amparo.country.ma/src/main/resources/amparo/country");
    private static final Path TEMPLATE = Path.of(
            "src/main/resources/archetype-resources/__rootArtifactId__/src/main/resources/amparo/country/country.json");

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final String VALID_COUNTRY = """
            {"format": "amparo.country/1", "code": "XA", "fictional": true, "name": "country.xa.name",
             "hotlines": [{"id": "line", "name": "country.xa.line", "number": "+000 00-00", "confidence": "V",
                           "sources": ["https://example.org/line"], "verifiedOn": "2026-01-15"}]}
            """;
    private static final String VALID_LAWS = """
            {"format": "amparo.laws/1", "laws": [{
              "id": "law-1", "title": "Official title", "titleLanguage": "fr", "number": "1-23",
              "date": "2016-08-25", "dateKind": "promulgated", "summary": "country.xa.law-1.summary",
              "confidence": "V", "sources": ["https://example.org/law-1"],
              "provisions": [{"id": "non-punishment", "topic": "non-punishment", "citation": "Art. 10",
                "summary": "country.xa.law-1.non-punishment", "confidence": "GK"}]}]}
            """;
    private static final String VALID_PATHWAYS = """
            {"format": "amparo.pathways/1", "pathways": [{
              "id": "adult", "caseType": "trafficking", "title": "country.xa.pathway.adult",
              "steps": [{"id": "notify", "title": "country.xa.step.notify", "deadlineDays": 2,
                "deadlineFrom": "identification", "basis": ["law-1#non-punishment"], "confidence": "U"}]}]}
            """;
    private static final String VALID_SCREENING = """
            {"format": "amparo.screening/1", "questions": [{
              "id": "xa-role", "instrument": "trafficking-identification", "text": "country.xa.q.role",
              "answerType": "single-choice", "options": [{"id": "victim", "label": "country.xa.q.role.victim"}],
              "confidence": "P", "sources": ["https://example.org/law-1"]}]}
            """;

    @ParameterizedTest
    @CsvSource({ "country", "laws", "pathways", "screening", "divisions" })
    void everySchemaIsValidJsonSchema2020(String name) {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(describe(metaSchema.validate(read(SCHEMAS.resolve(name + ".schema.json")), InputFormat.JSON)))
                .as("%s.schema.json against the 2020-12 meta-schema", name).isEmpty();
    }

    @Test
    void theSchemasAcceptTheExamplesOfThisTest() {
        assertThat(problems("country", VALID_COUNTRY)).isEmpty();
        assertThat(problems("laws", VALID_LAWS)).isEmpty();
        assertThat(problems("pathways", VALID_PATHWAYS)).isEmpty();
        assertThat(problems("screening", VALID_SCREENING)).isEmpty();
    }

    @Test
    void theMoroccoPackConforms() throws IOException {
        assumeTrue(Files.isDirectory(MOROCCO), "the Morocco pack is not in this checkout: " + MOROCCO);
        List<Path> files;
        try (Stream<Path> listing = Files.list(MOROCCO)) {
            files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }

        assertThat(files).extracting(f -> f.getFileName().toString()).contains("country.json");
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".json", "");
            assertThat(problems(name, read(file))).as("Morocco's %s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void theMoroccoDivisionsConform() {
        Path csv = MOROCCO.resolve("divisions.csv");
        assumeTrue(Files.isRegularFile(csv), "the Morocco pack has no divisions.csv in this checkout");

        List<Map<String, String>> rows = csvRows(read(csv));

        assertThat(rows).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(problems("divisions", json(rows.get(i)))).as("divisions.csv line %d", i + 2).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({ "XA, xa, true", "QZ, qz, true", "MA, ma, false", "NE, ne, false" })
    void theArchetypesCountryFileConforms(String code, String lower, String fictional) {
        assertThat(problems("country", generatedCountry(code, lower, fictional))).isEmpty();
    }

    @Test
    void aFictionalPackCannotUseARealCountryCodeNorARealPackAUserAssignedOne() {
        assertThat(problems("country", generatedCountry("MA", "ma", "true")))
                .anyMatch(p -> p.startsWith("/code pattern"));
        assertThat(problems("country", generatedCountry("XA", "xa", "false")))
                .anyMatch(p -> p.startsWith("/code enum"));
    }

    @Test
    void aMissingRequiredMemberIsRefused() {
        String withoutName = VALID_COUNTRY.replace("\"name\": \"country.xa.name\",", "");

        assertThat(problems("country", withoutName))
                .containsExactly("/ required name: required property 'name' not found");
    }

    @Test
    void aDateThatIsNotYyyyMmDdIsRefused() {
        assertThat(problems("laws", VALID_LAWS.replace("2016-08-25", "2016-8-25")))
                .anyMatch(p -> p.startsWith("/laws/0/date pattern"));
        assertThat(problems("laws", VALID_LAWS.replace("2016-08-25", "25/08/2016")))
                .anyMatch(p -> p.startsWith("/laws/0/date pattern"));
        assertThat(problems("country", VALID_COUNTRY.replace("2026-01-15", "2026-13-01")))
                .anyMatch(p -> p.startsWith("/hotlines/0/verifiedOn pattern"));
    }

    @Test
    void anUnknownMemberIsRefused() {
        String misspelt = VALID_LAWS.replace("\"titleLanguage\"", "\"titleLang\"");

        assertThat(problems("laws", misspelt)).anyMatch(p -> p.startsWith("/laws/0 additionalProperties titleLang:"));
        assertThat(problems("country", VALID_COUNTRY.replace("\"fictional\"", "\"fictional\": true, \"fictitious\"")))
                .anyMatch(p -> p.startsWith("/ additionalProperties fictitious:"));
    }

    @Test
    void aVerifiedOrPartlyCheckedFactNamesItsSources() {
        String verifiedWithoutSources = VALID_LAWS.replace("\"sources\": [\"https://example.org/law-1\"],", "");
        String notAUrl = VALID_SCREENING.replace("https://example.org/law-1", "the official gazette");

        assertThat(problems("laws", verifiedWithoutSources))
                .containsExactly("/laws/0 required sources: required property 'sources' not found");
        assertThat(problems("screening", notAUrl)).anyMatch(p -> p.startsWith("/questions/0/sources/0 pattern"));
    }

    @Test
    void aHotlineSaysWhenItWasLastChecked() {
        String undated = VALID_COUNTRY.replace(", \"verifiedOn\": \"2026-01-15\"", "");

        assertThat(problems("country", undated)).anyMatch(p -> p.startsWith("/hotlines/0 required verifiedOn:"));
    }

    @Test
    void aHotlineNumberHoldsDigitsSpacesAndDashesAfterAnOptionalPlus() {
        assertThat(problems("country", VALID_COUNTRY.replace("+000 00-00", "call 0000")))
                .anyMatch(p -> p.startsWith("/hotlines/0/number pattern"));
        assertThat(problems("country", VALID_COUNTRY.replace("+000 00-00", "000+00")))
                .anyMatch(p -> p.startsWith("/hotlines/0/number pattern"));
    }

    @Test
    void noHotlinesNeedsANote() {
        String empty = """
                {"format": "amparo.country/1", "code": "XA", "fictional": true, "name": "country.xa.name",
                 "hotlines": []}
                """;

        assertThat(problems("country", empty)).anyMatch(p -> p.startsWith("/ required hotlinesNote:"));
    }

    @Test
    void aChoiceQuestionListsItsOptions() {
        String withoutOptions = VALID_SCREENING.replace(
                "\"options\": [{\"id\": \"victim\", \"label\": \"country.xa.q.role.victim\"}],", "");

        assertThat(problems("screening", withoutOptions)).anyMatch(p -> p.startsWith("/questions/0 required options:"));
        assertThat(problems("screening", withoutOptions.replace("single-choice", "yes-no"))).isEmpty();
        assertThat(problems("screening", VALID_SCREENING.replace("single-choice", "yes-no")))
                .anyMatch(p -> p.startsWith("/questions/0/options maxItems"));
        assertThat(problems("screening", VALID_SCREENING.replace(
                "[{\"id\": \"victim\", \"label\": \"country.xa.q.role.victim\"}]", "[]")))
                .anyMatch(p -> p.startsWith("/questions/0/options minItems"));
    }

    @Test
    void aDeadlineSaysWhatItRunsFrom() {
        String withoutFrom = VALID_PATHWAYS.replace("\"deadlineFrom\": \"identification\", ", "");

        assertThat(problems("pathways", withoutFrom))
                .anyMatch(p -> p.startsWith("/pathways/0/steps/0 dependentRequired") && p.contains("deadlineFrom"));
        assertThat(problems("pathways", VALID_PATHWAYS.replace("\"deadlineDays\": 2", "\"deadlineDays\": -1")))
                .anyMatch(p -> p.startsWith("/pathways/0/steps/0/deadlineDays minimum"));
    }

    @Test
    void enumeratedValuesAreChecked() {
        assertThat(problems("laws", VALID_LAWS.replace("\"topic\": \"non-punishment\"", "\"topic\": \"amnesty\"")))
                .anyMatch(p -> p.startsWith("/laws/0/provisions/0/topic enum"));
        assertThat(problems("pathways", VALID_PATHWAYS.replace("trafficking", "labour")))
                .anyMatch(p -> p.startsWith("/pathways/0/caseType enum"));
        assertThat(problems("screening", VALID_SCREENING.replace("\"confidence\": \"P\"", "\"confidence\": \"U-\"")))
                .anyMatch(p -> p.startsWith("/questions/0/confidence enum"));
    }

    @Test
    void textsAreMessageKeysOfThePack() {
        assertThat(problems("country", VALID_COUNTRY.replace("\"country.xa.name\"", "\"Exampleland\"")))
                .anyMatch(p -> p.startsWith("/name pattern"));
    }

    @Test
    void aDivisionBelowTheTopNamesItsParent() {
        Map<String, String> orphan = new LinkedHashMap<>();
        orphan.put("id", "XA-R1-P1");
        orphan.put("parent", "");
        orphan.put("level", "2");
        orphan.put("name", "Province One");
        Map<String, String> misspeltColumn = new LinkedHashMap<>(orphan);
        misspeltColumn.put("parent", "XA-R1");
        misspeltColumn.put("nom_fr", "Province une");

        assertThat(problems("divisions", json(orphan))).anyMatch(p -> p.startsWith("/parent minLength"));
        assertThat(problems("divisions", json(misspeltColumn)))
                .anyMatch(p -> p.startsWith("/ additionalProperties nom_fr:"));
        misspeltColumn.remove("nom_fr");
        misspeltColumn.put("name_fr", "Province une");
        assertThat(problems("divisions", json(misspeltColumn))).isEmpty();
    }

    private static String generatedCountry(String code, String lower, String fictional) {
        return read(TEMPLATE).replace("${countryCode}", code).replace("${countryCodeLower}", lower)
                .replace("${fictional}", fictional);
    }

    /** The schema's complaints about {@code json}, each as "instance-location keyword [property]: message". */
    private static List<String> problems(String schemaName, String json) {
        Schema schema = REGISTRY.getSchema(read(SCHEMAS.resolve(schemaName + ".schema.json")), InputFormat.JSON);
        return describe(schema.validate(json, InputFormat.JSON));
    }

    private static List<String> describe(List<Error> errors) {
        return errors.stream().map(e -> {
            String location = e.getInstanceLocation().toString();
            return (location.isEmpty() ? "/" : location) + " " + e.getKeyword()
                    + (e.getProperty() == null ? "" : " " + e.getProperty()) + ": " + e.getMessage();
        }).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV row as the divisions schema sees it: a JSON object of the header's names and the cells as text. */
    private static String json(Map<String, String> row) {
        return row.entrySet().stream()
                .map(e -> quote(e.getKey()) + ": " + quote(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** RFC 4180: a header row, then records; quoted cells may hold commas, quotes ("") and line breaks. */
    private static List<Map<String, String>> csvRows(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            assertThat(values).as("cells of %s", values).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), values.get(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
