package org.amparo.training.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.internal.Fixture;
import org.amparo.security.internal.SecurityStore;
import org.amparo.security.internal.UserServiceImpl;
import org.amparo.training.QuizQuestion;
import org.amparo.training.TrainingModule;
import org.amparo.datafile.Source;

/**
 * The training services over the real case services of {@link Fixture} (in-memory Derby, real
 * audit log, real users), with the module content of this bundle's own source folder.
 */
final class TrainingFixture {
    static final Path CONTENT = Path.of("src/main/resources");
    final Fixture f = new Fixture();
    final TrainingStore store;
    final TrainingServiceImpl training;
    final TrainingGuard guard;

    TrainingFixture() {
        try {
            store = new TrainingStore(f.database, f.audit, Source.of(CONTENT), f.clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        training = new TrainingServiceImpl(store, new UserServiceImpl(new SecurityStore(f.database), f.audit));
        guard = new TrainingGuard(store);
    }

    /** Answers that pass the module's quiz: every question right. */
    static Map<String, Set<String>> allRight(TrainingModule module) {
        Map<String, Set<String>> answers = new HashMap<>();
        for (QuizQuestion q : module.quiz().questions()) {
            answers.put(q.id(), q.correct());
        }
        return answers;
    }

    /** Answers that fail the module's quiz: every question left unanswered but the first, answered right. */
    static Map<String, Set<String>> mostlyWrong(TrainingModule module) {
        QuizQuestion first = module.quiz().questions().get(0);
        return Map.of(first.id(), first.correct());
    }
}
