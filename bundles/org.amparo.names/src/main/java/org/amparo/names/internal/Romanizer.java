package org.amparo.names.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a name into words and gives each word its Latin readings, routing every run of one script
 * to the transliterator for that script: Arabic, Cyrillic, Lao, Tifinagh and N'Ko to our own
 * classes (which use ICU where ICU is good), any other script to ICU's Any-Latin. The result is
 * cleaned to ASCII letters, digits and hyphens. Words from scripts without letter case are
 * capitalised; the others keep the capitalisation they were typed with.
 */
public final class Romanizer {

    /**
     * Marks, inside a reading, two letters that must not be read together as one sound (z|h from
     * Arabic ز and ه is not zh). Kept for the phonetic skeleton, removed from anything shown.
     */
    public static final char BREAK = '\u200C';

    /** One word of a name: its Latin readings (may contain {@link #BREAK}), the suggested one first. Never empty. */
    public record Word(List<String> readings) {
        public Word {
            readings = List.copyOf(readings);
        }

        public String suggested() {
            return readings.get(0);
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z},;/\\\\()\\[\\]{}.|_\"،؛+*&:!?<>=]+");
    private static final Pattern FORMAT_CHARS = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private Romanizer() {
    }

    /** The words of a name with their readings; an empty list for a blank name. */
    public static List<Word> words(String name, String languageHint) {
        String text = FORMAT_CHARS.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("");
        text = SEPARATORS.matcher(text).replaceAll(" ").trim();
        if (text.isEmpty()) {
            return List.of();
        }
        CyrillicRomanizer.Convention cyrillic = null;
        List<Word> out = new ArrayList<>();
        for (String source : text.split(" ")) {
            List<String> runs = runs(source);
            boolean caseless = isCaseless(runs.get(0));
            boolean latin = runs.size() == 1 && scriptOf(runs.get(0)) == Character.UnicodeScript.LATIN;
            List<String> readings;
            if (runs.size() == 1) {
                String run = runs.get(0);
                if (cyrillic == null && scriptOf(run) == Character.UnicodeScript.CYRILLIC) {
                    cyrillic = CyrillicRomanizer.convention(name, languageHint);
                }
                readings = readings(run, cyrillic);
            } else {
                StringBuilder b = new StringBuilder();
                for (String run : runs) {
                    if (cyrillic == null && scriptOf(run) == Character.UnicodeScript.CYRILLIC) {
                        cyrillic = CyrillicRomanizer.convention(name, languageHint);
                    }
                    b.append(readings(run, cyrillic).get(0));
                }
                readings = List.of(b.toString());
            }
            List<String> clean = new ArrayList<>(readings.size());
            for (String r : readings) {
                String c = ascii(r, latin);
                if (caseless) {
                    c = capitalised(c, out.isEmpty());
                }
                if (!c.isEmpty() && !clean.contains(c)) {
                    clean.add(c);
                }
            }
            if (!clean.isEmpty()) {
                out.add(new Word(clean));
            }
        }
        return out;
    }

    /** The suggested Latin form of the whole name: the first reading of each word. */
    public static String suggestion(List<Word> words) {
        StringBuilder b = new StringBuilder();
        for (Word w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.suggested().replace(String.valueOf(BREAK), ""));
        }
        return b.toString();
    }

    private static List<String> readings(String run, CyrillicRomanizer.Convention cyrillic) {
        Character.UnicodeScript script = scriptOf(run);
        return switch (script) {
            case LATIN, COMMON, INHERITED -> List.of(run);
            case ARABIC -> ArabicRomanizer.readings(run);
            case CYRILLIC -> CyrillicRomanizer.readings(run, cyrillic);
            case LAO -> List.of(LaoRomanizer.romanize(run));
            case TIFINAGH -> List.of(AlphabetRomanizer.tifinagh(run));
            case NKO -> List.of(AlphabetRomanizer.nko(run));
            default -> List.of(Icu.apply(Icu.ANY, run));
        };
    }

    /** Scripts without letter case, whose transliteration is capitalised. */
    private static boolean isCaseless(String run) {
        return switch (scriptOf(run)) {
            case LATIN, COMMON, INHERITED, CYRILLIC -> false;
            case ARABIC, LAO, TIFINAGH, NKO -> true;
            default -> !hasCase(run);
        };
    }

    /** Splits a word where the script changes; marks and punctuation stay with their run. */
    private static List<String> runs(String word) {
        List<String> runs = new ArrayList<>(1);
        Character.UnicodeScript current = null;
        int start = 0;
        for (int i = 0; i < word.length();) {
            int cp = word.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
                if (current != null && s != current) {
                    runs.add(word.substring(start, i));
                    start = i;
                }
                current = s;
            }
            i += Character.charCount(cp);
        }
        runs.add(word.substring(start));
        return runs;
    }

    static Character.UnicodeScript scriptOf(String run) {
        for (int i = 0; i < run.length();) {
            int cp = run.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
                return s;
            }
            i += Character.charCount(cp);
        }
        return Character.UnicodeScript.COMMON;
    }

    private static boolean hasCase(String run) {
        for (int i = 0; i < run.length();) {
            int cp = run.codePointAt(i);
            if (Character.isUpperCase(cp) || Character.isLowerCase(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Plain ASCII letters, digits and single hyphens, with ayn/hamza signs gone; apostrophes are
     * kept only if asked (a name typed in Latin letters, O'Brien), not when a transliterator made
     * them (Natal'ya).
     */
    static String ascii(String latin, boolean keepApostrophes) {
        String a = Icu.apply(Icu.ASCII, latin);
        StringBuilder b = new StringBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (c == BREAK && b.length() > 0 && Character.isLetter(b.charAt(b.length() - 1))) {
                b.append(c);
            } else if ((c == '-' || c == ' ' || (c == '\'' && keepApostrophes)) && b.length() > 0
                    && b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        while (b.length() > 0 && "- '".indexOf(b.charAt(b.length() - 1)) >= 0) {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    /**
     * Capitalises each part of a transliteration from a script without case: "abd al-rahman" to
     * "Abd al-Rahman". As in library romanisation, the article "al-" and the linking words bin, ibn,
     * bint stay lower-case, the latter unless they begin the name.
     */
    private static String capitalised(String r, boolean firstWord) {
        StringBuilder b = new StringBuilder(r.length());
        boolean start = true;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (start && Character.isLetter(c)) {
                boolean article = r.startsWith("al-", i) || r.startsWith("el-", i);
                boolean link = !(firstWord && i == 0) && isLinkWord(r, i);
                b.append(article || link ? c : Character.toUpperCase(c));
                start = false;
            } else {
                b.append(c);
            }
            if (c == ' ' || c == '-') {
                start = true;
            }
        }
        return b.toString();
    }

    private static boolean isLinkWord(String r, int i) {
        for (String w : new String[] {"bin", "ibn", "bint"}) {
            int end = i + w.length();
            if (r.startsWith(w, i) && (end == r.length() || r.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
