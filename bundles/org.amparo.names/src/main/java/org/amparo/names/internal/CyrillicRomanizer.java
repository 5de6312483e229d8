package org.amparo.names.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cyrillic to Latin for the three East Slavic conventions. Russian and Ukrainian use ICU's
 * BGN/PCGN transforms; Belarusian uses our own rules, close to the spelling common in Belarusian
 * passports (Аляксандр to Aliaksandr, Сяргей to Siarhei, Вольга to Volha), because ICU's
 * Belarusian BGN transform gives forms rarely seen on documents (Syarhyey).
 *
 * <p>Which convention applies is decided once for a whole name: from the caller's language hint if
 * there is one, otherwise from letters only one language uses. Words are lower-cased before the
 * transform and their capitalisation restored afterwards.
 */
public final class CyrillicRomanizer {

    /** The East Slavic conventions. */
    public enum Convention {
        RUSSIAN, BELARUSIAN, UKRAINIAN
    }

    /**
     * Belarusian rules (ICU transform syntax), applied to lower-case text. After a consonant the
     * iotated vowels lose their y (ля to lia); elsewhere they keep it (Я to ya); г is h; ў is u. ICU
     * matches a before-context against text already transliterated, so the consonant class lists
     * the Latin letters the consonants become.
     */
    static final String BELARUSIAN_RULES = """
            $c = [bcdfghklmnprstvz] ;
            $sep = [ьъʼ’\\'] ;
            $sep е > ye ; $sep ё > yo ; $sep ю > yu ; $sep я > ya ;
            $c { е > e ;
            $c { ё > io ;
            $c { ю > iu ;
            $c { я > ia ;
            е > ye ; ё > yo ; ю > yu ; я > ya ;
            а > a ; б > b ; в > v ; г > h ; ґ > g ; д > d ; ж > zh ; з > z ;
            і > i ; и > i ; й > i ; к > k ; л > l ; м > m ; н > n ; о > o ;
            п > p ; р > r ; с > s ; т > t ; у > u ; ў > u ; ф > f ; х > kh ;
            ц > ts ; ч > ch ; ш > sh ; щ > shch ; ы > y ; э > e ;
            $sep > ;
            """;

    /** Letters each language lacks: a word containing one is not read in that language. */
    private static final String NOT_RUSSIAN = "іўїєґ";
    private static final String NOT_UKRAINIAN = "ыэёъў";
    private static final String NOT_BELARUSIAN = "ищъїєґ";

    private CyrillicRomanizer() {
    }

    /**
     * The convention for a name: the language hint if it names one of the three languages,
     * otherwise a guess from the letters of the whole name (Russian when nothing tells).
     */
    public static Convention convention(String name, String languageHint) {
        if (languageHint != null) {
            String lang = languageHint.toLowerCase(Locale.ROOT);
            if (lang.startsWith("be")) {
                return Convention.BELARUSIAN;
            }
            if (lang.startsWith("uk")) {
                return Convention.UKRAINIAN;
            }
            if (lang.startsWith("ru")) {
                return Convention.RUSSIAN;
            }
        }
        String s = name.toLowerCase(Locale.ROOT);
        if (containsAny(s, "їєґ")) {
            return Convention.UKRAINIAN;
        }
        if (s.indexOf('ў') >= 0) {
            return Convention.BELARUSIAN;
        }
        if (s.indexOf('і') >= 0) {
            if (s.indexOf('и') >= 0 || s.contains("ій")) {
                return Convention.UKRAINIAN;
            }
            return Convention.BELARUSIAN;
        }
        return Convention.RUSSIAN;
    }

    /** One Cyrillic word in the given convention, capitalised as the source was. */
    public static String romanize(String word, Convention convention) {
        String lower = word.toLowerCase(Locale.ROOT);
        String latin = switch (convention) {
            case RUSSIAN -> Icu.apply(Icu.RUSSIAN, lower);
            case UKRAINIAN -> Icu.apply(Icu.UKRAINIAN, lower);
            case BELARUSIAN -> Icu.apply(Icu.BELARUSIAN, lower);
        };
        return restoreCase(word, latin);
    }

    /**
     * The word in the given convention first, then in the other two when they differ: the same
     * written name is spelt Olga by a Russian reader and Olha by a Ukrainian one.
     */
    public static List<String> readings(String word, Convention primary) {
        List<String> out = new ArrayList<>(3);
        out.add(romanize(word, primary));
        String lower = word.toLowerCase(Locale.ROOT);
        for (Convention c : Convention.values()) {
            if (c != primary && plausible(lower, c)) {
                String r = romanize(word, c);
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static boolean plausible(String lower, Convention c) {
        return !containsAny(lower, switch (c) {
            case RUSSIAN -> NOT_RUSSIAN;
            case UKRAINIAN -> NOT_UKRAINIAN;
            case BELARUSIAN -> NOT_BELARUSIAN;
        });
    }

    private static String restoreCase(String source, String latin) {
        if (latin.isEmpty()) {
            return latin;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        if (letters > 1 && upper == letters) {
            return latin.toUpperCase(Locale.ROOT);
        }
        if (upper > 0 && Character.isUpperCase(firstLetter(source))) {
            return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
        }
        return latin;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
