/**
 * Users, organisations and roles; authentication (shared by the web UI, the REST API and the
 * Karaf console through a JAAS realm); sessions; and the first-administrator set-up.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.amparo.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
