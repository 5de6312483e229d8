package org.amparo.names.internal;

/**
 * The consonant skeleton of one folded (lower-case ASCII) word: the key that makes spellings of one
 * name meet across transliteration conventions. Steps:
 * <ol>
 * <li>collapse doubled letters (Mohammed to Mohamed);</li>
 * <li>at the end of the word, nh becomes n (Lao and Vietnamese spellings) and an h after a vowel
 * goes (Fatimah, Sarah);</li>
 * <li>map letter groups to one class each: sh ch sch tch shch s to S; zh dzh dj j to J; kh h to H;
 * gh g to G; ph f to F; th t to T; dh d to D; ck qu q k and a hard c to K; a soft c (before e, i,
 * y) to S; x to KS, or S at the start of a word (Lao and Vietnamese x); gn at the start to N;</li>
 * <li>collapse doubled classes again, then drop the vowels a e i o u and the glides y w.</li>
 * </ol>
 * So Muhammad, Mohamed, Mouhamed, Mukhammed and the letters of محمد (mhmd) all give "mhmd";
 * Aleksandr, Alexander, Oleksandr, Aliaksandr give "lksndr". The price is that different names
 * with the same consonants share a skeleton (Hasan and Husayn): the skeleton finds candidates, the
 * scorer's spelling comparison tells them apart.
 */
public final class PhoneticSkeleton {

    /** Longest skeleton kept; longer ones are cut (keys must fit in 40 characters with a prefix). */
    public static final int MAX_LENGTH = 38;

    private PhoneticSkeleton() {
    }

    /** The skeleton of a lower-case ASCII word; empty if the word has no consonant. */
    public static String of(String word) {
        String w = collapse(word);
        int n = w.length();
        if (n > 3 && w.endsWith("nh")) {
            w = w.substring(0, n - 1);
        } else if (n > 2 && w.charAt(n - 1) == 'h' && isVowel(w.charAt(n - 2))) {
            w = w.substring(0, n - 1);
        }
        StringBuilder classes = new StringBuilder(w.length());
        int i = 0;
        n = w.length();
        while (i < n) {
            char c = w.charAt(i);
            if (w.startsWith("shch", i)) {
                classes.append('S');
                i += 4;
            } else if (w.startsWith("tsch", i)) {
                classes.append('S');
                i += 4;
            } else if (w.startsWith("sch", i) || w.startsWith("tch", i)) {
                classes.append('S');
                i += 3;
            } else if (w.startsWith("dzh", i)) {
                classes.append('J');
                i += 3;
            } else if (w.startsWith("sh", i) || w.startsWith("ch", i)) {
                classes.append('S');
                i += 2;
            } else if (w.startsWith("zh", i) || w.startsWith("dj", i)) {
                classes.append('J');
                i += 2;
            } else if (w.startsWith("kh", i)) {
                classes.append('H');
                i += 2;
            } else if (w.startsWith("gh", i)) {
                classes.append('G');
                i += 2;
            } else if (w.startsWith("ph", i)) {
                classes.append('F');
                i += 2;
            } else if (w.startsWith("th", i)) {
                classes.append('T');
                i += 2;
            } else if (w.startsWith("dh", i)) {
                classes.append('D');
                i += 2;
            } else if (w.startsWith("ck", i) || w.startsWith("qu", i)) {
                classes.append('K');
                i += 2;
            } else if (i == 0 && w.startsWith("gn", i)) {
                classes.append('N');
                i += 2;
            } else {
                switch (c) {
                    case 'x' -> classes.append(i == 0 ? "S" : "KS");
                    case 'c' -> classes.append(i + 1 < n && "eiy".indexOf(w.charAt(i + 1)) >= 0 ? 'S' : 'K');
                    case 'q' -> classes.append('K');
                    case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> classes.append('.');
                    default -> {
                        if (c >= 'a' && c <= 'z') {
                            classes.append(Character.toUpperCase(c));
                        }
                    }
                }
                i++;
            }
        }
        String collapsed = collapse(classes.toString());
        StringBuilder out = new StringBuilder(collapsed.length());
        for (int k = 0; k < collapsed.length() && out.length() < MAX_LENGTH; k++) {
            char c = collapsed.charAt(k);
            if (c != '.') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (b.length() == 0 || b.charAt(b.length() - 1) != c || c == '.') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiouyw".indexOf(c) >= 0;
    }
}
