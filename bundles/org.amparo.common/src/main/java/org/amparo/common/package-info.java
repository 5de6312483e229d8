/**
 * Value types, error types and the message-lookup API shared by every Amparo bundle.
 *
 * <p>Nothing in this package is {@code null} unless its documentation says so.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.amparo.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
