package org.amparo.standards.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into words with ICU's word break rules (dictionary-based for Lao, Thai, Khmer and
 * Burmese, which are written without spaces) and reduces each word to the form the index compares:
 * lower case, Latin accents removed, Arabic diacritics and tatweel removed, alef forms, taa marbuta
 * and alef maqsura unified. Lao vowel and tone marks are kept: they are letters, not accents.
 * Thread-safe: a break iterator is made per call.
 */
final class Words {
    /** A word of a text: its normal form and where it stands (UTF-16 offsets, end exclusive). */
    record Word(String term, int start, int end) {
    }

    private Words() {
    }

    static List<Word> split(String text, String language) {
        List<Word> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        BreakIterator iterator = BreakIterator.getWordInstance(language == null ? ULocale.ROOT : new ULocale(language));
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() == BreakIterator.WORD_NONE && !hasLetterOrDigit(text, start, end)) {
                continue;
            }
            String original = text.substring(start, end);
            String term = normalise(original);
            if (term.isEmpty()) {
                continue;
            }
            int apostrophe = Math.max(original.lastIndexOf('\''), original.lastIndexOf('\u2019'));
            if (apostrophe > 0 && apostrophe < original.length() - 1) {
                // French elision (l'enfant) and English possessives (child's): each part is a word too
                words.add(new Word(normalise(original.substring(0, apostrophe)), start, start + apostrophe));
                words.add(new Word(normalise(original.substring(apostrophe + 1)), start + apostrophe + 1, end));
            } else {
                words.add(new Word(term, start, end));
            }
        }
        return words;
    }

    /** The form a word is compared in. */
    static String normalise(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                // combining accents (INHERITED: French é = e + U+0301) and Arabic harakat, shadda,
                // sukun and hamza marks go; marks of other scripts (Lao vowels and tones) stay
                if (script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.ARABIC) {
                    return;
                }
            }
            switch (c) {
                case 0x0640 -> { } // tatweel
                case 0x0671, 0x0672, 0x0673 -> out.append('\u0627'); // alef wasla and other alef forms
                case 0x0629 -> out.append('\u0647'); // taa marbuta -> haa
                case 0x0649 -> out.append('\u064A'); // alef maqsura -> yaa
                case 0x06CC -> out.append('\u064A'); // Farsi yeh -> yaa
                case 0x2019, 0x02BC -> out.append('\''); // typographic apostrophes
                default -> out.appendCodePoint(UCharacter.foldCase(c, true));
            }
        });
        String result = out.toString();
        return Normalizer.normalize(result, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The sentences of {@code text} as [start, end) offsets. */
    static List<int[]> sentences(String text, String language) {
        List<int[]> sentences = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(language == null ? ULocale.ROOT : new ULocale(language));
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            sentences.add(new int[] {start, end});
        }
        return sentences;
    }
}
