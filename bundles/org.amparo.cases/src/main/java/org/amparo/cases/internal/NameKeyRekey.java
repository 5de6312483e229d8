package org.amparo.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.amparo.cases.Name;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes stored name keys after the key algorithm changed (decision 0010): a migration queues
 * the re-key in {@code cases.name_key_rekey}; this component works through the persons in id order
 * in the background, {@link #BATCH} a transaction, and remembers where it is, so that a stop loses at
 * most a batch. Until it is done, persons not yet re-keyed are still found by their word keys.
 */
@Component(immediate = true)
public final class NameKeyRekey {
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(NameKeyRekey.class);

    private final CasesStore store;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "amparo-name-rekey");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopped;

    @Activate
    public NameKeyRekey(@Reference CasesStore store) {
        this.store = store;
        worker.execute(this::runAll);
    }

    /** For tests: without the background worker. */
    NameKeyRekey(CasesStore store, boolean background) {
        this.store = store;
        if (background) {
            worker.execute(this::runAll);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopped = true;
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void runAll() {
        try {
            long total = 0;
            int done;
            while (!stopped && (done = step()) > 0) {
                total += done;
                if (total % 100_000 < BATCH) {
                    LOG.info("name keys recomputed for {} persons", total);
                }
            }
            if (total > 0) {
                LOG.info("name keys recomputed for {} persons: done", total);
            }
        } catch (RuntimeException e) {
            LOG.error("recomputing name keys stopped; it goes on at the next start", e);
        }
    }

    /** Re-keys the next batch of persons; the number re-keyed, 0 when nothing is queued. */
    int step() {
        return store.database.inTransaction(tx -> {
            Optional<Object[]> queued = tx.queryOne("SELECT algorithm, next_person FROM cases.name_key_rekey"
                    + " ORDER BY algorithm FETCH FIRST 1 ROWS ONLY", r -> new Object[] { r.getString("algorithm"), r.getLong("next_person") });
            if (queued.isEmpty()) {
                return 0;
            }
            String algorithm = (String) queued.get()[0];
            Map<Long, LocalDate> persons = new LinkedHashMap<>();
            tx.query("SELECT id, date_of_birth FROM cases.person WHERE id >= ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY",
                    r -> persons.put(r.getLong("id"), r.getLocalDate("date_of_birth")), queued.get()[1]);
            if (persons.isEmpty()) {
                tx.update("DELETE FROM cases.name_key_rekey WHERE algorithm = ?", algorithm);
                return 0;
            }
            Object[] ids = persons.keySet().toArray();
            Map<Long, List<Name>> names = new HashMap<>();
            tx.query("SELECT person_id, original, latin FROM cases.person_name WHERE person_id IN ("
                    + CasesStore.placeholders(ids.length) + ") ORDER BY person_id, position",
                    r -> names.computeIfAbsent(r.getLong("person_id"), id -> new ArrayList<>())
                            .add(new Name(r.getString("original"), r.getString("latin"))),
                    ids);
            List<Object[]> rows = new ArrayList<>();
            long last = 0;
            for (Map.Entry<Long, LocalDate> p : persons.entrySet()) {
                Set<String> keys = PersonServiceImpl.keysOf(store.names, names.getOrDefault(p.getKey(), List.of()), p.getValue());
                keys.forEach(k -> rows.add(new Object[] { k, p.getKey() }));
                last = p.getKey();
            }
            tx.update("DELETE FROM cases.name_key WHERE person_id IN (" + CasesStore.placeholders(ids.length) + ")", ids);
            if (!rows.isEmpty()) {
                tx.batch("INSERT INTO cases.name_key (name_key, person_id) VALUES (?, ?)", rows);
            }
            CaseNameKeys.ofPersons(tx, persons.keySet());
            tx.update("UPDATE cases.name_key_rekey SET next_person = ? WHERE algorithm = ?", last + 1, algorithm);
            return persons.size();
        });
    }
}
