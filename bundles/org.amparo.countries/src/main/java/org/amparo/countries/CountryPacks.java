package org.amparo.countries;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed country packs and their content. Thread-safe. Content of a pack that is loading,
 * refused or removed is not offered as current; what records used stays resolvable
 * ({@link #division}, {@link #question}, {@link #questions}, {@link #screeningDefinition},
 * {@link #screeningText}).
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

    /**
     * Every national screening question of pack revision {@code revision}, in the order of its
     * {@code screening.json} (by id for a revision stored before version 1.1 kept the order), with
     * their texts, even after the pack was updated or removed. Empty when the revision is unknown or
     * had no questions.
     *
     * <p>The default implementation keeps nothing and returns an empty list.
     *
     * @since 1.1
     */
    default List<QuestionSnapshot> questions(String code, String revision) {
        return List.of();
    }

    /**
     * The {@code amparo/country/screening.json} of pack revision {@code revision} exactly as the pack
     * carried it (format {@code amparo.screening/1}, already validated by the extender): its
     * questions and, when present, its national flags and rules, for the screening bundle to build
     * the revision's additions from. Kept after the pack was updated or removed. Empty when the
     * revision is unknown, had no such file, or was stored before version 1.1 (then
     * {@link #questions} still gives its questions).
     *
     * <p>The default implementation keeps nothing and returns empty.
     *
     * @since 1.1
     */
    default Optional<String> screeningDefinition(String code, String revision) {
        return Optional.empty();
    }

    /**
     * The text of message key {@code key} in {@code language} (a BCP 47 tag such as {@code fr}),
     * falling back to English, as pack revision {@code revision} defined it for its screening
     * additions (a question, help, option, note or flag label), including translations installed
     * while that revision was current. Readable after the pack was updated or removed, when its
     * language bundles are gone.
     *
     * <p>The default implementation looks the key up in the texts of {@link #questions}.
     *
     * @since 1.1
     */
    default Optional<String> screeningText(String code, String revision, String key, String language) {
        return questions(code, revision).stream().map(q -> q.text(language, key)).flatMap(Optional::stream).findFirst();
    }
}
