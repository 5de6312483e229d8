/**
 * Persons, their consent, and their cases: registration with consent first, duplicate detection,
 * the case workflow with supervisor approvals, notes, tasks, best-interests assessments for
 * children, and need-to-know access enforced in the services.
 *
 * <p>Every service call names the acting user ({@link org.amparo.cases.Actor}); the services, not
 * the adapters, decide what that user may see and do, and audit every read and change (by id,
 * never with personal data). Nothing in this package is {@code null} unless its documentation
 * says so. Errors are the unchecked exceptions of {@code org.amparo.common}.
 *
 * @since 1.0
 */
@Export
@Version("1.2.0")
package org.amparo.cases;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
