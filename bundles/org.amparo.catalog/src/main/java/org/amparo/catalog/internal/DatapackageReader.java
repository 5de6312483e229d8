package org.amparo.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amparo.catalog.CatalogSource;
import org.amparo.datafile.Csv;
import org.amparo.datafile.JsonNode;

/**
 * Reads an HSDS CSV datapackage into records, converting each value to its schema type and
 * reporting what cannot be read with its file, line and field. Schema checks are the
 * {@link Validation}'s.
 */
final class DatapackageReader {
    static final String DESCRIPTOR = "datapackage.json";

    private final CatalogSource source;

    DatapackageReader(CatalogSource source) {
        this.source = source;
    }

    Batch read() throws IOException {
        Batch batch = new Batch();
        Map<String, String> files = files(batch);
        if (files == null) {
            return batch;
        }
        if (files.isEmpty()) {
            batch.problem(DESCRIPTOR, 0, "", "catalog.problem.noResources");
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Schemas.Resource resource = Schemas.get().resource(file.getKey());
            Optional<InputStream> in = source.open(file.getValue());
            if (in.isEmpty()) {
                batch.problem(file.getValue(), 0, "", "catalog.problem.missingFile");
                continue;
            }
            try (Reader reader = new InputStreamReader(in.get(), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                readCsv(batch, resource, file.getValue(), reader);
            } catch (CharacterCodingException e) {
                batch.problem(file.getValue(), 0, "", "catalog.problem.notUtf8");
            }
        }
        return batch;
    }

    /** Resource name to path: from the descriptor, or the standard file names present. */
    private Map<String, String> files(Batch batch) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Optional<InputStream> descriptor = source.open(DESCRIPTOR);
        if (descriptor.isEmpty()) {
            for (Schemas.Resource resource : Schemas.get().resources()) {
                Optional<InputStream> in = source.open(resource.file());
                if (in.isPresent()) {
                    in.get().close();
                    files.put(resource.name(), resource.file());
                }
            }
            return files;
        }
        JsonNode root;
        try (InputStream in = descriptor.get()) {
            root = JsonNode.readDecimals(in);
        } catch (JsonNode.SyntaxError e) {
            batch.problem(DESCRIPTOR, e.line, "", "catalog.problem.notJson", e.detail);
            return null;
        }
        if (!(root instanceof JsonNode.Obj obj) || !(obj.members().get("resources") instanceof JsonNode.Arr resources)) {
            batch.problem(DESCRIPTOR, root.line(), "resources", "catalog.problem.noResources");
            return null;
        }
        for (JsonNode item : resources.items()) {
            String path = item instanceof JsonNode.Obj r && r.members().get("path") instanceof JsonNode.Scalar s && s.value() instanceof String p ? p : null;
            String name = path == null ? null : path.substring(path.lastIndexOf('/') + 1);
            Schemas.Resource resource = name == null ? null : Schemas.get().byFile(name);
            if (resource == null) {
                batch.problem(DESCRIPTOR, item.line(), "path", "catalog.problem.unknownResource", String.valueOf(path));
            } else {
                files.put(resource.name(), path);
            }
        }
        return files;
    }

    private static void readCsv(Batch batch, Schemas.Resource resource, String file, Reader reader) throws IOException {
        Csv csv = new Csv(reader);
        List<String> header;
        try {
            header = csv.next();
            if (header == null) {
                batch.problem(file, 1, "", "catalog.problem.noHeader");
                return;
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header = new ArrayList<>(header);
                header.set(0, header.get(0).substring(1));
            }
            if (!header.contains("id")) {
                batch.problem(file, 1, "id", "catalog.problem.noIdColumn");
                return;
            }
            for (List<String> values = csv.next(); values != null; values = csv.next()) {
                Rec rec = new Rec(resource.name(), file, csv.line(), "");
                if (values.size() != header.size()) {
                    batch.problem(rec, "", "catalog.problem.columnCount", Integer.toString(values.size()), Integer.toString(header.size()));
                    continue;
                }
                for (int i = 0; i < header.size(); i++) {
                    String text = values.get(i);
                    if (text.isEmpty()) {
                        continue;
                    }
                    Schemas.Field field = resource.fields().get(header.get(i));
                    Object value = Schemas.fromText(field, text);
                    if (value == null) {
                        batch.problem(rec, header.get(i), reason(field.type()), text);
                    } else {
                        rec.fields.put(header.get(i), value);
                    }
                }
                batch.add(rec);
            }
        } catch (Csv.UnterminatedQuote e) {
            batch.problem(file, e.line, "", "catalog.problem.unterminatedQuote");
        }
    }

    private static String reason(String type) {
        switch (type) {
            case "integer":
                return "catalog.problem.notInteger";
            case "boolean":
                return "catalog.problem.notBoolean";
            default:
                return "catalog.problem.notNumber";
        }
    }
}
