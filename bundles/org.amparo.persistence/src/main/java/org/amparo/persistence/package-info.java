/**
 * Database access for Amparo's domain bundles, with no JDBC type in sight: transactions,
 * parameterised statements, row mapping and per-bundle schema migrations.
 *
 * <p>Each domain bundle owns one database schema and ships its migrations as resources
 * {@code /db/<schema>/V001.sql}, {@code V002.sql}, ... (first line {@code -- <description>};
 * statements end with {@code ;} at the end of a line), and calls
 * {@link org.amparo.persistence.Database#migrate(String, Class)} when its component activates.
 * SQL must run unchanged on Apache Derby and PostgreSQL. The one type the two spell differently,
 * binary content, is written {@code ${blob}} in a migration (since 1.2).
 *
 * @since 1.0
 */
@Export
@Version("1.2.0")
package org.amparo.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
