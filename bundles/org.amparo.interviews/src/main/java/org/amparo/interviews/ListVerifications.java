package org.amparo.interviews;

import java.util.List;
import java.util.Map;

import org.amparo.cases.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which indicator lists a country administrator has verified against their official text.
 * Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface ListVerifications {
    /** List id to verified, for the lists an administrator has decided on (others keep their loaded state). */
    Map<String, Boolean> states();

    /** The decisions taken, newest first. */
    List<ListVerification> history();

    /**
     * Marks a list verified or not. Country administrators only; needs a note saying what was
     * checked; audited.
     *
     * @throws org.amparo.common.ValidationException for an unknown list or an empty note
     */
    ListVerification decide(Actor actor, String listId, boolean verified, String note);
}
