package org.amparo.cases;

/**
 * How consent was obtained.
 *
 * @since 1.0
 */
public enum ConsentMethod {
    /** Signed by the person. */
    WRITTEN,
    /** Recorded on audio or video. */
    RECORDED,
    /** Given orally and certified in writing by the caseworker who records it. */
    VERBAL_CERTIFIED
}
