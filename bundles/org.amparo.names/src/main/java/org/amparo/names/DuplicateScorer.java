package org.amparo.names;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.amparo.names.internal.NameComparison;
import org.amparo.names.internal.NameTokens;

/**
 * Scores how likely two registrations are the same person, and says why.
 *
 * <p><b>Names.</b> Every name of one person is compared with every name of the other, in any
 * scripts; the best pair counts. Two names are compared word by word after transliteration: a word
 * corresponds to a word with the same Latin spelling (1), the same consonant skeleton (at least
 * 0.9), or a Jaro-Winkler similarity of at least 0.8 (that similarity); word order may differ (cost
 * 5%) and the longer name may have words the shorter lacks (cost 0.05 each). A one-word name against
 * a longer one counts at most 0.7.
 *
 * <p><b>Date of birth and nationality</b> adjust the name similarity <em>s</em>:
 * score = s &times; (1 + date adjustment + nationality adjustment) / 1.13, kept within [0, 1], so
 * that only the same name with the same exact date and nationality reaches 1. They can confirm or
 * weaken a name match but never make one out of different names.
 * <table>
 * <caption>Adjustments</caption>
 * <tr><th>evidence</th><th>adjustment</th></tr>
 * <tr><td>same exact date</td><td>+0.10</td></tr>
 * <tr><td>same date, one or both estimated</td><td>+0.07</td></tr>
 * <tr><td>exact dates a typing error apart (day and month swapped, only the day or the month
 * differs, the year differs by one, or within 31 days)</td><td>+0.03 (close)</td></tr>
 * <tr><td>estimated dates within a year</td><td>+0.05 (close)</td></tr>
 * <tr><td>estimated dates 1 to 3 years apart</td><td>0, no reason</td></tr>
 * <tr><td>dates up to 3 years (exact) or 10 years (estimated) apart</td><td>-0.15 (different)</td></tr>
 * <tr><td>dates further apart</td><td>-0.35 (different)</td></tr>
 * <tr><td>same nationality</td><td>+0.03</td></tr>
 * <tr><td>different nationality</td><td>-0.10</td></tr>
 * <tr><td>either unknown</td><td>0</td></tr>
 * </table>
 * The same name with no date and no nationality scores 0.88 and is a possible duplicate; the same
 * name with exact dates of birth 30 years apart scores 0.58 and is not.
 *
 * <p>The score is symmetric: {@code score(a, b)} and {@code score(b, a)} are equal, and their
 * reasons are the same with left and right exchanged.
 *
 * <p>Thread-safe; no state. Compares in memory: find the candidates with {@link NameKeys} first.
 *
 * @since 1.0
 */
public final class DuplicateScorer {

    /** The score from which a candidate is shown as a possible duplicate. */
    public static final double POSSIBLE_DUPLICATE = 0.8;

    private static final double SAME_DATE = 0.10;
    private static final double SAME_ESTIMATED_DATE = 0.07;
    private static final double TYPO_DATE = 0.03;
    private static final double CLOSE_ESTIMATED_DATE = 0.05;
    private static final double DIFFERENT_DATE = -0.15;
    private static final double FAR_DATE = -0.35;
    private static final double SAME_NATIONALITY = 0.03;
    private static final double DIFFERENT_NATIONALITY = -0.10;
    /** The factor of the strongest confirmation, which maps to a score of 1. */
    private static final double BEST_EVIDENCE = 1.0 + SAME_DATE + SAME_NATIONALITY;

    private DuplicateScorer() {
    }

    /**
     * Compares two persons.
     *
     * @param a the first person (the new registration, say)
     * @param b the second person (a candidate); the reasons' {@code left} values come from
     *          {@code a}, the {@code right} ones from {@code b}
     * @return the score and its reasons
     */
    public static Match score(PersonDescriptor a, PersonDescriptor b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (canonical(a).compareTo(canonical(b)) > 0) {
            Match m = scoreOrdered(b, a);
            List<Reason> mirrored = new ArrayList<>(m.reasons().size());
            for (Reason r : m.reasons()) {
                mirrored.add(r.mirrored());
            }
            return new Match(m.score(), mirrored);
        }
        return scoreOrdered(a, b);
    }

    /**
     * How alike two names are, 0 to 1, by the name rules above: for ranking the results of a name
     * search.
     *
     * @param a a name in any script
     * @param b a name in any script
     * @return the similarity; symmetric
     */
    public static double nameSimilarity(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return NameComparison.compare(a, NameTokens.of(a, null), b, NameTokens.of(b, null)).similarity();
    }

    private static Match scoreOrdered(PersonDescriptor a, PersonDescriptor b) {
        List<List<NameTokens.Token>> tokensA = tokens(a.names());
        List<List<NameTokens.Token>> tokensB = tokens(b.names());
        NameComparison.Result best = null;
        int bestI = -1;
        int bestJ = -1;
        for (int i = 0; i < tokensA.size(); i++) {
            for (int j = 0; j < tokensB.size(); j++) {
                NameComparison.Result r = NameComparison.compare(a.names().get(i), tokensA.get(i), b.names().get(j),
                        tokensB.get(j));
                if (best == null || r.similarity() > best.similarity()) {
                    best = r;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        List<Reason> reasons = new ArrayList<>();
        double similarity = 0.0;
        if (best != null) {
            similarity = best.similarity();
            String left = a.names().get(bestI);
            String right = b.names().get(bestJ);
            ReasonCode code = switch (best.kind()) {
                case SAME_NAME -> ReasonCode.SAME_NAME;
                case SAME_TRANSLITERATION -> ReasonCode.SAME_TRANSLITERATION;
                case PHONETIC -> ReasonCode.PHONETIC_NAME;
                case SPELLING -> ReasonCode.SIMILAR_SPELLING;
                case NONE -> null;
            };
            if (code != null) {
                reasons.add(new Reason(code, left, right));
                if (best.reordered()) {
                    reasons.add(new Reason(ReasonCode.WORD_ORDER, left, right));
                }
                if (best.missingParts()) {
                    reasons.add(new Reason(ReasonCode.MISSING_NAME_PART, left, right));
                }
            }
        }
        double adjustment = birthDate(a, b, reasons) + nationality(a, b, reasons);
        double score = Math.max(0.0, Math.min(1.0, similarity * (1.0 + adjustment) / BEST_EVIDENCE));
        score = Math.round(score * 1e6) / 1e6; // 1.13 / 1.13 is 1, not 0.9999999999999998
        reasons.sort(Comparator.comparing((Reason r) -> !r.code().supporting()));
        return new Match(score, reasons);
    }

    private static double birthDate(PersonDescriptor a, PersonDescriptor b, List<Reason> reasons) {
        LocalDate da = a.dateOfBirth();
        LocalDate db = b.dateOfBirth();
        if (da == null || db == null) {
            return 0.0;
        }
        boolean estimated = a.dateOfBirthEstimated() || b.dateOfBirthEstimated();
        String left = da.toString();
        String right = db.toString();
        if (da.equals(db)) {
            reasons.add(new Reason(ReasonCode.SAME_BIRTH_DATE, left, right));
            return estimated ? SAME_ESTIMATED_DATE : SAME_DATE;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(da, db));
        if (!estimated && typingError(da, db, days)) {
            reasons.add(new Reason(ReasonCode.CLOSE_BIRTH_DATE, left, right));
            return TYPO_DATE;
        }
        if (estimated && days <= 366) {
            reasons.add(new Reason(ReasonCode.CLOSE_BIRTH_DATE, left, right));
            return CLOSE_ESTIMATED_DATE;
        }
        if (estimated && days <= 3 * 366) {
            return 0.0;
        }
        reasons.add(new Reason(ReasonCode.DIFFERENT_BIRTH_DATE, left, right));
        long limit = estimated ? 10 * 366 : 3 * 366;
        return days <= limit ? DIFFERENT_DATE : FAR_DATE;
    }

    private static boolean typingError(LocalDate a, LocalDate b, long days) {
        if (days <= 31) {
            return true;
        }
        boolean sameYear = a.getYear() == b.getYear();
        boolean sameMonth = a.getMonthValue() == b.getMonthValue();
        boolean sameDay = a.getDayOfMonth() == b.getDayOfMonth();
        boolean swapped = sameYear && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth();
        boolean yearOffByOne = Math.abs(a.getYear() - b.getYear()) == 1 && sameMonth && sameDay;
        return swapped || yearOffByOne || (sameYear && (sameMonth || sameDay));
    }

    private static double nationality(PersonDescriptor a, PersonDescriptor b, List<Reason> reasons) {
        if (a.nationality() == null || b.nationality() == null) {
            return 0.0;
        }
        if (a.nationality().equals(b.nationality())) {
            reasons.add(new Reason(ReasonCode.SAME_NATIONALITY, a.nationality(), b.nationality()));
            return SAME_NATIONALITY;
        }
        reasons.add(new Reason(ReasonCode.DIFFERENT_NATIONALITY, a.nationality(), b.nationality()));
        return DIFFERENT_NATIONALITY;
    }

    private static List<List<NameTokens.Token>> tokens(List<String> names) {
        List<List<NameTokens.Token>> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(NameTokens.of(n, null));
        }
        return out;
    }

    /** A total order on descriptors, so that the pair is always scored in the same order. */
    private static String canonical(PersonDescriptor p) {
        return String.join("\u0000", p.names()) + "\u0001" + p.dateOfBirth() + "\u0001" + p.dateOfBirthEstimated()
                + "\u0001" + p.nationality();
    }
}
