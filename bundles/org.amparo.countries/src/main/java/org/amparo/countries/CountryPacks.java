package org.amparo.countries;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed country packs and their content. Thread-safe. Content of a pack that is loading,
 * refused or removed is not offered as current; what records used stays resolvable
 * ({@link #division}, {@link #question}).
 *
 * @since 1.0
 */
@ProviderType
public interface CountryPacks {
    /** Every pack known: installed ones (active, loading or refused) and removed ones, by code. */
    List<PackStatus> packs();

    /** One pack by country code ({@code MA}) or, for a pack refused before its code was known, bundle id. */
    Optional<PackStatus> status(String codeOrBundleId);

    /** The current content of an active pack. */
    Optional<Country> country(String code);

    /**
     * The country this installation serves: the active pack named by the configuration
     * ({@code org.amparo.countries}, property {@code country}), or, when none is named, the only
     * active pack. Empty when no pack is active, when several are and none is named, or when the
     * named one is not active. Rules such as the age of majority come from it.
     */
    Optional<Country> operatingCountry();

    /**
     * Divisions of an active pack whose name in any language or script starts a word with
     * {@code query} (case and accents ignored; empty query: all), optionally only the children of
     * {@code parentId}; never more than {@link DivisionPage#MAX_LIMIT} per page.
     */
    DivisionPage divisions(String code, String query, String parentId, int offset, int limit);

    /** A division by id, including one that was withdrawn by an update or the pack's removal. */
    Optional<Division> division(String code, String id);

    /**
     * A national screening question exactly as pack revision {@code revision} defined it, with its
     * texts, even after the pack was updated or removed.
     */
    Optional<QuestionSnapshot> question(String code, String revision, String questionId);
}
