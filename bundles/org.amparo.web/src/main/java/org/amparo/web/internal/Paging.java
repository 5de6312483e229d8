package org.amparo.web.internal;

import java.util.Optional;

/** Page numbers from untrusted input: a number from 1 to the last page; anything else is page 1. */
record Paging(int page, int size, long total) {
    Paging {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        long last = lastPage(total, size);
        page = (int) Math.max(1, Math.min(page, last));
    }

    static Paging of(Optional<String> requested, int size, long total) {
        int page = 1;
        if (requested.isPresent()) {
            String text = requested.get().strip();
            if (text.matches("[0-9]{1,9}")) {
                page = Integer.parseInt(text);
            }
        }
        return new Paging(page, size, total);
    }

    static long lastPage(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    long last() {
        return lastPage(total, size);
    }

    int offset() {
        return (page - 1) * size;
    }

    /** The number of the first entry shown (1-based), 0 when there is none. */
    long firstShown() {
        return total == 0 ? 0 : offset() + 1L;
    }

    long lastShown() {
        return Math.min(total, (long) offset() + size);
    }

    boolean hasPrevious() {
        return page > 1;
    }

    boolean hasNext() {
        return page < last();
    }
}
