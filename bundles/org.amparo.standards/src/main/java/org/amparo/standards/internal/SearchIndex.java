package org.amparo.standards.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.standards.Highlight;
import org.amparo.standards.LibraryFilter;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.SearchHit;
import org.amparo.standards.Section;

/**
 * The full-text index over every section of every item in every language, in memory (the library
 * is bundle data, a few hundred sections). Immutable once built; rebuilt when the items change.
 * A section matches when its heading or text in one language holds every query word; the score
 * adds, per query word, its rarity times its occurrences, a heading occurrence counting
 * {@value #HEADING_WEIGHT} times; a text in the language asked for counts a little more.
 */
final class SearchIndex {
    static final int HEADING_WEIGHT = 3;
    private static final double SAME_LANGUAGE_BOOST = 1.2;

    /** One section in one language. */
    private record Entry(LibraryItem item, Section section, String language, Map<String, Integer> heading,
            Map<String, Integer> text) {
        boolean has(String term) {
            return heading.containsKey(term) || text.containsKey(term);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    SearchIndex(List<LibraryItem> items) {
        for (LibraryItem item : items) {
            for (Section section : item.sections()) {
                Set<String> languages = new LinkedHashSet<>(section.text().keySet());
                languages.addAll(section.heading().keySet());
                for (String language : languages) {
                    Entry entry = new Entry(item, section, language, counts(section.heading().get(language), language),
                            counts(section.text().get(language), language));
                    entries.add(entry);
                    Set<String> terms = new HashSet<>(entry.heading().keySet());
                    terms.addAll(entry.text().keySet());
                    terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
                }
            }
        }
    }

    int size() {
        return entries.size();
    }

    /** Every matching section once, best first. */
    List<SearchHit> search(String query, String language, LibraryFilter filter) {
        Set<String> terms = new LinkedHashSet<>();
        for (Words.Word word : Words.split(query == null ? "" : query, language)) {
            terms.add(word.term());
        }
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Entry> best = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (Entry entry : entries) {
            if (!filter.accepts(entry.item()) || !terms.stream().allMatch(entry::has)) {
                continue;
            }
            double score = 0;
            for (String term : terms) {
                double rarity = Math.log(1 + (double) entries.size() / documentFrequency.getOrDefault(term, 1));
                score += rarity * (HEADING_WEIGHT * entry.heading().getOrDefault(term, 0) + entry.text().getOrDefault(term, 0));
            }
            if (language != null && entry.language().equals(language)) {
                score *= SAME_LANGUAGE_BOOST;
            }
            String key = entry.item().id() + "#" + entry.section().id();
            if (score > scores.getOrDefault(key, -1.0)) {
                scores.put(key, score);
                best.put(key, entry);
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        best.forEach((key, entry) -> hits.add(hit(entry, terms, scores.get(key))));
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparing(h -> h.item().id()).thenComparing(h -> h.section().id()));
        return hits;
    }

    private static SearchHit hit(Entry entry, Set<String> terms, double score) {
        String heading = entry.section().heading().getOrDefault(entry.language(), "");
        String text = entry.section().text().getOrDefault(entry.language(), "");
        if (terms.stream().allMatch(entry.heading()::containsKey) && terms.stream().noneMatch(entry.text()::containsKey)) {
            return new SearchHit(entry.item(), entry.section(), entry.language(), true, heading,
                    highlights(heading, entry.language(), terms), score);
        }
        int[] bestSentence = null;
        int bestDistinct = -1;
        int bestCount = -1;
        for (int[] sentence : Words.sentences(text, entry.language())) {
            List<Words.Word> words = Words.split(text.substring(sentence[0], sentence[1]), entry.language());
            Set<String> distinct = new HashSet<>();
            int count = 0;
            for (Words.Word word : words) {
                if (terms.contains(word.term())) {
                    distinct.add(word.term());
                    count++;
                }
            }
            if (distinct.size() > bestDistinct || distinct.size() == bestDistinct && count > bestCount) {
                bestSentence = sentence;
                bestDistinct = distinct.size();
                bestCount = count;
            }
        }
        String passage = bestSentence == null ? text : text.substring(bestSentence[0], bestSentence[1]).strip();
        return new SearchHit(entry.item(), entry.section(), entry.language(), false, passage,
                highlights(passage, entry.language(), terms), score);
    }

    private static List<Highlight> highlights(String passage, String language, Set<String> terms) {
        List<Highlight> highlights = new ArrayList<>();
        int covered = 0;
        for (Words.Word word : Words.split(passage, language)) {
            if (terms.contains(word.term()) && word.start() >= covered) {
                highlights.add(new Highlight(word.start(), word.end()));
                covered = word.end();
            }
        }
        return highlights;
    }

    private static Map<String, Integer> counts(String text, String language) {
        Map<String, Integer> counts = new HashMap<>();
        if (text != null) {
            for (Words.Word word : Words.split(text, language)) {
                counts.merge(word.term(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
