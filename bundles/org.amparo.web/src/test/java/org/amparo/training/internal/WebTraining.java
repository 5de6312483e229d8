package org.amparo.training.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.amparo.cases.internal.Fixture;
import org.amparo.security.internal.SecurityStore;
import org.amparo.security.internal.UserServiceImpl;
import org.amparo.datafile.Source;

/**
 * For the web bundle's page tests: the real training service and guard over a case {@link Fixture}
 * (in-memory Derby), with the training bundle's module content from its source folder.
 */
public final class WebTraining {
    private static final Path CONTENT = Path.of("../org.amparo.training/src/main/resources");
    public final TrainingServiceImpl training;
    public final TrainingGuard guard;

    public WebTraining(Fixture f) {
        TrainingStore store;
        try {
            store = new TrainingStore(f.database, f.audit, Source.of(CONTENT), f.clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        training = new TrainingServiceImpl(store, new UserServiceImpl(new SecurityStore(f.database), f.audit));
        guard = new TrainingGuard(store);
    }

    /** Waits for the guard's refusal audit, written on its own thread. */
    public void awaitAudit() throws Exception {
        guard.awaitAudit();
    }
}
