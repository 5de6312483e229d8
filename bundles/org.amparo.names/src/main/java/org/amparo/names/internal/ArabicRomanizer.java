package org.amparo.names.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Arabic script to Latin. Written Arabic usually leaves out short vowels, so a letter-by-letter
 * transliteration of محمد is "mhmd". Two readings are produced for each word:
 * <ul>
 * <li>the <em>suggested</em> one, which takes frequent given names from a small table
 * ({@code arabic-names.properties}) and otherwise falls back to the letters;</li>
 * <li>the <em>letters</em> one, from the letters alone, which the match keys also use so that a
 * name missing from the table still meets its Latin spellings (its consonant skeleton is the
 * same).</li>
 * </ul>
 * Before ICU's Arabic-Latin transform the word is prepared: the article ال becomes "al-", a joined
 * عبد is split off, shadda doubles its letter, ة and ى are read as a final a, hamza seats become
 * their vowel, and the ayn and hamza signs ICU emits are dropped later by the ASCII clean-up. A
 * consonant directly followed by ه ح or خ is separated from it by {@link Romanizer#BREAK}, so that
 * the letters z and h of زهرة are not read as the sound zh.
 */
public final class ArabicRomanizer {

    private static final Map<String, String> NAMES = load();

    private static final char ALEF = 'ا';
    private static final char FATHA = '\u064E';
    private static final char KASRA = '\u0650';
    private static final char SHADDA = '\u0651';
    private static final char TATWEEL = '\u0640';
    private static final char DAGGER_ALEF = '\u0670';

    private ArabicRomanizer() {
    }

    /**
     * The readings of one Arabic-script word: the suggested one first, then the letters-only one
     * if it differs. Readings may contain a space (عبدالرحمن to "Abd al-Rahman") or a hyphen.
     */
    public static List<String> readings(String word) {
        String stripped = strip(word);
        List<String> suggested = new ArrayList<>(3);
        List<String> letters = new ArrayList<>(3);
        String whole = NAMES.get(lookupKey(stripped));
        if (whole != null) {
            suggested.add(whole);
            letters.add(letters(word, false));
        } else {
            String rest = word;
            if (stripped.length() > 4 && stripped.startsWith("عبد")) {
                int cut = indexAfterLetters(word, 3);
                suggested.add(NAMES.get("عبد"));
                letters.add(letters(word.substring(0, cut), false));
                rest = word.substring(cut);
            }
            String restStripped = strip(rest);
            String restName = NAMES.get(lookupKey(restStripped));
            if (restName != null) {
                suggested.add(restName);
                letters.add(letters(rest, false));
            } else if (restStripped.length() > 3 && restStripped.startsWith("ال")) {
                int cut = indexAfterLetters(rest, 2);
                String noun = rest.substring(cut);
                String nounName = NAMES.get(lookupKey(strip(noun)));
                String nounLetters = letters(noun, true);
                suggested.add("al-" + (nounName != null ? nounName : nounLetters));
                letters.add("al-" + nounLetters);
            } else {
                String l = letters(rest, false);
                suggested.add(l);
                letters.add(l);
            }
        }
        List<String> out = new ArrayList<>(2);
        out.add(String.join(" ", suggested));
        String l = String.join(" ", letters);
        if (!out.contains(l)) {
            out.add(l);
        }
        return out;
    }

    /**
     * The letters of a word, prepared and passed through ICU. {@code afterArticle}: the word
     * followed the article, whose shadda on the first letter is assimilation, not doubling.
     */
    static String letters(String word, boolean afterArticle) {
        StringBuilder b = new StringBuilder(word.length() + 4);
        int lastBase = -1;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            boolean first = lastBase < 0;
            boolean nextIsMark = i + 1 < n && isMark(word.charAt(i + 1));
            switch (c) {
                case TATWEEL, 'ء' -> {
                    // nothing to read
                }
                case SHADDA -> {
                    if (lastBase >= 0 && !(afterArticle && lastBase == firstBaseIndex(b))) {
                        b.insert(lastBase + 1, b.charAt(lastBase));
                    }
                }
                case 'أ' -> {
                    if (!nextIsMark) {
                        b.append(first ? FATHA : ALEF);
                    }
                }
                case 'إ' -> {
                    if (!nextIsMark) {
                        b.append(KASRA);
                    }
                }
                case 'آ', 'ٱ', DAGGER_ALEF -> {
                    lastBase = b.length();
                    b.append(ALEF);
                }
                case 'ؤ' -> {
                    lastBase = b.length();
                    b.append('و');
                }
                case 'ئ' -> {
                    lastBase = b.length();
                    b.append('ي');
                }
                case 'ة' -> {
                    if (i == n - 1 || !isArabicLetter(word.charAt(i + 1))) {
                        if (b.length() == 0 || b.charAt(b.length() - 1) != FATHA) {
                            b.append(ALEF);
                        }
                    } else {
                        lastBase = b.length();
                        b.append('ت');
                    }
                }
                case 'ى' -> {
                    lastBase = b.length();
                    b.append(i == n - 1 ? ALEF : 'ي');
                }
                default -> {
                    if (!isMark(c)) {
                        if ((c == 'ه' || c == 'ح' || c == 'خ') && lastBase >= 0 && lastBase == b.length() - 1) {
                            b.append(Romanizer.BREAK); // z + h is not zh: زهرة
                        }
                        lastBase = b.length();
                    }
                    b.append(c);
                }
            }
        }
        return Icu.apply(Icu.ARABIC, b.toString());
    }

    private static int firstBaseIndex(StringBuilder b) {
        for (int i = 0; i < b.length(); i++) {
            if (!isMark(b.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The index in {@code word} just after its first {@code count} letters (marks attached). */
    private static int indexAfterLetters(String word, int count) {
        int seen = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isMark(c) && c != TATWEEL) {
                if (seen == count) {
                    return i;
                }
                seen++;
            }
        }
        return word.length();
    }

    /** The word without short-vowel marks and tatweel. */
    static String strip(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isMark(c) && c != TATWEEL) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The spelling used to look a word up in the table: alef forms, final ى and ة unified, final hamza dropped. */
    static String lookupKey(String stripped) {
        if (stripped.isEmpty()) {
            return stripped;
        }
        StringBuilder b = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            b.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> ALEF;
                default -> c;
            });
        }
        while (b.length() > 1 && b.charAt(b.length() - 1) == 'ء') {
            b.setLength(b.length() - 1);
        }
        int last = b.length() - 1;
        if (b.charAt(last) == 'ى') {
            b.setCharAt(last, 'ي');
        } else if (b.charAt(last) == 'ة') {
            b.setCharAt(last, 'ه');
        }
        return b.toString();
    }

    /** Short vowels, tanwin, shadda, sukun, the dagger alef and Quranic marks. */
    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == DAGGER_ALEF || (c >= '\u06D6' && c <= '\u06ED');
    }

    private static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = ArabicRomanizer.class.getResourceAsStream("arabic-names.properties")) {
            if (in == null) {
                throw new IllegalStateException("arabic-names.properties is missing from the bundle");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(lookupKey(strip(k)), p.getProperty(k));
        }
        return Map.copyOf(m);
    }
}
