/**
 * The service catalogue: organisations, services and where and when they are offered, held in the
 * database in the shape of Open Referral HSDS 3.0, with the protection taxonomy that screening
 * determinations use for needs. {@link org.amparo.catalog.Catalog} reads it;
 * {@link org.amparo.catalog.CatalogImport} imports and exports HSDS 3.0 CSV datapackages and JSON,
 * validated against the HSDS schemas, all or nothing. A confidential location (a shelter) never
 * has its address or coordinates exported. {@link org.amparo.catalog.Matching} ranks the services
 * that can meet a person's needs, with the reasons, and says why the others cannot.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.amparo.catalog;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
