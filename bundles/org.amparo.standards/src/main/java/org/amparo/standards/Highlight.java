package org.amparo.standards;

/**
 * A matched word within a passage, as UTF-16 offsets into it (what Java's and JavaScript's string
 * indices count), so that the web can wrap {@code passage.substring(start, end)} in {@code <mark>}.
 *
 * @param start the first character, inclusive
 * @param end the last character, exclusive
 * @since 1.0
 */
public record Highlight(int start, int end) {
    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative highlight " + start + ".." + end);
        }
    }
}
