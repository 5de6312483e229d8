package org.amparo.cases.internal;

import java.util.Collection;

import org.amparo.persistence.Transaction;

/**
 * Keeps {@code cases.case_name_key} (migration V006), the table the name search reads, in step with
 * {@code case_file} and {@code name_key}: every change of a case's person, organisation, creator or
 * assignee, and every change of a person's name keys, calls one of these in the same transaction.
 * The rows are derived: deleting and deriving them again is always right.
 */
final class CaseNameKeys {
    private static final String DERIVE = """
            INSERT INTO cases.case_name_key (case_id, name_key, person_id, organisation_id, created_by, assigned_to)
            SELECT c.id, k.name_key, c.person_id, c.organisation_id, c.created_by, c.assigned_to
            FROM cases.case_file c JOIN cases.name_key k ON k.person_id = c.person_id
            WHERE k.name_key NOT LIKE 'n:%' AND k.name_key NOT LIKE 'd:%' AND\s""";

    private CaseNameKeys() {
    }

    /** Derives the rows of one case again (opened, assigned). */
    static void ofCase(Transaction tx, long caseId) {
        tx.update("DELETE FROM cases.case_name_key WHERE case_id = ?", caseId);
        tx.update(DERIVE + "c.id = ?", caseId);
    }

    /** Derives the rows of these persons' cases again (names changed, re-keyed, cases moved by a merge or its undoing). */
    static void ofPersons(Transaction tx, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Object[] ids = personIds.toArray();
        String in = " IN (" + CasesStore.placeholders(ids.length) + ")";
        tx.update("DELETE FROM cases.case_name_key WHERE person_id" + in, ids);
        tx.update(DERIVE + "c.person_id" + in, ids);
    }
}
