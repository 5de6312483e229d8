/**
 * Screening interviews of a case: a caseworker starts one with the instruments current at that
 * moment, answers question by question (drafts are saved and resumed), and completes it; the
 * determination is then computed with exactly the instrument versions, country additions and rules
 * the interview used, so that it re-displays as it was after any of them changes. Running it again
 * under newer instruments is an explicit, audited action that starts a new interview.
 *
 * <p>Need-to-know follows the case ({@link org.amparo.cases.CaseService#requireAccess}); every read
 * and change is audited by id, never with an answer.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.amparo.interviews;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
