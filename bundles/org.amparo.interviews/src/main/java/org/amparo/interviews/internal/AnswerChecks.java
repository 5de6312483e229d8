package org.amparo.interviews.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.amparo.common.FieldError;
import org.amparo.screening.Answer;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Question;

/** Whether answers fit their questions. Pure functions. */
final class AnswerChecks {
    static final int MAX_TEXT = 2000;
    static final int MAX_STORED = 8000;
    static final String SEPARATOR = "\u001f";

    private AnswerChecks() {
    }

    /** Every question of the set, core instruments first, then country additions. */
    static Stream<Question> questions(InstrumentSet set) {
        return Stream.concat(set.instruments().stream().flatMap(i -> i.questions()),
                set.additions().stream().flatMap(a -> a.questions().stream()));
    }

    static Optional<Question> question(InstrumentSet set, String id) {
        return questions(set).filter(q -> q.id().equals(id)).findFirst();
    }

    /** Every problem, one per wrong answer, on field {@code answers.<question id>}. */
    static List<FieldError> problems(InstrumentSet set, Map<String, Answer> answers, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            String field = "answers." + entry.getKey();
            Optional<Question> question = question(set, entry.getKey());
            Answer answer = entry.getValue();
            if (question.isEmpty()) {
                errors.add(new FieldError(field, "interviews.answer.unknownQuestion"));
            } else if (answer == null) {
                errors.add(new FieldError(field, "interviews.answer.required"));
            } else if (answer.given()) {
                problem(question.get(), answer.values(), today).ifPresent(key -> errors.add(new FieldError(field, key)));
                if (String.join(SEPARATOR, answer.values()).length() > MAX_STORED) {
                    errors.add(new FieldError(field, "interviews.answer.tooLong"));
                }
            }
        }
        return errors;
    }

    private static Optional<String> problem(Question question, List<String> values, LocalDate today) {
        switch (question.answerType()) {
            case YES_NO -> {
                return values.size() == 1 && (values.get(0).equals("yes") || values.get(0).equals("no")) ? Optional.empty()
                        : Optional.of("interviews.answer.yesNo");
            }
            case SINGLE_CHOICE -> {
                return values.size() == 1 && question.option(values.get(0)).isPresent() ? Optional.empty()
                        : Optional.of("interviews.answer.oneOption");
            }
            case MULTIPLE_CHOICE -> {
                boolean known = values.stream().allMatch(v -> question.option(v).isPresent());
                return known && new HashSet<>(values).size() == values.size() ? Optional.empty()
                        : Optional.of("interviews.answer.options");
            }
            case NUMBER -> {
                if (values.size() != 1 || values.get(0).length() > 30) {
                    return Optional.of("interviews.answer.number");
                }
                try {
                    new BigDecimal(values.get(0));
                    return Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.of("interviews.answer.number");
                }
            }
            case DATE -> {
                if (values.size() != 1) {
                    return Optional.of("interviews.answer.date");
                }
                try {
                    return LocalDate.parse(values.get(0)).isAfter(today) ? Optional.of("interviews.answer.dateInFuture")
                            : Optional.empty();
                } catch (DateTimeParseException e) {
                    return Optional.of("interviews.answer.date");
                }
            }
            case TEXT -> {
                if (values.size() != 1 || values.get(0).isBlank()) {
                    return Optional.of("interviews.answer.text");
                }
                return values.get(0).length() > MAX_TEXT ? Optional.of("interviews.answer.tooLong") : Optional.empty();
            }
            default -> {
                return Optional.of("interviews.answer.unknownQuestion");
            }
        }
    }
}
