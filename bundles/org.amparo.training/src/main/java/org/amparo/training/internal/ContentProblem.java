package org.amparo.training.internal;

import java.util.List;

/**
 * One thing wrong with a training content file.
 *
 * @param file      e.g. {@code amparo/training/child-protection.json}
 * @param pointer   JSON pointer of the faulty value ({@code /quiz/questions/0/correct/1}); empty for the whole file
 * @param reasonKey message key of the reason in the {@code training} messages
 * @param arguments the reason's arguments
 */
record ContentProblem(String file, String pointer, String reasonKey, List<String> arguments) {
    ContentProblem {
        arguments = List.copyOf(arguments);
    }

    /** {@code file pointer: reason}, the reason in English; for the log and tests. */
    String describe(java.util.Properties english) {
        String text = english.getProperty(reasonKey, "[" + reasonKey + "]");
        for (int i = 0; i < arguments.size(); i++) {
            text = text.replace("{" + i + "}", arguments.get(i));
        }
        return file + (pointer.isEmpty() ? "" : " " + pointer) + ": " + text;
    }
}
