package org.amparo.training.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.cases.Actor;
import org.amparo.common.NotFoundException;
import org.amparo.persistence.Database;
import org.amparo.persistence.Transaction;
import org.amparo.security.Role;
import org.amparo.training.Completion;
import org.amparo.training.TrainingModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.amparo.datafile.Source;

/**
 * What the training service and the action guard share: the module content of this bundle, read
 * and checked when the module is switched on (a broken file keeps training off, with every problem
 * in the log), the {@code training} schema, and the audit record. Completions count while their
 * major version is the module's current one, so that a rewritten module is taken again.
 */
@Component(service = TrainingStore.class)
@SatisfyingConditionTarget("(osgi.condition.id=amparo.module.training)")
public final class TrainingStore {
    static final String SCHEMA = "training";
    private static final Logger LOG = LoggerFactory.getLogger(TrainingStore.class);

    final Database database;
    final AuditLog audit;
    final Clock clock;
    private final SortedMap<String, TrainingModule> modules;

    @Activate
    public TrainingStore(@Reference Database database, @Reference AuditLog audit, BundleContext context) throws IOException {
        this(database, audit, Source.of(context.getBundle()), Clock.systemUTC());
    }

    TrainingStore(Database database, AuditLog audit, Source content, Clock clock) throws IOException {
        try {
            this.modules = new ContentReader(content).read();
        } catch (InvalidContentException e) {
            LOG.error("Training content refused, training stays off:\n{}", e.getMessage());
            throw e;
        }
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        database.migrate(SCHEMA, TrainingStore.class);
        LOG.info("Training modules loaded: {}", modules.keySet());
    }

    List<TrainingModule> modules() {
        return List.copyOf(modules.values());
    }

    Optional<TrainingModule> module(String id) {
        return Optional.ofNullable(id == null ? null : modules.get(id));
    }

    TrainingModule require(String id) {
        return module(id).orElseThrow(() -> new NotFoundException("training.error.unknownModule", String.valueOf(id)));
    }

    Instant now() {
        return clock.instant();
    }

    /** The completion of {@code module} that counts now for {@code username}, if any. */
    Optional<Completion> currentCompletion(Transaction tx, String username, TrainingModule module) {
        String major = major(module.version());
        List<Completion> all = tx.query("""
                SELECT module_version, completed_at, score FROM training.completion
                WHERE username = ? AND module_id = ? ORDER BY id DESC
                """, r -> new Completion(module.id(), r.getString("module_version"), r.getInstant("completed_at"),
                r.getInt("score")), username, module.id());
        return all.stream().filter(c -> major(c.moduleVersion()).equals(major)).findFirst();
    }

    /**
     * The modules required of any of {@code actor}'s roles before {@code action} that the actor has
     * not completed, ordered by id. A required module that is no longer shipped cannot be taken and
     * so holds nobody back.
     */
    List<String> missing(Transaction tx, Actor actor, String action) {
        Set<String> required = new HashSet<>();
        for (Role role : actor.roles()) {
            required.addAll(tx.query("SELECT module_id FROM training.requirement WHERE action = ? AND role = ?",
                    r -> r.getString("module_id"), action, role));
        }
        List<String> missing = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(required)) {
            Optional<TrainingModule> module = module(id);
            if (module.isPresent() && currentCompletion(tx, actor.username(), module.get()).isEmpty()) {
                missing.add(id);
            }
        }
        return missing;
    }

    void success(Actor actor, String action, String target, String detail) {
        audit.record(AuditEvent.success(actor.username(), action, target, detail));
    }

    void denied(Actor actor, String action, String target, String reasonKey) {
        database.run(tx -> audit.record(AuditEvent.denied(actor.username(), action, target, reasonKey)));
    }

    static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
