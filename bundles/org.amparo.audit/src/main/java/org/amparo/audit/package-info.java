/**
 * The audit record: an append-only, hash-chained list of security-relevant actions (log-ins,
 * user changes, and every read and change of a case) with actor, time, action and target.
 *
 * <p>Audit is not logging: entries go to their own store and are never deleted by the platform.
 * Targets and details identify records by id, never by personal data.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.amparo.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
