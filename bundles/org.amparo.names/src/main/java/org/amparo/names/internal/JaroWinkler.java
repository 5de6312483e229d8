package org.amparo.names.internal;

/**
 * Jaro-Winkler similarity (Winkler 1990): the Jaro similarity of two strings, raised for a common
 * prefix of up to four characters (scale 0.1) when the Jaro similarity is above 0.7. The result is
 * in [0, 1], 1 for equal strings. The arguments are put in a fixed order first, so the result is
 * exactly symmetric.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        String s1 = a.compareTo(b) <= 0 ? a : b;
        String s2 = s1 == a ? b : a;
        double jaro = jaro(s1, s2);
        if (jaro <= 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, Math.min(s1.length(), s2.length()));
        while (prefix < max && s1.charAt(prefix) == s2.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    private static double jaro(String s1, String s2) {
        int len1 = s1.length();
        int len2 = s2.length();
        int window = Math.max(0, Math.max(len1, len2) / 2 - 1);
        boolean[] matched1 = new boolean[len1];
        boolean[] matched2 = new boolean[len2];
        int matches = 0;
        for (int i = 0; i < len1; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(len2 - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matched2[j] && s1.charAt(i) == s2.charAt(j)) {
                    matched1[i] = true;
                    matched2[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < len1; i++) {
            if (matched1[i]) {
                while (!matched2[k]) {
                    k++;
                }
                if (s1.charAt(i) != s2.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / len1 + m / len2 + (m - transpositions / 2.0) / m) / 3.0;
    }
}
