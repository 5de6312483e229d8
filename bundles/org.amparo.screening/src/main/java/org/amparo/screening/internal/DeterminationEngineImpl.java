package org.amparo.screening.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import org.amparo.screening.Answers;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.DeterminationEngine;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.PreparedScreening;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The determination engine: compiles a set once ({@link CompiledScreening}) and keeps the compiled
 * form of the last few sets it saw, by identity (a set is immutable, and hashing one deeply on
 * every call would cost more than the determination).
 */
@Component(service = DeterminationEngine.class)
public final class DeterminationEngineImpl implements DeterminationEngine {
    private static final int CACHE_SIZE = 16;

    private final Map<InstrumentSet, PreparedScreening> cache = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile PreparedScreening last;

    @Activate
    public DeterminationEngineImpl() {
        // no dependencies: the engine is pure
    }

    @Override
    public PreparedScreening prepare(InstrumentSet set) {
        return new CompiledScreening(set);
    }

    @Override
    public Determination determine(InstrumentSet set, Answers answers, DeterminationContext context) {
        PreparedScreening prepared = last;
        if (prepared == null || prepared.set() != set) {
            prepared = cache.get(set);
            if (prepared == null) {
                prepared = prepare(set);
                synchronized (cache) {
                    if (cache.size() >= CACHE_SIZE) {
                        cache.clear();
                    }
                    cache.put(set, prepared);
                }
            }
            last = prepared;
        }
        return prepared.determine(answers, context);
    }
}
