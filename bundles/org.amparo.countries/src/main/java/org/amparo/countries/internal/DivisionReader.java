package org.amparo.countries.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.datafile.Csv;

/** Reads {@code divisions.csv}: checks every row, then every parent reference. */
final class DivisionReader {
    static final List<String> REQUIRED = List.of("id", "parent", "level", "name");
    private final PackParser.Context context;
    private final String file;

    DivisionReader(PackParser.Context context, String file) {
        this.context = context;
        this.file = file;
    }

    List<PackParser.DivisionRow> read(byte[] bytes, int levels, String country) {
        List<PackParser.DivisionRow> rows = new ArrayList<>();
        try (Reader reader = PackParser.utf8(bytes)) {
            Csv csv = new Csv(reader);
            List<String> header = csv.next();
            if (header == null || header.size() < REQUIRED.size() || !header.subList(0, REQUIRED.size()).equals(REQUIRED)) {
                context.problems.add(file, 1, "", "pack.error.csvHeader", String.join(",", REQUIRED),
                        header == null ? "" : String.join(",", header));
                return List.of();
            }
            Map<Integer, String> nameColumns = new LinkedHashMap<>();
            for (int i = REQUIRED.size(); i < header.size(); i++) {
                String column = header.get(i);
                if (column.startsWith("name_")) {
                    String language = column.substring(5).replace('_', '-');
                    if (Languages.known(language)) {
                        nameColumns.put(i, language);
                    } else {
                        context.problems.add(file, 1, column, "pack.error.unknownLanguage", language);
                    }
                } else if (!column.equals("code")) {
                    context.problems.add(file, 1, column, "pack.error.unknownColumn", column);
                }
            }
            Ids ids = new Ids(context, file);
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                int line = csv.line();
                if (record.size() != header.size()) {
                    context.problems.add(file, line, "", "pack.error.csvColumns", record.size(), header.size());
                    continue;
                }
                String id = record.get(0).trim();
                if (!Fields.ID.matcher(id).matches()) {
                    context.problems.add(file, line, "id", "pack.error.badId", id);
                    continue;
                }
                ids.add(id, line, "id");
                Integer level = null;
                try {
                    level = Integer.valueOf(record.get(2).trim());
                } catch (NumberFormatException e) {
                    context.problems.add(file, line, "level", "pack.error.type", "a whole number");
                }
                if (level != null && (level < 1 || level > levels)) {
                    context.problems.add(file, line, "level", "pack.error.range", 1, levels);
                    level = null;
                }
                String name = record.get(3).trim();
                if (name.isEmpty()) {
                    context.problems.add(file, line, "name", "pack.error.missing");
                }
                Map<String, String> names = new HashMap<>();
                for (Map.Entry<Integer, String> column : nameColumns.entrySet()) {
                    String value = record.get(column.getKey()).trim();
                    if (!value.isEmpty()) {
                        names.put(column.getValue(), value);
                    }
                }
                String parent = record.get(1).trim();
                if (level != null && !name.isEmpty()) {
                    rows.add(new PackParser.DivisionRow(id, parent.isEmpty() ? null : parent, level, name, names, line));
                }
            }
        } catch (Csv.UnterminatedQuote e) {
            context.problems.add(file, e.line, "", "pack.error.csvQuote");
            return List.of();
        } catch (IOException e) {
            context.problems.add(file, 0, "", "pack.error.notUtf8");
            return List.of();
        }
        Map<String, PackParser.DivisionRow> byId = new HashMap<>();
        rows.forEach(r -> byId.putIfAbsent(r.id(), r));
        for (PackParser.DivisionRow row : rows) {
            if (row.parentId() == null) {
                if (row.level() != 1) {
                    context.problems.add(file, row.line(), "parent", "pack.error.parentRequired", row.level());
                }
                continue;
            }
            PackParser.DivisionRow parent = byId.get(row.parentId());
            if (parent == null) {
                context.problems.add(file, row.line(), "parent", "pack.error.brokenReference", row.parentId(),
                        "no division with this id in " + file);
            } else if (parent.level() != row.level() - 1) {
                context.problems.add(file, row.line(), "level", "pack.error.parentLevel", row.parentId(), parent.level(),
                        parent.level() + 1);
            }
        }
        return rows;
    }
}
