package org.amparo.web.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amparo.screening.AgeGroup;
import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Condition;
import org.amparo.screening.Instrument;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Question;
import org.amparo.screening.Section;

/** How an interview's questions are grouped and which are shown. Pure functions. */
final class Interviews {
    /** A heading and the questions under it. */
    record Group(String titleKey, List<Question> questions) {
    }

    private Interviews() {
    }

    /** Each instrument's sections in order, then each country addition under the title of the instrument it adds to. */
    static List<Group> groups(InstrumentSet set) {
        List<Group> groups = new ArrayList<>();
        for (Instrument instrument : set.instruments()) {
            for (Section section : instrument.sections()) {
                groups.add(new Group(section.titleKey() == null ? instrument.titleKey() : section.titleKey(), section.questions()));
            }
        }
        for (InstrumentAddition addition : set.additions()) {
            String title = set.instrument(addition.instrument()).map(Instrument::titleKey).orElse("web.screening.national");
            groups.add(new Group(title, addition.questions()));
        }
        return groups;
    }

    static List<Question> questions(InstrumentSet set) {
        List<Question> all = new ArrayList<>();
        groups(set).forEach(g -> all.addAll(g.questions()));
        return all;
    }

    static Optional<Question> question(InstrumentSet set, String id) {
        return questions(set).stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * Whether a question is asked, given the answers so far: its skip condition, where it depends
     * on answers or the age group. A condition on results (a flag, a factor, a list) is left to the
     * engine, and the question is shown.
     */
    static boolean shown(Question question, Answers answers, AgeGroup ageGroup) {
        return question.showIf() == null || holds(question.showIf(), answers, ageGroup);
    }

    static boolean holds(Condition condition, Answers answers, AgeGroup ageGroup) {
        if (condition instanceof Condition.AnswerIs is) {
            Answer answer = answers.get(is.question());
            return answer != null && answer.given() && answer.values().stream().anyMatch(is.values()::contains);
        }
        if (condition instanceof Condition.AnswerAtLeast least) {
            Answer answer = answers.get(least.question());
            if (answer == null || !answer.given() || answer.values().size() != 1) {
                return false;
            }
            try {
                return new BigDecimal(answer.values().get(0)).compareTo(least.minimum()) >= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().allMatch(c -> holds(c, answers, ageGroup));
        }
        if (condition instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(c -> holds(c, answers, ageGroup));
        }
        if (condition instanceof Condition.Count count) {
            return count.conditions().stream().filter(c -> holds(c, answers, ageGroup)).count() >= count.minimum();
        }
        if (condition instanceof Condition.AgeGroupIs is) {
            return is.ageGroup() == ageGroup;
        }
        return true;
    }
}
