package org.amparo.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.junit.jupiter.api.Test;

class ActionGuardTest {
    private static final Actor WORKER = new Actor("worker", 1, java.util.Set.of(org.amparo.security.Role.CASEWORKER));

    @Test
    void everyGuardIsAskedAndTheFirstRefusalStopsTheAction() {
        List<String> asked = new ArrayList<>();
        ActionGuards guards = new ActionGuards();
        guards.add((actor, action) -> asked.add("first " + action));
        ActionGuard refusing = (actor, action) -> {
            asked.add("second " + action);
            throw new AccessDeniedException("training.error.required", "child-protection");
        };
        guards.add(refusing);
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> guards.check(WORKER, ActionGuard.BEST_INTERESTS_ASSESSMENT));
        assertEquals("training.error.required", e.messageKey());
        assertEquals(List.of("first case.best-interests-assessment", "second case.best-interests-assessment"), asked);

        guards.remove(refusing);
        guards.check(WORKER, ActionGuard.BEST_INTERESTS_ASSESSMENT);
        assertEquals(3, asked.size());
    }
}
