package org.amparo.training.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.amparo.audit.AuditEvent;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds back a guarded action until the actor has completed every module required of any of their
 * roles for it. Registered only while training is on, so switching training off lifts every
 * requirement at once (they stay stored and apply again when it is switched back on).
 *
 * <p>The case services call guards inside their own transaction and roll it back on a refusal, so
 * an audit entry written in that transaction would be lost. The refusal is therefore audited in a
 * transaction of its own, on a single audit thread; the guard waits a moment for it and otherwise
 * lets it finish in the background (it may be waiting for locks that the refused action holds).
 */
@Component(service = ActionGuard.class)
@SatisfyingConditionTarget("(osgi.condition.id=amparo.module.training)")
public final class TrainingGuard implements ActionGuard {
    static final String AUDIT_ACTION = "training.guard";
    private static final Logger LOG = LoggerFactory.getLogger(TrainingGuard.class);
    private static final long WAIT_MILLIS = 2000;

    private final TrainingStore store;
    private final ExecutorService auditThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "amparo-training-guard-audit");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public TrainingGuard(@Reference TrainingStore store) {
        this.store = store;
    }

    @Deactivate
    void deactivate() {
        auditThread.shutdown();
    }

    @Override
    public void check(Actor actor, String action) {
        List<String> missing = store.database.inTransaction(tx -> store.missing(tx, actor, action));
        if (missing.isEmpty()) {
            return;
        }
        String moduleId = missing.get(0);
        audit(AuditEvent.denied(actor.username(), AUDIT_ACTION, "action:" + action,
                "training.error.moduleRequired module=" + moduleId));
        throw new AccessDeniedException("training.error.moduleRequired", moduleId);
    }

    private void audit(AuditEvent event) {
        Future<?> written;
        try {
            written = auditThread.submit(() -> store.audit.record(event));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("Training guard stopped; refusal of {} not audited", event.target());
            return;
        }
        try {
            written.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.debug("Refusal audit of {} still waiting; it completes in the background", event.target());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.error("Could not audit a training refusal of {}", event.target(), e.getCause());
        }
    }

    /** Waits until every refusal submitted so far is audited: for tests. */
    void awaitAudit() throws Exception {
        auditThread.submit(() -> { }).get(30, TimeUnit.SECONDS);
    }
}
