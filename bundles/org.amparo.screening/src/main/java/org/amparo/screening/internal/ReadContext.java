package org.amparo.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the reading of a group of definition files shares: the problems found, the message keys
 * that exist in English, and the references to check once every file has been read.
 */
final class ReadContext {
    /** What a reference points to. */
    enum Kind {
        STANDARD, SERVICE, INDICATOR, QUESTION, FLAG, FACTOR, LIST, DIMENSION,
        /** {@code question=value}: a value an {@code is} condition expects of a question. */
        ANSWER_VALUE,
        /** A question an {@code atLeast} condition compares: must take a number. */
        NUMBER_QUESTION
    }

    /** A reference found at a place in a file, checked when all files are read. */
    record Ref(Kind kind, String value, String file, int line, String pointer) {
    }

    final Problems problems = new Problems();
    final List<Ref> refs = new ArrayList<>();
    final String keyPrefix;
    /** The keys with an English text, or {@code null} when texts were checked before (a stored pack revision). */
    final Set<String> english;
    final String englishFile;

    ReadContext(String keyPrefix, Set<String> english, String englishFile) {
        this.keyPrefix = keyPrefix;
        this.english = english;
        this.englishFile = englishFile;
    }

    void refer(Kind kind, String value, String file, int line, String pointer) {
        if (value != null) {
            refs.add(new Ref(kind, value, file, line, pointer));
        }
    }
}
