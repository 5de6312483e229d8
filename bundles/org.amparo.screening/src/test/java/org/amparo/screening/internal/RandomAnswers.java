package org.amparo.screening.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Option;
import org.amparo.screening.Question;

/**
 * Random but valid answer sets for property tests: every question may be left out, unknown,
 * declined or answered with a value of its type. Seeded, so a failure can be replayed.
 */
final class RandomAnswers {
    private final List<Question> questions = new ArrayList<>();
    private final Random random;

    RandomAnswers(InstrumentSet set, long seed) {
        set.instruments().forEach(i -> i.questions().forEach(questions::add));
        set.additions().forEach(a -> questions.addAll(a.questions()));
        this.random = new Random(seed);
    }

    Answers next() {
        Map<String, Answer> answers = new HashMap<>();
        for (Question q : questions) {
            double roll = random.nextDouble();
            if (roll < 0.15) {
                continue;
            }
            if (roll < 0.25) {
                answers.put(q.id(), Answer.UNKNOWN);
                continue;
            }
            if (roll < 0.30) {
                answers.put(q.id(), Answer.DECLINED);
                continue;
            }
            answers.put(q.id(), value(q));
        }
        return new Answers(answers);
    }

    Answer value(Question q) {
        switch (q.answerType()) {
            case YES_NO:
                return random.nextBoolean() ? Answer.yes() : Answer.no();
            case SINGLE_CHOICE:
                return Answer.of(q.options().get(random.nextInt(q.options().size())).id());
            case MULTIPLE_CHOICE:
                List<String> picked = new ArrayList<>();
                for (Option o : q.options()) {
                    if (random.nextDouble() < 0.2) {
                        picked.add(o.id());
                    }
                }
                return Answer.of(picked.toArray(new String[0]));
            case NUMBER:
                return Answer.number(BigDecimal.valueOf(random.nextInt(80)));
            case DATE:
                return Answer.date(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
            default:
                return Answer.text("free text");
        }
    }

    Random random() {
        return random;
    }
}
