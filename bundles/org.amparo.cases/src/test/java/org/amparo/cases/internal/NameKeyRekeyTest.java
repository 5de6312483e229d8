package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.amparo.cases.Actor;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

/** Stored name keys recomputed after a change of the key algorithm, in batches, from where it stopped. */
class NameKeyRekeyTest {
    private final Fixture f = new Fixture(new NamesLibraryMatcher());
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);

    @Test
    void queuedPersonsGetTheKeysOfTheCurrentAlgorithmBatchByBatch() {
        List<Long> persons = new ArrayList<>();
        String[] names = { "Mohamed Diallo", "محمد ديالو", "Александр Петров", "ສົມສັກ ພົມມະຈັນ", "Amina" };
        for (int i = 0; i < NameKeyRekey.BATCH + 20; i++) {
            persons.add(f.register(ana, Fixture.adult(names[i % names.length] + (i % 3 == 0 ? " Haddad" : ""), "")));
        }
        persons.subList(0, 30).forEach(p -> f.cases.open(ana, p, Set.of()));
        Set<String> current = keys();
        Set<String> searchKeys = caseNameKeys();
        assertThat(searchKeys).hasSizeGreaterThan(30);
        // as an installation of the previous algorithm had them: word keys only, and queued by a migration
        f.database.run(tx -> {
            tx.update("DELETE FROM cases.name_key WHERE name_key LIKE 'n:%' OR name_key LIKE 'd:%'");
            tx.update("DELETE FROM cases.case_name_key WHERE MOD(case_id, 2) = 0");
            tx.update("INSERT INTO cases.name_key_rekey (algorithm, next_person) VALUES ('amparo-names-2', ?)", persons.get(0));
        });
        assertThat(keys()).isNotEqualTo(current);
        NameKeyRekey rekey = new NameKeyRekey(f.store, false);
        assertThat(rekey.step()).isEqualTo(NameKeyRekey.BATCH);
        assertThat(rekey.step()).isEqualTo(20);
        assertThat(rekey.step()).isZero();
        assertThat(rekey.step()).isZero();
        assertThat(keys()).isEqualTo(current);
        assertThat(caseNameKeys()).as("the search's keys of the cases derived again").isEqualTo(searchKeys);
        long queued = f.database.<Long>inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM cases.name_key_rekey"));
        assertThat(queued).isZero();
    }

    @Test
    void aNewInstallationHasNothingQueued() {
        f.register(ana, Fixture.adult("Mohamed Diallo", ""));
        assertThat(new NameKeyRekey(f.store, false).step()).isZero();
    }

    private Set<String> caseNameKeys() {
        List<String> rows = f.database.inTransaction(tx -> tx.query("SELECT case_id, name_key FROM cases.case_name_key",
                r -> r.getString("name_key") + "@" + r.getLong("case_id")));
        return new TreeSet<>(rows);
    }

    private Set<String> keys() {
        List<String> rows = f.database.inTransaction(tx -> tx.query("SELECT name_key, person_id FROM cases.name_key",
                r -> r.getString("name_key") + "@" + r.getLong("person_id")));
        return new TreeSet<>(rows);
    }
}
