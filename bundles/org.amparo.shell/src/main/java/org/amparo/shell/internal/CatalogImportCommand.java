package org.amparo.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.amparo.catalog.CatalogImport;
import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.HsdsObject;
import org.amparo.catalog.ImportProblem;
import org.amparo.catalog.ImportReport;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code amparo:catalog-import}: imports HSDS 3.0 into the service catalogue from a folder holding a
 * CSV datapackage, a zip of one, or an HSDS JSON file of one object kind ({@code --kind}). The import
 * is checked in full and stored in one transaction or not at all: a refusal prints every problem by
 * file, row and field and the command fails. The console login is recorded as who imported.
 */
@Command(scope = "amparo", name = "catalog-import",
        description = "Imports HSDS 3.0 into the service catalogue: a CSV datapackage folder or zip, or a JSON file (--kind); all or nothing")
@Service
public class CatalogImportCommand extends AmparoAction {
    @Reference
    CatalogImport imports;

    @Argument(index = 0, name = "path", description = "A datapackage folder, a .zip of one, or an HSDS .json file", required = true)
    @Completion(FileCompleter.class)
    String path;

    @Option(name = "--kind", description = "For a JSON file: the HSDS object it holds (organization, service, service_at_location, "
            + "location, taxonomy, taxonomy_term); default organization")
    @Completion(value = StringsCompleter.class,
            values = { "organization", "service", "service_at_location", "location", "taxonomy", "taxonomy_term" })
    String kind;

    @Override
    void run() throws IOException {
        Path file = Path.of(path).toAbsolutePath().normalize();
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String name = label.toLowerCase(Locale.ROOT);
        ImportReport report;
        if (Files.isDirectory(file)) {
            noKind();
            report = imports.importDatapackage(actor(), CatalogSource.folder(file), label);
        } else if (!Files.isRegularFile(file)) {
            throw failure("shell.catalog.noSuchPath", path);
        } else if (name.endsWith(".zip")) {
            noKind();
            report = imports.importDatapackage(actor(), CatalogSource.zip(Files.readAllBytes(file)), label);
        } else if (name.endsWith(".json")) {
            try (InputStream in = Files.newInputStream(file)) {
                report = imports.importJson(actor(), kind(), in, label);
            }
        } else {
            throw failure("shell.catalog.unknownFile", path);
        }
        print(report);
    }

    private void noKind() {
        if (kind != null) {
            throw failure("shell.catalog.kindOnlyForJson");
        }
    }

    private HsdsObject kind() {
        if (kind == null || kind.isBlank()) {
            return HsdsObject.ORGANIZATION;
        }
        try {
            return HsdsObject.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw failure("shell.catalog.unknownKind", kind);
        }
    }

    private void print(ImportReport report) {
        if (!report.stored()) {
            ShellTable table = new ShellTable();
            table.column(text("shell.column.file"));
            table.column(text("shell.column.row")).alignRight();
            table.column(text("shell.column.field"));
            table.column(text("shell.column.problem"));
            for (ImportProblem p : report.problems()) {
                String where = p.path().isEmpty() ? p.field() : p.path() + (p.field().isEmpty() ? "" : " " + p.field());
                table.addRow().addContent(p.file(), p.row(), where, text(p.reason(), p.arguments().toArray()));
            }
            table.print(session.getConsole());
            throw failure("shell.catalog.refused", report.problems().size());
        }
        Map<String, Integer> inserted = new TreeMap<>(report.inserted());
        Map<String, Integer> updated = new TreeMap<>(report.updated());
        ShellTable table = new ShellTable();
        table.column(text("shell.column.resource"));
        table.column(text("shell.column.inserted")).alignRight();
        table.column(text("shell.column.updated")).alignRight();
        TreeMap<String, Boolean> resources = new TreeMap<>();
        inserted.keySet().forEach(r -> resources.put(r, true));
        updated.keySet().forEach(r -> resources.put(r, true));
        for (String resource : resources.keySet()) {
            table.addRow().addContent(resource, inserted.getOrDefault(resource, 0), updated.getOrDefault(resource, 0));
        }
        table.print(session.getConsole());
        say("shell.catalog.imported", report.importId(), report.insertedTotal(), report.updatedTotal());
    }
}
