package org.amparo.names.internal;

import java.util.Map;

/**
 * Letter-for-letter transliteration of two alphabets ICU has no transform for: Neo-Tifinagh (as
 * standardised in Morocco, with the Tuareg letters approximated) and N'Ko. Both write vowels, so a
 * table is enough. Tone and other combining marks are dropped; the result is lower-case ASCII.
 * Where an ASCII spelling has to be chosen the Maghreb/French habit is followed (ⵛ as ch).
 */
public final class AlphabetRomanizer {

    private static final Map<Character, String> TIFINAGH = Map.ofEntries(
            Map.entry('ⴰ', "a"), Map.entry('ⴱ', "b"), Map.entry('ⴲ', "b"), Map.entry('ⴳ', "g"),
            Map.entry('ⴴ', "gh"), Map.entry('ⴵ', "j"), Map.entry('ⴶ', "j"), Map.entry('ⴷ', "d"),
            Map.entry('ⴸ', "d"), Map.entry('ⴹ', "d"), Map.entry('ⴺ', "d"), Map.entry('ⴻ', "e"),
            Map.entry('ⴼ', "f"), Map.entry('ⴽ', "k"), Map.entry('ⴾ', "k"), Map.entry('ⴿ', "kh"),
            Map.entry('ⵀ', "h"), Map.entry('ⵁ', "h"), Map.entry('ⵂ', "h"), Map.entry('ⵃ', "h"),
            Map.entry('ⵄ', ""), Map.entry('ⵅ', "kh"), Map.entry('ⵆ', "kh"), Map.entry('ⵇ', "q"),
            Map.entry('ⵈ', "q"), Map.entry('ⵉ', "i"), Map.entry('ⵊ', "j"), Map.entry('ⵋ', "zh"),
            Map.entry('ⵌ', "zh"), Map.entry('ⵍ', "l"), Map.entry('ⵎ', "m"), Map.entry('ⵏ', "n"),
            Map.entry('ⵐ', "ny"), Map.entry('ⵑ', "ng"), Map.entry('ⵒ', "p"), Map.entry('ⵓ', "u"),
            Map.entry('ⵔ', "r"), Map.entry('ⵕ', "r"), Map.entry('ⵖ', "gh"), Map.entry('ⵗ', "gh"),
            Map.entry('ⵘ', "gh"), Map.entry('ⵙ', "s"), Map.entry('ⵚ', "s"), Map.entry('ⵛ', "ch"),
            Map.entry('ⵜ', "t"), Map.entry('ⵝ', "th"), Map.entry('ⵞ', "ch"), Map.entry('ⵟ', "t"),
            Map.entry('ⵠ', "v"), Map.entry('ⵡ', "w"), Map.entry('ⵢ', "y"), Map.entry('ⵣ', "z"),
            Map.entry('ⵤ', "z"), Map.entry('ⵥ', "z"), Map.entry('ⵦ', "e"), Map.entry('ⵧ', "o"),
            Map.entry('ⵯ', "w"));

    private static final Map<Character, String> NKO = Map.ofEntries(
            Map.entry('ߊ', "a"), Map.entry('ߋ', "e"), Map.entry('ߌ', "i"), Map.entry('ߍ', "e"),
            Map.entry('ߎ', "u"), Map.entry('ߏ', "o"), Map.entry('ߐ', "o"), Map.entry('ߒ', "n"),
            Map.entry('ߓ', "b"), Map.entry('ߔ', "p"), Map.entry('ߕ', "t"), Map.entry('ߖ', "j"),
            Map.entry('ߗ', "ch"), Map.entry('ߘ', "d"), Map.entry('ߙ', "r"), Map.entry('ߚ', "r"),
            Map.entry('ߛ', "s"), Map.entry('ߜ', "gb"), Map.entry('ߝ', "f"), Map.entry('ߞ', "k"),
            Map.entry('ߟ', "l"), Map.entry('ߠ', "n"), Map.entry('ߡ', "m"), Map.entry('ߢ', "ny"),
            Map.entry('ߣ', "n"), Map.entry('ߤ', "h"), Map.entry('ߥ', "w"), Map.entry('ߦ', "y"),
            Map.entry('ߧ', "ny"), Map.entry('ߨ', "j"), Map.entry('ߩ', "ch"), Map.entry('ߪ', "r"));

    private AlphabetRomanizer() {
    }

    /** A Tifinagh word in lower-case Latin. */
    public static String tifinagh(String word) {
        return map(word, TIFINAGH, '\u2D30', '\u2D7F');
    }

    /** An N'Ko word in lower-case Latin. */
    public static String nko(String word) {
        return map(word, NKO, '\u07C0', '\u07FF');
    }

    private static String map(String word, Map<Character, String> table, char blockStart, char blockEnd) {
        StringBuilder b = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= blockStart && c <= blockEnd) {
                if (c >= '߀' && c <= '߉') {
                    b.append((char) ('0' + (c - '߀')));
                } else {
                    b.append(table.getOrDefault(c, ""));
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
