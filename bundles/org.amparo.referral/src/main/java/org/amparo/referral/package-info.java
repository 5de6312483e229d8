/**
 * Referrals: from a case's determined needs to catalogued services, through the person's consent,
 * to the receiving organisation's inbox and back, with every status change kept; and the national
 * referral pathway of a case as a checklist with the deadlines the country pack gives.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.amparo.referral;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
