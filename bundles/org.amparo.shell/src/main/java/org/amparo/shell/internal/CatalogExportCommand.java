package org.amparo.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.amparo.catalog.CatalogImport;
import org.amparo.catalog.ExportedFiles;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/**
 * {@code amparo:catalog-export}: writes the whole catalogue as an HSDS 3.0 CSV datapackage into a
 * folder (created when missing). The export never holds the address or coordinates of a confidential
 * location.
 */
@Command(scope = "amparo", name = "catalog-export",
        description = "Writes the service catalogue as an HSDS 3.0 CSV datapackage into a folder (no confidential address)")
@Service
public class CatalogExportCommand extends AmparoAction {
    @Reference
    CatalogImport imports;

    @Argument(index = 0, name = "folder", description = "The folder to write into; created when missing", required = true)
    @Completion(FileCompleter.class)
    String folder;

    @Override
    void run() throws IOException {
        Path target = Path.of(folder).toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw failure("shell.catalog.notAFolder", folder);
        }
        ExportedFiles files = imports.exportDatapackage();
        files.writeTo(target);
        say("shell.catalog.exported", files.files().size(), target);
    }
}
