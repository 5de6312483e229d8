/**
 * How a bundle adds pages to the web UI: register a {@link org.amparo.web.api.Page} service.
 * The web shell puts it in the navigation for the users allowed to see it and removes it when the
 * service goes away (for example when the module it belongs to is switched off).
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.amparo.web.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
