package org.amparo.catalog;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports and exports the catalogue as HSDS 3.0. An import is validated in full against the HSDS
 * schemas (types, formats, allowed values, required fields, unique ids, references) and stored in
 * one transaction, or not at all. A record whose id is already in the catalogue is replaced (and
 * counted as updated). Exports never contain the address or coordinates of a confidential location.
 * Thread-safe; imports run one at a time.
 *
 * @since 1.0
 */
@ProviderType
public interface CatalogImport {
    /**
     * Imports an HSDS CSV datapackage: {@code datapackage.json} lists the CSV files; without it, the
     * HSDS file names ({@code organizations.csv}, {@code services.csv}, ...) present are read.
     *
     * @param importedBy the user (or {@code system} for a seed) recorded as provenance
     * @param label what is imported, e.g. a file name, recorded as provenance
     */
    ImportReport importDatapackage(String importedBy, CatalogSource source, String label);

    /** Imports an HSDS JSON document: one {@code kind} object, an array of them, or a page with {@code contents}. */
    ImportReport importJson(String importedBy, HsdsObject kind, InputStream json, String label);

    /** The whole catalogue as an HSDS CSV datapackage. */
    ExportedFiles exportDatapackage();

    /**
     * The catalogue as HSDS JSON: a page ({@code contents}) of organisations, each with its
     * locations and services nested as in the HSDS API ({@code organization_full}).
     */
    String exportJson();
}
