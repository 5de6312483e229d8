package org.amparo.catalog;

import java.util.List;

/**
 * Why an import was refused: the file, the row (the CSV line on which the record starts, or the
 * JSON line of the object), the field and a reason given as a message key with its arguments.
 *
 * @param file the file, e.g. {@code services.csv}, or the JSON source label
 * @param row the line, 0 when the problem concerns the whole file
 * @param path for JSON, where in the document (e.g. {@code contents[2].phones[0]}); empty for CSV
 * @param field the HSDS field, empty when the problem concerns the whole row or file
 * @param reason a message key of the {@code catalog} messages, e.g. {@code catalog.problem.format}
 * @param arguments the values the message names, in order
 * @since 1.0
 */
public record ImportProblem(String file, int row, String path, String field, String reason, List<String> arguments) {
    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return file + ":" + row + (path.isEmpty() ? "" : " " + path) + (field.isEmpty() ? "" : " [" + field + "]") + " " + reason + " " + arguments;
    }
}
