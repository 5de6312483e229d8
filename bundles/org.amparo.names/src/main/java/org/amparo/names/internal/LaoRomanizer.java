package org.amparo.names.internal;

import java.util.Map;

/**
 * Lao script to Latin. ICU has no Lao transform, so this is our own, following the French-based
 * spelling Lao names usually have on documents: ou for ◌ຸ (Souk), x for ຊ (Xai), v for ວ
 * (Vongsavan), ph and th for the aspirates, final consonants as k, ng, t, n, p, m, y, o.
 *
 * <p>Lao writes the vowels ເ ແ ໂ ໄ ໃ before the consonant they follow in speech, so each is first
 * moved after its initial consonant cluster; then the word is read syllable by syllable: initial
 * consonant (ຫ before a sonorant only marks the tone), vowel (the longest known combination), and
 * an optional final consonant. Tone marks are dropped. The result is lower-case.
 */
public final class LaoRomanizer {

    private static final Map<Character, String> INITIAL = Map.ofEntries(
            Map.entry('ກ', "k"), Map.entry('ຂ', "kh"), Map.entry('ຄ', "kh"), Map.entry('ຆ', "kh"),
            Map.entry('ງ', "ng"), Map.entry('ຈ', "ch"), Map.entry('ຉ', "ch"), Map.entry('ຊ', "x"),
            Map.entry('ຌ', "ch"), Map.entry('ຍ', "ny"), Map.entry('ຎ', "ny"), Map.entry('ຏ', "t"),
            Map.entry('ຐ', "th"), Map.entry('ຑ', "d"), Map.entry('ຒ', "th"), Map.entry('ຓ', "n"),
            Map.entry('ດ', "d"), Map.entry('ຕ', "t"), Map.entry('ຖ', "th"), Map.entry('ທ', "th"),
            Map.entry('ຘ', "th"), Map.entry('ນ', "n"), Map.entry('ບ', "b"), Map.entry('ປ', "p"),
            Map.entry('ຜ', "ph"), Map.entry('ຝ', "f"), Map.entry('ພ', "ph"), Map.entry('ຟ', "f"),
            Map.entry('ຠ', "ph"), Map.entry('ມ', "m"), Map.entry('ຢ', "y"), Map.entry('ຣ', "r"),
            Map.entry('ລ', "l"), Map.entry('ວ', "v"), Map.entry('ຨ', "s"), Map.entry('ຩ', "s"),
            Map.entry('ສ', "s"), Map.entry('ຫ', "h"), Map.entry('ຬ', "l"), Map.entry('ອ', ""),
            Map.entry('ຮ', "h"), Map.entry('ໜ', "n"), Map.entry('ໝ', "m"), Map.entry('ໞ', "g"),
            Map.entry('ໟ', "ny"));

    private static final Map<Character, String> FINAL = Map.ofEntries(
            Map.entry('ກ', "k"), Map.entry('ຂ', "k"), Map.entry('ຄ', "k"), Map.entry('ງ', "ng"),
            Map.entry('ຍ', "y"), Map.entry('ດ', "t"), Map.entry('ຕ', "t"), Map.entry('ຖ', "t"),
            Map.entry('ທ', "t"), Map.entry('ຈ', "t"), Map.entry('ຊ', "t"), Map.entry('ສ', "t"),
            Map.entry('ນ', "n"), Map.entry('ຣ', "n"), Map.entry('ລ', "n"), Map.entry('ບ', "p"),
            Map.entry('ປ', "p"), Map.entry('ພ', "p"), Map.entry('ຟ', "p"), Map.entry('ຝ', "p"),
            Map.entry('ຜ', "p"), Map.entry('ມ', "m"), Map.entry('ວ', "o"));

    /** Vowel spellings after reordering, longest first; the letters ອ ວ ຍ may be part of them. */
    private static final String[][] VOWELS = {
        {"ເືອ", "eua"}, {"ເົາ", "ao"}, {"ເາະ", "o"}, {"ເັ", "e"}, {"ເະ", "e"}, {"ເີ", "oe"},
        {"ເິ", "oe"}, {"ເຍ", "ia"}, {"ເ", "e"}, {"ແະ", "ae"}, {"ແັ", "ae"}, {"ແ", "ae"},
        {"ໂະ", "o"}, {"ໂ", "o"}, {"ໄ", "ai"}, {"ໃ", "ai"}, {"ົວ", "oua"}, {"ັວ", "oua"},
        {"ົ", "o"}, {"ຽ", "ia"}, {"ະ", "a"}, {"ັ", "a"}, {"າ", "a"}, {"ຳ", "am"}, {"ິ", "i"},
        {"ີ", "i"}, {"ຶ", "eu"}, {"ື", "eu"}, {"ຸ", "ou"}, {"ູ", "ou"}, {"ໍ", "o"},
    };

    private static final String SONORANTS = "ງຍນມລວຣ";

    private LaoRomanizer() {
    }

    /** One Lao word in lower-case Latin; characters that are not Lao pass through. */
    public static String romanize(String word) {
        String s = reorder(clean(word));
        StringBuilder out = new StringBuilder(s.length() * 2);
        int state = 0; // 0: expecting an initial, 1: initial read, no vowel yet, 2: vowel read
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '໐' && c <= '໙') {
                out.append((char) ('0' + (c - '໐')));
                state = 0;
                i++;
                continue;
            }
            if (!isLao(c) || c == 'ໆ') {
                if (c != 'ໆ') {
                    out.append(c);
                }
                state = 0;
                i++;
                continue;
            }
            String[] vowel = vowelAt(s, i);
            if (state == 0) {
                if (isConsonant(c)) {
                    i = initial(s, i, out);
                    state = 1;
                } else if (vowel != null) {
                    out.append(vowel[1]);
                    i += vowel[0].length();
                    state = vowel[0].endsWith("ະ") ? 0 : 2;
                } else {
                    i++;
                }
            } else if (state == 1) {
                if (vowel != null) {
                    out.append(vowel[1]);
                    i += vowel[0].length();
                    state = vowel[0].endsWith("ະ") ? 0 : 2;
                } else if (c == 'ອ') {
                    out.append('o');
                    state = 2;
                    i++;
                } else if (c == 'ວ') {
                    boolean vowelNext = i + 1 < n && vowelAt(s, i + 1) != null;
                    out.append(vowelNext ? "ou" : "oua");
                    state = vowelNext ? 1 : 2;
                    i++;
                } else if (c == 'ຼ') {
                    out.append('l');
                    i++;
                } else {
                    out.append('o'); // a closed syllable with no written vowel
                    state = 2;
                }
            } else {
                if (vowel != null) {
                    out.append(vowel[1]);
                    i += vowel[0].length();
                    if (vowel[0].endsWith("ະ")) {
                        state = 0;
                    }
                } else if (startsSyllable(s, i)) {
                    state = 0;
                } else {
                    out.append(FINAL.getOrDefault(c, INITIAL.getOrDefault(c, "")));
                    state = 0;
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** Reads the initial consonant (cluster) at i, appends it, returns the index after it. */
    private static int initial(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        if (c == 'ຫ' && i + 1 < s.length() && SONORANTS.indexOf(s.charAt(i + 1)) >= 0) {
            out.append(INITIAL.get(s.charAt(i + 1)));
            return i + 2;
        }
        out.append(INITIAL.getOrDefault(c, ""));
        return i + 1;
    }

    /** Whether the consonant at i begins a new syllable rather than closing the current one. */
    private static boolean startsSyllable(String s, int i) {
        char c = s.charAt(i);
        if (!isConsonant(c) || i + 1 >= s.length()) {
            return false;
        }
        char next = s.charAt(i + 1);
        if (next == 'ຼ' || next == 'ອ' || vowelAt(s, i + 1) != null) {
            return true;
        }
        return c == 'ຫ' && SONORANTS.indexOf(next) >= 0;
    }

    private static String[] vowelAt(String s, int i) {
        for (String[] v : VOWELS) {
            if (s.startsWith(v[0], i)) {
                String form = v[0];
                // ເຍ and ົວ / ັວ end in a consonant letter that may instead begin the next syllable
                char last = form.charAt(form.length() - 1);
                if (form.length() > 1 && (last == 'ຍ' || last == 'ວ')) {
                    int after = i + form.length();
                    if (after < s.length() && isVowelSign(s.charAt(after))) {
                        continue;
                    }
                }
                return v;
            }
        }
        return null;
    }

    /** Drops tone marks, the cancellation mark and the virama; writes ໍ + າ as ຳ. */
    private static String clean(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '\u0EC8' && c <= '\u0ECC') || c == '\u0EBA') {
                continue;
            }
            b.append(c);
        }
        return b.toString().replace("\u0ECD\u0EB2", "\u0EB3");
    }

    /** Moves each pre-posed vowel (ເ ແ ໂ ໄ ໃ) after the consonant cluster it belongs to. */
    private static String reorder(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isPrePosed(c) && i + 1 < n && isConsonant(s.charAt(i + 1))) {
                int end = i + 2;
                char first = s.charAt(i + 1);
                if (first == 'ຫ' && end < n && SONORANTS.indexOf(s.charAt(end)) >= 0) {
                    end++;
                }
                if (end < n && s.charAt(end) == 'ຼ') {
                    end++;
                }
                if (end + 1 < n && s.charAt(end) == 'ວ' && isConsonant(s.charAt(end + 1))) {
                    end++; // medial w, as in ແຂວງ
                }
                b.append(s, i + 1, end).append(c);
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isLao(char c) {
        return c >= '\u0E80' && c <= '\u0EFF';
    }

    private static boolean isConsonant(char c) {
        return (c >= '\u0E81' && c <= '\u0EAE') || c == 'ໜ' || c == 'ໝ' || c == 'ໞ' || c == 'ໟ';
    }

    private static boolean isPrePosed(char c) {
        return c >= '\u0EC0' && c <= '\u0EC4';
    }

    private static boolean isVowelSign(char c) {
        return (c >= '\u0EB0' && c <= '\u0EBD' && c != 'ຼ') || isPrePosed(c) || c == 'ໍ';
    }
}
