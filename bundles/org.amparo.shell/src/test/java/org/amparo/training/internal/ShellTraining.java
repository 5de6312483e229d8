package org.amparo.training.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.amparo.audit.AuditLog;
import org.amparo.persistence.Database;
import org.amparo.security.UserService;
import org.amparo.datafile.Source;

/**
 * For the console command tests: the real training service over the given database, audit log and
 * users, with the training bundle's module content from its source folder.
 */
public final class ShellTraining {
    private static final Path CONTENT = Path.of("../org.amparo.training/src/main/resources");

    private ShellTraining() {
    }

    public static TrainingServiceImpl training(Database database, AuditLog audit, UserService users) {
        try {
            return new TrainingServiceImpl(new TrainingStore(database, audit, Source.of(CONTENT), Clock.systemUTC()), users);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
