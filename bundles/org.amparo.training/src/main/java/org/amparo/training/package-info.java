/**
 * Training: modules made of short lessons and a self-check quiz, each user's enrolments, attempts
 * and completions, and the training a country administrator requires of a role before it may
 * perform a guarded action ({@link org.amparo.cases.ActionGuard}).
 *
 * <p>Module content is versioned data shipped in this bundle ({@code amparo/training/*.json});
 * every text is a message key of the {@code training} messages. Training records are personal to
 * the user who trains: a user sees only their own, and completion reports go only to the
 * supervisors of the user's organisation and to country administrators. Nothing here is ever open
 * to someone without an account. Every change and every report is audited by id, never with
 * answers.
 *
 * <p>The services of this package exist only while the module {@code training} is switched on.
 * Nothing in this package is {@code null} unless its documentation says so. Errors are the
 * unchecked exceptions of {@code org.amparo.common}.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.amparo.training;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
