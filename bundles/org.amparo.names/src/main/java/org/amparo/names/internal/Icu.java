package org.amparo.names.internal;

import com.ibm.icu.text.Transliterator;

/**
 * The ICU transliterators this bundle uses, created once. ICU documents no thread-safety guarantee
 * for sharing one {@link Transliterator}, so every use goes through {@link #apply} which holds the
 * instance's monitor; names are short, so the lock is held for microseconds.
 */
final class Icu {

    /** Arabic script to Latin (ICU's own rules, close to UNGEGN), diacritics kept. */
    static final Transliterator ARABIC = Transliterator.getInstance("Arabic-Latin");
    /** Russian, BGN/PCGN 1947: Aleksandr, Yuriy, Natal'ya. */
    static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN");
    /** Ukrainian, BGN/PCGN 2019 (the Ukrainian national system): Oleksandr, Serhiy. */
    static final Transliterator UKRAINIAN = Transliterator.getInstance("Ukrainian-Latin/BGN");
    /** Belarusian: our own rules, see {@link CyrillicRomanizer#BELARUSIAN_RULES}. */
    static final Transliterator BELARUSIAN = Transliterator.createFromRules("Amparo-be-Latin",
            CyrillicRomanizer.BELARUSIAN_RULES, Transliterator.FORWARD);
    /** Any other script ICU knows (Greek, Hebrew, Devanagari, Han, Thai, Ethiopic ...). */
    static final Transliterator ANY = Transliterator.getInstance("Any-Latin");
    /** Latin with diacritics to plain ASCII: ã to a, ß to ss, ø to o. */
    static final Transliterator ASCII = Transliterator.getInstance("Latin-ASCII");

    private Icu() {
    }

    static String apply(Transliterator transliterator, String text) {
        synchronized (transliterator) {
            return transliterator.transliterate(text);
        }
    }
}
