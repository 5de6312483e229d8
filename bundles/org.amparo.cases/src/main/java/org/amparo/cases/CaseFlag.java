package org.amparo.cases;

/**
 * Why a case is open; a case may carry several. These are working flags, not legal determinations.
 *
 * @since 1.0
 */
public enum CaseFlag {
    POSSIBLE_TRAFFICKING_VICTIM, SMUGGLED_MIGRANT, UNACCOMPANIED_OR_SEPARATED_CHILD, OTHER_VULNERABLE_MIGRANT
}
