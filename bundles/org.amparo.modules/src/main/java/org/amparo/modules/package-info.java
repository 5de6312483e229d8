/**
 * Switchable modules: named capabilities (trafficking identification, child protection, referral,
 * the standards library, training ...) that a country administrator switches on and off at run
 * time. While a module is on, an OSGi R8 {@code Condition} service with
 * {@code osgi.condition.id=amparo.module.<id>} is registered; a module's components declare
 * {@code @SatisfyingConditionTarget("(osgi.condition.id=amparo.module.<id>)")} and so come and go
 * with the switch, taking their pages, API resources and commands with them. Data is never touched.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.amparo.modules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
