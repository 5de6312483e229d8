package org.amparo.training.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.amparo.cases.internal.Fixture;
import org.amparo.security.internal.SecurityStore;
import org.amparo.security.internal.UserServiceImpl;
import org.amparo.datafile.Source;

/**
 * For the REST resource tests: the real training service over a case {@link Fixture} (in-memory
 * Derby, real audit log and users), with the training bundle's module content from its source folder.
 */
public final class RestTraining {
    private static final Path CONTENT = Path.of("../org.amparo.training/src/main/resources");

    private RestTraining() {
    }

    public static TrainingServiceImpl training(Fixture f) {
        try {
            TrainingStore store = new TrainingStore(f.database, f.audit, Source.of(CONTENT), f.clock);
            return new TrainingServiceImpl(store, new UserServiceImpl(new SecurityStore(f.database), f.audit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
