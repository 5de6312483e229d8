/**
 * Readers of the data files that bundles ship or import: RFC 4180 CSV and JSON that name the line of
 * a problem, and where the files come from (a bundle or a folder). Not exported: each bundle that uses
 * it embeds a private copy of this package through bnd's {@code -conditionalpackage}.
 */
package org.amparo.datafile;
