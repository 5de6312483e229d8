package org.amparo.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.amparo.names.internal.NameTokens;

/**
 * The look-up keys of a name, in any script, for storage in an indexed column: candidates for a
 * duplicate check or a name search are then found by equality on the key, never by scanning.
 *
 * <p>For each word of the name (after {@link Transliteration transliteration}, in all its readings)
 * there are two keys:
 * <ul>
 * <li>{@code w:} + the folded word: lower-case ASCII letters (João to {@code w:joao},
 * محمد to {@code w:muhammad} and {@code w:mhmd});</li>
 * <li>{@code p:} + its consonant skeleton, which spellings of the same name share across scripts
 * and transliteration conventions (Mohamed, Muhammad, Mouhamed, Мухаммед and محمد all give
 * {@code p:mhmd}; Aleksandr, Alexander, Александр, Аляксандр give {@code p:lksndr}).</li>
 * </ul>
 * Particles (al, el, da, dos, ibn ...) and single letters have no keys. A key is at most
 * {@link #MAX_LENGTH} characters. The algorithm is described in
 * {@code docs/decisions/0010-name-matching.md}; if it changes, stored keys must be recomputed, so
 * store {@link #ALGORITHM} with them.
 *
 * <p>Keys find candidates; they do not decide. Different names can share a skeleton (Hasan and
 * Husayn both give {@code p:hsn}), and a few spelling traditions do not meet (Olga and Olha); rank
 * the candidates with {@link DuplicateScorer}.
 *
 * <p>Thread-safe; no state.
 *
 * @since 1.0
 */
public final class NameKeys {

    /** The longest key, prefix included. */
    public static final int MAX_LENGTH = 40;

    /** Identifies the key algorithm; changes whenever the keys of some name would change. */
    public static final String ALGORITHM = "amparo-names-2";

    /** The prefix of whole-name keys (pairs of word skeletons). */
    public static final String WHOLE_NAME_PREFIX = "n:";

    /** Words of one name that make whole-name keys: at most 6 pairs a reading. */
    public static final int MAX_PAIR_WORDS = 4;

    private NameKeys() {
    }

    /**
     * The keys of one name.
     *
     * @param name the name as given, in any script
     * @return the keys, sorted, unmodifiable; empty if the name has no letters
     */
    public static Set<String> of(String name) {
        Objects.requireNonNull(name, "name");
        TreeSet<String> keys = new TreeSet<>();
        addKeys(NameTokens.of(name, null), keys);
        return Collections.unmodifiableSet(keys);
    }

    /**
     * The keys of all the names a person is known by (as given, Latin form, aliases).
     *
     * @param names names in any script
     * @return the union of their keys, sorted, unmodifiable
     */
    public static Set<String> of(Collection<String> names) {
        TreeSet<String> keys = new TreeSet<>();
        for (String name : names) {
            Objects.requireNonNull(name, "names contains null");
            addKeys(NameTokens.of(name, null), keys);
        }
        return Collections.unmodifiableSet(keys);
    }

    /**
     * The folded Latin form of a name: its suggested transliteration in lower-case ASCII words
     * separated by single spaces (محمد علي to "muhammad ali", João da Silva to "joao da silva").
     * Suitable for a prefix search ({@code LIKE 'moh%'}) on an indexed column.
     *
     * @param name the name as given, in any script
     * @return the folded form, empty if the name has no letters
     */
    public static String folded(String name) {
        Objects.requireNonNull(name, "name");
        StringBuilder b = new StringBuilder();
        for (NameTokens.Token t : NameTokens.of(name, null)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.primary());
        }
        return b.toString();
    }

    private static void addKeys(List<NameTokens.Token> tokens, Set<String> keys) {
        List<List<String>> words = new ArrayList<>();
        for (NameTokens.Token t : tokens) {
            if (t.particle() || t.initial()) {
                continue;
            }
            if (!t.skeletons().isEmpty() && words.size() < MAX_PAIR_WORDS) {
                words.add(t.skeletons());
            }
            for (String f : t.forms()) {
                if (f.length() > 1) {
                    keys.add(cut("w:" + f));
                }
            }
            for (String s : t.skeletons()) {
                keys.add(cut("p:" + s));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                for (String a : words.get(i)) {
                    for (String b : words.get(j)) {
                        keys.add(cut(WHOLE_NAME_PREFIX + (a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a)));
                    }
                }
            }
        }
    }

    private static String cut(String key) {
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
    }
}
