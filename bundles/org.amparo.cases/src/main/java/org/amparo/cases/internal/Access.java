package org.amparo.cases.internal;

import org.amparo.cases.Actor;
import org.amparo.security.Role;

/**
 * The need-to-know policy for cases, as pure rules: a caseworker acts on the cases they opened or
 * are assigned, a supervisor on the cases of their organisation; an emergency grant lets a
 * caseworker or supervisor read one more case; every other role sees no case content. Assigning and
 * deciding approvals are a supervisor's.
 */
final class Access {
    /** What may be done to a case. */
    enum Operation {
        READ, UPDATE_STATUS, ADD_NOTE, ADD_TASK, ADD_ATTACHMENT, ASSIGN, REQUEST_APPROVAL, DECIDE_APPROVAL,
        RECORD_ASSESSMENT, UPDATE_PERSON
    }

    private Access() {
    }

    static boolean allowed(Actor actor, CaseRow row, Operation operation, boolean emergencyGrant) {
        boolean sameOrganisation = actor.organisationId() == row.organisationId();
        boolean supervisor = actor.has(Role.SUPERVISOR) && sameOrganisation;
        boolean ownCase = actor.has(Role.CASEWORKER) && sameOrganisation
                && (row.createdBy().equals(actor.username()) || row.assignedTo().equals(actor.username()));
        return switch (operation) {
            case READ -> supervisor || ownCase || (emergencyGrant && mayBreakGlass(actor));
            case ASSIGN, DECIDE_APPROVAL -> supervisor;
            default -> supervisor || ownCase;
        };
    }

    /** Whether the actor works on cases at all (and so may register persons, search, break the glass). */
    static boolean worksOnCases(Actor actor) {
        return actor.has(Role.CASEWORKER) || actor.has(Role.SUPERVISOR);
    }

    static boolean mayBreakGlass(Actor actor) {
        return worksOnCases(actor);
    }
}
