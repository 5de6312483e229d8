package org.amparo.names.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How alike two names are, and in what way. Both names are tokenised ({@link NameTokens}); the
 * tokens that are not particles are paired greedily, best pairs first, each token used once.
 *
 * <p>A pair of words scores 1 when a spelling is identical. Otherwise their spellings are compared
 * with Jaro-Winkler after {@link #vowelsEvened evening out vowels}; equal consonant skeletons make
 * the pair phonetic (score at least 0.9) when the spellings are also alike (similarity at least 0.82
 * for a skeleton of three consonants or more, 0.7 for shorter ones, which say little) or when one
 * word is known only by its consonants (unvowelled Arabic). Otherwise a pair counts with its
 * similarity if that is at least 0.85 and the skeletons differ by at most one consonant (Jaro-Winkler
 * alone favours a common start: Aleksandr and Aleksei). So Mohamed and Muhammad (0.94) are phonetic, Mahmoud and
 * Mohamed (0.80, the same skeleton mhmd) are not a pair, nor are Hasan and Husayn. An initial pairs
 * with any word starting with its letter at 0.8.
 *
 * <p>Similarity = (sum of the pair scores) / (words of the shorter name) - 0.05 per word the longer
 * name has beyond the shorter one (a missing middle name costs a little); times 0.95 if the paired
 * words come in another order (Mohamed Ali and Ali Mohamed may be father and son); at most 0.7 when
 * one name is a single word and the other is not. The two names are put in a fixed order first, so
 * the result is exactly symmetric.
 */
public final class NameComparison {

    /** How the words of the two names correspond. */
    public enum Kind {
        /** Written identically (ignoring case and spacing). */
        SAME_NAME,
        /** Every word of the shorter name has an identical Latin spelling in the other. */
        SAME_TRANSLITERATION,
        /** Every word corresponds, some only by consonant skeleton. */
        PHONETIC,
        /** Every word corresponds, some only by similar spelling. */
        SPELLING,
        /** Not every word corresponds. */
        NONE
    }

    /** The result: similarity in [0, 1], the kind, and whether order or parts differ. */
    public record Result(double similarity, Kind kind, boolean reordered, boolean missingParts) {
        static final Result NOTHING = new Result(0.0, Kind.NONE, false, false);
    }

    static final double PAIR_FLOOR = 0.85;
    static final double PHONETIC_PAIR = 0.9;
    static final double PHONETIC_GATE = 0.82;
    static final double SHORT_SKELETON_GATE = 0.7;
    static final double INITIAL_PAIR = 0.8;
    static final double EXTRA_WORD_COST = 0.05;
    static final double REORDER_FACTOR = 0.95;
    static final double SINGLE_WORD_CAP = 0.7;

    private enum PairKind {
        EXACT, PHONETIC, SPELLING
    }

    private record Pair(int shortIndex, int longIndex, double score, PairKind kind) {
    }

    private NameComparison() {
    }

    /** Compares two names; {@code tokensA}/{@code tokensB} are their tokens (see {@link NameTokens}). */
    public static Result compare(String a, List<NameTokens.Token> tokensA, String b, List<NameTokens.Token> tokensB) {
        String na = normalise(a);
        String nb = normalise(b);
        if (!na.isEmpty() && na.equals(nb)) {
            return new Result(1.0, Kind.SAME_NAME, false, false);
        }
        boolean swap = na.compareTo(nb) > 0;
        List<NameTokens.Token> first = content(swap ? tokensB : tokensA);
        List<NameTokens.Token> second = content(swap ? tokensA : tokensB);
        if (first.isEmpty() || second.isEmpty()) {
            return Result.NOTHING;
        }
        if (primaries(first).equals(primaries(second))) {
            return new Result(1.0, Kind.SAME_TRANSLITERATION, false, false);
        }
        boolean firstIsShort = first.size() <= second.size();
        List<NameTokens.Token> shorter = firstIsShort ? first : second;
        List<NameTokens.Token> longer = firstIsShort ? second : first;

        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < shorter.size(); i++) {
            for (int j = 0; j < longer.size(); j++) {
                Pair p = pair(i, shorter.get(i), j, longer.get(j));
                if (p != null) {
                    candidates.add(p);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(Pair::shortIndex).thenComparingInt(Pair::longIndex));
        boolean[] usedShort = new boolean[shorter.size()];
        boolean[] usedLong = new boolean[longer.size()];
        List<Pair> chosen = new ArrayList<>();
        for (Pair p : candidates) {
            if (!usedShort[p.shortIndex()] && !usedLong[p.longIndex()]) {
                usedShort[p.shortIndex()] = true;
                usedLong[p.longIndex()] = true;
                chosen.add(p);
            }
        }
        if (chosen.isEmpty()) {
            return Result.NOTHING;
        }
        double sum = 0;
        for (Pair p : chosen) {
            sum += p.score();
        }
        int extra = longer.size() - shorter.size();
        double similarity = sum / shorter.size() - EXTRA_WORD_COST * extra;
        chosen.sort(Comparator.comparingInt(Pair::shortIndex));
        boolean reordered = false;
        for (int k = 1; k < chosen.size(); k++) {
            if (chosen.get(k).longIndex() < chosen.get(k - 1).longIndex()) {
                reordered = true;
                break;
            }
        }
        if (reordered) {
            similarity *= REORDER_FACTOR;
        }
        if (shorter.size() == 1 && longer.size() > 1) {
            similarity = Math.min(similarity, SINGLE_WORD_CAP);
        }
        similarity = Math.max(0.0, Math.min(1.0, similarity));

        Kind kind;
        if (chosen.size() < shorter.size()) {
            kind = Kind.NONE;
        } else if (chosen.stream().allMatch(p -> p.kind() == PairKind.EXACT)) {
            kind = Kind.SAME_TRANSLITERATION;
        } else if (chosen.stream().noneMatch(p -> p.kind() == PairKind.SPELLING)) {
            kind = Kind.PHONETIC;
        } else {
            kind = Kind.SPELLING;
        }
        return new Result(similarity, kind, reordered, extra > 0);
    }

    private static Pair pair(int i, NameTokens.Token s, int j, NameTokens.Token l) {
        if (s.initial() || l.initial()) {
            if (s.initial() && l.initial()) {
                return s.primary().equals(l.primary()) ? new Pair(i, j, 1.0, PairKind.EXACT) : null;
            }
            String letter = s.initial() ? s.primary() : l.primary();
            String word = s.initial() ? l.primary() : s.primary();
            return word.startsWith(letter) ? new Pair(i, j, INITIAL_PAIR, PairKind.SPELLING) : null;
        }
        double best = 0;
        for (String f : s.forms()) {
            for (String g : l.forms()) {
                if (f.equals(g)) {
                    return new Pair(i, j, 1.0, PairKind.EXACT);
                }
                best = Math.max(best, JaroWinkler.similarity(vowelsEvened(f), vowelsEvened(g)));
            }
        }
        boolean consonantal = consonantal(s) || consonantal(l);
        for (String k : s.skeletons()) {
            if (l.skeletons().contains(k)
                    && (consonantal || best >= (k.length() >= 3 ? PHONETIC_GATE : SHORT_SKELETON_GATE))) {
                return new Pair(i, j, Math.max(PHONETIC_PAIR, best), PairKind.PHONETIC);
            }
        }
        if (best >= PAIR_FLOOR && consonantsAlike(s, l)) {
            return new Pair(i, j, best, PairKind.SPELLING);
        }
        return null;
    }

    /**
     * Whether the skeletons differ by at most one consonant (one substituted, added, dropped, or two
     * swapped): Olga and Olha do, Aleksandr and Aleksei, alike at the start, do not.
     */
    private static boolean consonantsAlike(NameTokens.Token s, NameTokens.Token l) {
        if (s.skeletons().isEmpty() || l.skeletons().isEmpty()) {
            return true;
        }
        for (String a : s.skeletons()) {
            for (String b : l.skeletons()) {
                if (editDistance(a, b) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * A word with the differences transliterations make in vowels evened out: doubled letters
     * single, ou and oo as u, ee as i, o as u, e as i, kh as h, x as ks, ph as f (Mohamed and
     * Muhammad both become muhamid/muhamad). Jaro-Winkler on these separates variants of one name
     * (Mohamed, Muhammad) from different names with the same consonants (Mahmoud).
     */
    static String vowelsEvened(String word) {
        String s = collapse(word).replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("kh", "h")
                .replace("x", "ks").replace("ph", "f").replace('e', 'i').replace('o', 'u');
        return collapse(s);
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A word known only by its consonants: Arabic letters with no vowel marks and no table entry. */
    private static boolean consonantal(NameTokens.Token t) {
        for (String f : t.forms()) {
            for (int k = 0; k < f.length(); k++) {
                if ("aeiou".indexOf(f.charAt(k)) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<NameTokens.Token> content(List<NameTokens.Token> tokens) {
        List<NameTokens.Token> out = new ArrayList<>(tokens.size());
        for (NameTokens.Token t : tokens) {
            if (!t.particle()) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> primaries(List<NameTokens.Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (NameTokens.Token t : tokens) {
            out.add(t.primary());
        }
        return out;
    }

    /** As written, for the "same name" test: NFC, lower case, single spaces. */
    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
