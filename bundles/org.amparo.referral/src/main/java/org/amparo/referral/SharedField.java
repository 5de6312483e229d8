package org.amparo.referral;

/**
 * What may be shared with the receiving service. A referral shares only the fields chosen for it,
 * as they were when it was sent.
 *
 * @since 1.0
 */
public enum SharedField {
    /** Names as given, with their Latin form. */
    NAME,
    SEX,
    /** Age in years (never the date of birth), and whether it is in doubt. */
    AGE,
    NATIONALITY,
    LANGUAGES,
    /** The administrative division the person is in (never an address). */
    LOCATION,
    /** How to reach the person, as recorded. */
    CONTACT,
    /** Why the case is open (possible victim of trafficking, child, ...). */
    CASE_FLAGS,
    /** The need the referral is for. */
    NEED;

    public String messageKey() {
        return "referral.field." + name();
    }
}
