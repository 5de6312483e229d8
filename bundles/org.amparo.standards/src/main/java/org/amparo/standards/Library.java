package org.amparo.standards;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The standards and guidance library. Registered only while the module {@code standards-library}
 * is on. Thread-safe. Country packs' laws and procedures appear and disappear with the packs; every
 * call sees the packs active at that moment.
 *
 * <p>Access: the library holds no personal data. Callers decide who may read it: a signed-in user,
 * or anyone when {@link PublicReading#isPublic()} is true.
 *
 * @since 1.0
 */
@ProviderType
public interface Library {
    /** The largest page {@link #browse} and {@link #search} return. */
    int MAX_LIMIT = 100;

    /**
     * The items that pass {@code filter}, international ones first, then by country, type and id;
     * {@code limit} is capped at {@link #MAX_LIMIT}.
     */
    LibraryPage browse(LibraryFilter filter, int offset, int limit);

    /** The values to browse by, counted over every item. */
    Facets facets();

    /** One item by id. */
    Optional<LibraryItem> item(String id);

    /**
     * The sections, of items that pass {@code filter}, whose heading or text in any language contain
     * every word of {@code text}: case, French accents and Arabic diacritics, tatweel and letter
     * variants are ignored, and Lao (written without spaces) is split into words. Best first: more
     * occurrences, rarer words and matches in headings rank higher, and so do texts in
     * {@code language} (a BCP 47 tag, or {@code null}). One hit per section. An empty query finds
     * nothing.
     */
    SearchPage search(String text, String language, LibraryFilter filter, int offset, int limit);

    /**
     * Where the platform applies item {@code itemId}: the screening questions, case workflow steps
     * and referral pathway steps of the active country packs, in that order. Empty for an unknown item.
     */
    List<Place> appliedIn(String itemId);

    /**
     * The items behind {@code place} ("why this is asked"): international items first, then national
     * ones. A pathway step of an active pack has its national procedure, the laws its step cites, and
     * the international items that apply to pathways of its case type.
     */
    List<LibraryItem> standardsFor(Place place);
}
