package org.amparo.referral;

/**
 * One shared field and its value, in the words the receiving service reads.
 *
 * @param field the field
 * @param value its value; message keys are not used here: a value is data (a name, a code, a
 *              number), and codes (sex, flags, needs) are given as codes for the reader's UI to label
 * @param noteKey a message key qualifying the value (e.g. {@code referral.value.ageInDoubt}), or empty
 * @since 1.0
 */
public record SharedValue(SharedField field, String value, String noteKey) {
    public SharedValue {
        noteKey = noteKey == null ? "" : noteKey;
    }
}
