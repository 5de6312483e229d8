package org.amparo.names;

import java.util.Objects;

import org.amparo.names.internal.Romanizer;

/**
 * Suggests the Latin-script form of a name written in any script, to be shown at registration next
 * to the name as given and corrected by the caseworker where the person's documents spell it
 * otherwise.
 *
 * <p>The suggestion is plain ASCII (letters, digits, single spaces and hyphens) and deterministic:
 * the same input always gives the same output. By script:
 * <ul>
 * <li>Latin: accents and special letters folded (João Conceição to Joao Conceicao, ß to ss);</li>
 * <li>Arabic: frequent given names from a small table (محمد to Muhammad), other words letter by
 * letter, which without vowel marks gives consonants only (a word typed with its vowel marks is
 * transliterated with its vowels); the article as "al-";</li>
 * <li>Cyrillic: Russian and Ukrainian by ICU's BGN/PCGN rules (Aleksandr, Oleksandr), Belarusian as
 * commonly spelt on passports (Aliaksandr, Volha); the language is taken from the hint or guessed
 * from letters only one language uses, Russian when nothing tells;</li>
 * <li>Lao: French-based spelling usual for Lao names (ສົມສັກ to Somsak, ບຸນມີ to Bounmi);</li>
 * <li>Tifinagh and N'Ko: letter by letter;</li>
 * <li>any other script ICU knows (Greek, Hebrew, Amharic, Chinese ...): ICU's Any-Latin.</li>
 * </ul>
 * Scripts without letter case are capitalised word by word.
 *
 * <p>Thread-safe; no state.
 *
 * @since 1.0
 */
public final class Transliteration {

    private Transliteration() {
    }

    /**
     * The suggested Latin form of a name, guessing the language where the script is shared.
     *
     * @param name the name as given, in any script
     * @return plain ASCII, or an empty string if the name has no letters
     */
    public static String toLatin(String name) {
        return toLatin(name, null);
    }

    /**
     * The suggested Latin form of a name whose language is known.
     *
     * @param name     the name as given, in any script
     * @param language a BCP 47 language tag ({@code be}, {@code ru}, {@code uk} ...) or null; it
     *                 currently chooses the convention for Cyrillic and is otherwise ignored
     * @return plain ASCII, or an empty string if the name has no letters
     */
    public static String toLatin(String name, String language) {
        Objects.requireNonNull(name, "name");
        return Romanizer.suggestion(Romanizer.words(name, language));
    }
}
