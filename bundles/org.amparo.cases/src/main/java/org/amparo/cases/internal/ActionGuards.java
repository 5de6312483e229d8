package org.amparo.cases.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;

/** The guards registered right now; checked in order, the first refusal wins. */
final class ActionGuards {
    private final List<ActionGuard> guards = new CopyOnWriteArrayList<>();

    void add(ActionGuard guard) {
        guards.add(guard);
    }

    void remove(ActionGuard guard) {
        guards.remove(guard);
    }

    void check(Actor actor, String action) {
        for (ActionGuard guard : guards) {
            guard.check(actor, action);
        }
    }
}
