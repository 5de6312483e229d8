package org.amparo.countries.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.countries.PackProblem;
import org.amparo.datafile.Csv;
import org.amparo.datafile.JsonNode;

/**
 * Checks a catalogue seed (an HSDS 3.0 tabular datapackage): each resource's file exists, its header
 * equals the declared fields, ids are unique, and {@code organization_id}, {@code service_id} and
 * {@code location_id} refer to rows of the package.
 */
final class CatalogSeedReader {
    static final String FOLDER = "amparo/catalog/";
    static final String DATAPACKAGE = FOLDER + "datapackage.json";
    private static final Map<String, String> REFERENCES = Map.of("organization_id", "organizations.csv",
            "service_id", "services.csv", "location_id", "locations.csv");

    /** Rows per resource name (when valid) and problems. */
    record Result(Map<String, Integer> rows, List<PackProblem> problems) {
    }

    private final PackSource source;
    private final PackParser.Context context = new PackParser.Context(LocalDate.now());

    CatalogSeedReader(PackSource source) {
        this.source = source;
    }

    Result read() {
        JsonNode.Obj json = null;
        try (InputStream in = source.open(DATAPACKAGE)) {
            if (in == null) {
                context.problems.add(DATAPACKAGE, 0, "", "pack.error.missingFile");
            } else {
                JsonNode node = JsonNode.read(in);
                if (node instanceof JsonNode.Obj obj) {
                    json = obj;
                } else {
                    context.problems.add(DATAPACKAGE, node.line(), "", "pack.error.type", "a JSON object");
                }
            }
        } catch (JsonNode.SyntaxError e) {
            context.problems.add(DATAPACKAGE, e.line, "", "pack.error.notJson", e.detail);
        } catch (IOException e) {
            context.problems.add(DATAPACKAGE, 0, "", "pack.error.unreadable", e.getClass().getSimpleName());
        }
        if (json == null) {
            return new Result(Map.of(), context.problems.list());
        }
        // A datapackage may carry descriptive members beyond those checked here (Frictionless allows it).
        Fields f = new Fields(context, DATAPACKAGE, json, "");
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Set<String>> idsByFile = new HashMap<>();
        Map<String, List<Reference>> references = new HashMap<>();
        for (Fields resource : f.objects("resources", true)) {
            String name = resource.string("name", true);
            String path = resource.string("path", true);
            Fields schema = resource.object("schema", true);
            List<String> declared = new ArrayList<>();
            if (schema != null) {
                for (Fields field : schema.objects("fields", true)) {
                    String fieldName = field.string("name", true);
                    if (fieldName != null) {
                        declared.add(fieldName);
                    }
                }
            }
            if (name == null || path == null || declared.isEmpty()) {
                continue;
            }
            if (path.contains("..") || path.startsWith("/")) {
                resource.problemAt("path", "pack.error.badPath", path);
                continue;
            }
            String file = FOLDER + path;
            Set<String> ids = new HashSet<>();
            int count = readCsv(file, declared, ids, references);
            if (count >= 0) {
                rows.put(name, count);
                idsByFile.put(path.substring(path.lastIndexOf('/') + 1), ids);
            }
        }
        references.forEach((targetFile, list) -> {
            Set<String> targets = idsByFile.getOrDefault(targetFile, Set.of());
            for (Reference reference : list) {
                if (!targets.contains(reference.value)) {
                    context.problems.add(reference.file, reference.line, reference.column, "pack.error.brokenReference",
                            reference.value, "no row with this id in " + FOLDER + targetFile);
                }
            }
        });
        List<PackProblem> problems = context.problems.list();
        return new Result(problems.isEmpty() ? rows : Map.of(), problems);
    }

    private record Reference(String file, int line, String column, String value) {
    }

    private int readCsv(String file, List<String> declared, Set<String> ids, Map<String, List<Reference>> references) {
        byte[] bytes;
        try (InputStream in = source.open(file)) {
            if (in == null) {
                context.problems.add(file, 0, "", "pack.error.missingFile");
                return -1;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            context.problems.add(file, 0, "", "pack.error.unreadable", e.getClass().getSimpleName());
            return -1;
        }
        try (Reader reader = PackParser.utf8(bytes)) {
            Csv csv = new Csv(reader);
            List<String> header = csv.next();
            if (header == null || !header.equals(declared)) {
                context.problems.add(file, 1, "", "pack.error.csvHeaderFields",
                        header == null ? "" : String.join(",", header), String.join(",", declared));
                return -1;
            }
            int idColumn = header.indexOf("id");
            Ids seen = new Ids(context, file);
            int count = 0;
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                int line = csv.line();
                count++;
                if (record.size() != header.size()) {
                    context.problems.add(file, line, "", "pack.error.csvColumns", record.size(), header.size());
                    continue;
                }
                if (idColumn >= 0) {
                    String id = record.get(idColumn);
                    if (id.isBlank()) {
                        context.problems.add(file, line, "id", "pack.error.missing");
                    } else if (seen.add(id, line, "id")) {
                        ids.add(id);
                    }
                }
                for (int i = 0; i < header.size(); i++) {
                    String target = REFERENCES.get(header.get(i));
                    if (target != null && !record.get(i).isBlank() && i != idColumn) {
                        references.computeIfAbsent(target, t -> new ArrayList<>())
                                .add(new Reference(file, line, header.get(i), record.get(i)));
                    }
                }
            }
            return count;
        } catch (Csv.UnterminatedQuote e) {
            context.problems.add(file, e.line, "", "pack.error.csvQuote");
        } catch (IOException e) {
            context.problems.add(file, 0, "", "pack.error.notUtf8");
        }
        return -1;
    }
}
