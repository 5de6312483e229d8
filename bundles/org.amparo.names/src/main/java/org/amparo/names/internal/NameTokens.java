package org.amparo.names.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name as the matcher sees it: a list of tokens, one per Latin word, each with its folded
 * spellings (lower-case ASCII; the suggested reading first, then the other readings of the same
 * source word) and their consonant skeletons.
 *
 * <p>Folding splits at hyphens and spaces, drops apostrophes, and separates the Arabic "Abd"
 * compounds the way they are often written joined (Abdelkader, Abdurrahman to abd + kader, abd +
 * rahman), so that they meet the two-word spellings. Particles (al, el, da, dos, ibn ...) are kept
 * but flagged: they take no key and a missing particle costs nothing.
 */
public final class NameTokens {

    /** One word: its folded spellings (never empty, suggested first) and their skeletons (may be empty). */
    public record Token(List<String> forms, List<String> skeletons, boolean particle) {
        public Token {
            forms = List.copyOf(forms);
            skeletons = List.copyOf(skeletons);
        }

        public String primary() {
            return forms.get(0);
        }

        /** A single letter, usually an initial. */
        public boolean initial() {
            return primary().length() == 1;
        }
    }

    /** Words that link or qualify rather than name: articles, "of", "son/daughter of". */
    static final Set<String> PARTICLES = Set.of("al", "el", "ul", "da", "das", "de", "del", "der", "dos", "e", "y",
            "van", "von", "ibn", "bint", "ould");

    /** "Abd al-" written as one word with nothing after it: Abdel Kader, Abdul Rahman. */
    private static final Set<String> ABD_PREFIXES = Set.of("abdel", "abdul", "abdal", "abdoul", "abdol", "abdil");

    private static final String BREAK = String.valueOf(Romanizer.BREAK);

    private NameTokens() {
    }

    public static List<Token> of(String name, String languageHint) {
        return of(Romanizer.words(name, languageHint));
    }

    public static List<Token> of(List<Romanizer.Word> words) {
        List<Token> out = new ArrayList<>();
        for (Romanizer.Word w : words) {
            List<List<String>> readings = new ArrayList<>(w.readings().size());
            for (String r : w.readings()) {
                readings.add(fold(r));
            }
            List<String> primary = readings.get(0);
            for (int i = 0; i < primary.size(); i++) {
                List<String> forms = new ArrayList<>(readings.size());
                List<String> skeletons = new ArrayList<>(readings.size());
                for (List<String> r : readings) {
                    if (r.size() != primary.size()) {
                        continue;
                    }
                    String raw = r.get(i);
                    String form = raw.replace(BREAK, "");
                    if (!forms.contains(form)) {
                        forms.add(form);
                    }
                    String s = PhoneticSkeleton.of(raw);
                    if (!s.isEmpty() && !skeletons.contains(s)) {
                        skeletons.add(s);
                    }
                }
                out.add(new Token(forms, skeletons, PARTICLES.contains(forms.get(0))));
            }
        }
        return out;
    }

    /**
     * Lower-case ASCII words of one Latin reading, with Abd compounds split. A word may keep
     * {@link Romanizer#BREAK} marks, which only the skeleton reads.
     */
    static List<String> fold(String latin) {
        List<String> words = new ArrayList<>(2);
        for (String part : latin.toLowerCase(Locale.ROOT).replace("'", "").split("[^a-z" + BREAK + "]+")) {
            String word = part.replace(BREAK, "");
            if (word.isEmpty()) {
                continue;
            }
            if (part.length() > 4 && part.startsWith("abd")) {
                words.addAll(splitAbd(part));
            } else {
                words.add(part);
            }
        }
        return words;
    }

    private static List<String> splitAbd(String part) {
        String rest = part.substring(3);
        int k = 0;
        while (k < rest.length() && "aeiou".indexOf(rest.charAt(k)) >= 0) {
            k++;
        }
        rest = rest.substring(k);
        if (rest.startsWith("l")) {
            String without = rest.substring(1);
            if (without.isEmpty() || !PhoneticSkeleton.of(without).isEmpty()) {
                rest = without;
            }
        }
        if (rest.length() > 1 && rest.charAt(0) == rest.charAt(1)) {
            rest = rest.substring(1);
        }
        if (rest.length() < 2) {
            return ABD_PREFIXES.contains(part) ? List.of("abd") : List.of(part);
        }
        return List.of("abd", rest);
    }
}
