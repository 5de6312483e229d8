package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CasePage;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseView;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.PersonMerge;
import org.amparo.cases.Sex;
import org.amparo.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index-driven search ({@link CaseSearch}) against the single statement it replaced, kept here
 * as the reference: the same cases in the same order, page by page, for caseworkers, supervisors,
 * an actor with both roles and outsiders with emergency access, names in four scripts (whole, one
 * word, a prefix) alone and with the other filters; and with small bounds, so that every way of
 * reading (persons by name, known persons filtering the visible cases, names checked in batches)
 * is compared on the same data. All names are fictional.
 */
class CaseSearchTest {
    private static final String[] NAMES = {
        "Mohamed Diallo", "محمد ديالو", "Muhammad Haddad", "Amina Haddad", "أمينة حداد", "Fatima Zahra Benali",
        "Александр Петров", "Aleksandr Petrov", "Ольга Иванова", "Olga Ivanova", "ສົມສັກ ພົມມະຈັນ", "Somsak Phommachanh",
        "Ahmed Ali Hassan", "Yusuf Karimi", "Mariam Diallo", "Омар Хасан", "Omar Hassan", "Ibrahima Sow",
        "Aïcha Traoré", "Aicha Traore",
    };
    private final Fixture f = new Fixture(new NamesLibraryMatcher());
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor bea = f.user("bea", f.org, Role.CASEWORKER);
    private final Actor cai = f.user("cai", f.org, Role.CASEWORKER);
    private final Actor sol = f.user("sol", f.org, Role.SUPERVISOR);
    private final Actor both = f.user("duo", f.org, Role.SUPERVISOR, Role.CASEWORKER);
    private final Actor omar = f.user("omar", f.otherOrg, Role.SUPERVISOR);
    private final Actor oli = f.user("oli", f.otherOrg, Role.CASEWORKER);
    private final List<Long> caseIds = new ArrayList<>();
    private final List<CaseView> opened = new ArrayList<>();
    private final List<CaseView> every = new ArrayList<>();
    private long granted;

    @BeforeEach
    void population() {
        SplittableRandom r = new SplittableRandom(11);
        Actor[] workers = { ana, bea, cai, both, oli };
        for (int i = 0; i < 90; i++) {
            Actor worker = workers[r.nextInt(workers.length)];
            String name = NAMES[r.nextInt(NAMES.length)];
            long person = f.register(worker, new PersonDetails(List.of(new Name(name, "")), Sex.FEMALE, "",
                    LocalDate.of(1970 + r.nextInt(40), 1 + r.nextInt(12), 1), false, null, null, null, "MA", List.of("ar"),
                    List.of(), "", "", ""));
            if (r.nextInt(10) < 8) {
                Set<CaseFlag> flags = r.nextBoolean() ? EnumSet.of(CaseFlag.SMUGGLED_MIGRANT) : EnumSet.noneOf(CaseFlag.class);
                CaseView c = f.cases.open(worker, person, flags);
                caseIds.add(c.id());
                opened.add(c);
                every.add(c);
                if (r.nextInt(4) == 0 && worker.organisationId() == f.org) {
                    f.cases.assign(sol, c.id(), new String[] { "ana", "bea", "cai", "duo" }[r.nextInt(4)]);
                }
                if (r.nextInt(3) == 0) {
                    f.cases.changeStatus(worker, c.id(), CaseStatus.INTAKE);
                }
                if (r.nextInt(5) == 0) {
                    f.cases.addTask(worker, c.id(), "call back", Fixture.TODAY.minusDays(2));
                }
                if (r.nextInt(7) == 0) {
                    every.add(f.cases.open(worker, person, Set.of()));
                }
            }
        }
        // emergency access across organisations, one of them expired
        for (int i = 0; i < caseIds.size(); i += 9) {
            long id = caseIds.get(i);
            if (opened.get(i).organisationId() == f.org) {
                f.cases.breakGlass(omar, id, "arrived at night");
                f.cases.breakGlass(oli, id, "arrived at night");
            }
        }
        f.clock.advance(Duration.ofMinutes(61));
        long first = opened.stream().filter(c -> c.organisationId() == f.org).skip(1).findFirst().orElseThrow().id();
        f.cases.breakGlass(omar, first, "again");
        f.cases.breakGlass(oli, first, "again");
        granted = first;
    }

    @Test
    void findsWhatTheSingleStatementFoundPageByPage() {
        List<String> names = new ArrayList<>(List.of("", "Diallo", "diallo", "محمد", "Mohamed", "Muhammad", "Moh", "Ha",
                "Петров", "Petrov", "Olga", "Ольга", "ສົມສັກ", "Somsak", "Aicha", "Aïcha", "Hassan Omar", "zz", "a", "Traoré Aïcha"));
        List<CaseQuery> queries = new ArrayList<>();
        for (String name : names) {
            for (int limit : new int[] { 1, 3, 50 }) {
                for (int offset : new int[] { 0, 2, 7 }) {
                    queries.add(new CaseQuery(name, null, null, null, null, false, offset, limit));
                }
            }
            queries.add(new CaseQuery(name, null, CaseStatus.INTAKE, null, null, false, 0, 5));
            queries.add(new CaseQuery(name, null, null, CaseFlag.SMUGGLED_MIGRANT, null, false, 2, 4));
            queries.add(new CaseQuery(name, null, null, null, "bea", false, 0, 10));
            queries.add(new CaseQuery(name, null, null, null, null, true, 0, 10));
            queries.add(new CaseQuery(name, null, CaseStatus.IDENTIFICATION, CaseFlag.SMUGGLED_MIGRANT, "ana", true, 0, 10));
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < caseIds.size(); i += 5) {
            numbers.add(opened.get(i).number());
        }
        numbers.add("2026-999999");
        for (String number : numbers) {
            queries.add(new CaseQuery(null, number, null, null, null, false, 0, 10));
            queries.add(new CaseQuery("Diallo", number, null, null, null, false, 0, 10));
        }
        int compared = 0;
        int nonEmpty = 0;
        for (Actor actor : List.of(ana, bea, cai, sol, both, omar, oli)) {
            for (CaseQuery query : queries) {
                List<Long> expected = reference(actor, query);
                nonEmpty += expected.isEmpty() ? 0 : 1;
                for (int[] bounds : BOUNDS) {
                    assertThat(search(actor, query, bounds)).as("%s %s bounds %s", actor.username(), query,
                            Arrays.toString(bounds)).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(5_000);
        assertThat(nonEmpty).as("queries that find something").isGreaterThan(500);
    }

    @Test
    void theServiceReturnsThePageTheMoreFlagAndOnlyVisibleCases() {
        for (Actor actor : List.of(ana, sol, omar, oli)) {
            List<Long> all = new ArrayList<>();
            for (int from = 0; all.size() == from; from += CaseQuery.MAX_LIMIT) {
                all.addAll(reference(actor, CaseQuery.all(from, CaseQuery.MAX_LIMIT)));
            }
            for (int offset = 0; offset <= all.size() + 1; offset += 3) {
                CasePage page = f.cases.search(actor, CaseQuery.all(offset, 3));
                assertThat(page.items()).extracting(CaseView::id)
                        .containsExactlyElementsOf(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + 3)));
                assertThat(page.more()).isEqualTo(all.size() > offset + 3);
                page.items().forEach(v -> assertThat(f.cases.get(actor, v.id()).id()).isEqualTo(v.id()));
            }
        }
        // a supervisor of another organisation sees its own cases and, of ours, only that of its unexpired emergency access
        assertThat(f.cases.search(omar, CaseQuery.all(0, 50)).items()).extracting(CaseView::id).contains(granted)
                .allSatisfy(id -> assertThat(id == granted || every.stream().anyMatch(c -> c.id() == id
                        && c.organisationId() == f.otherOrg)).isTrue());
    }

    @Test
    void aSearchForAWholeNameAlsoFindsItInAnotherScript() {
        List<Long> latin = f.cases.search(sol, new CaseQuery("Mohamed Diallo", null, null, null, null, false, 0, 50)).items()
                .stream().map(CaseView::id).toList();
        List<Long> arabic = f.cases.search(sol, new CaseQuery("محمد ديالو", null, null, null, null, false, 0, 50)).items()
                .stream().map(CaseView::id).toList();
        assertThat(latin).isNotEmpty().containsExactlyInAnyOrderElementsOf(arabic);
    }

    @Test
    void findsTheSameAfterRenamesMergesUndoneMergesAndReassignments() {
        List<Long> personIds = f.database.inTransaction(tx -> tx.query(
                "SELECT DISTINCT c.person_id FROM cases.case_file c WHERE c.organisation_id = ? ORDER BY c.person_id",
                r -> r.getLong(1), f.org));
        assertThat(personIds).hasSizeGreaterThan(12);
        // a person with cases takes another name; two merges, one undone; cases change hands
        Person renamed = f.persons.get(both, personIds.get(0));
        f.persons.update(both, renamed.id(), new PersonDetails(List.of(new Name("Petrov Zakaria", "")), renamed.details().sex(), "",
                renamed.details().dateOfBirth(), false, null, null, null, "MA", List.of("ar"), List.of(), "", "", ""));
        f.persons.merge(both, personIds.get(1), personIds.get(2), "same person");
        PersonMerge undone = f.persons.merge(both, personIds.get(3), personIds.get(4), "same person?");
        f.persons.undoMerge(both, undone.id());
        opened.subList(0, 12).stream().filter(c -> c.organisationId() == f.org).forEach(c -> f.cases.assign(sol, c.id(), "cai"));
        assertThat(derived()).as("case_name_key kept in step").isEqualTo(deriveAgain());
        int compared = 0;
        for (Actor actor : List.of(ana, cai, sol, both, omar)) {
            for (String name : List.of("Zakaria", "Petrov", "Diallo", "Mohamed", "Ha", "Omar Hassan", "a", "ສົມສັກ")) {
                for (CaseQuery query : List.of(new CaseQuery(name, null, null, null, null, false, 0, 50),
                        new CaseQuery(name, null, null, null, "cai", false, 0, 50))) {
                    List<Long> expected = reference(actor, query);
                    for (int[] bounds : BOUNDS) {
                        assertThat(search(actor, query, bounds)).as("%s %s bounds %s", actor.username(), query,
                                Arrays.toString(bounds)).isEqualTo(expected);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
        assertThat(reference(cai, new CaseQuery("Zakaria", null, null, null, null, false, 0, 50))
                .size() + reference(sol, new CaseQuery("Zakaria", null, null, null, null, false, 0, 50)).size())
                .as("the new name is found").isPositive();
    }

    /** The rows of case_name_key. */
    private Set<String> derived() {
        return f.database.inTransaction(tx -> new HashSet<>(tx.query("SELECT case_id, name_key, person_id, organisation_id, "
                + "created_by, assigned_to FROM cases.case_name_key", CaseSearchTest::row)));
    }

    /** The rows case_name_key should have, derived from case_file and name_key. */
    private Set<String> deriveAgain() {
        return f.database.inTransaction(tx -> new HashSet<>(tx.query("SELECT c.id AS case_id, k.name_key, c.person_id, "
                + "c.organisation_id, c.created_by, c.assigned_to FROM cases.case_file c JOIN cases.name_key k ON k.person_id = c.person_id "
                + "WHERE k.name_key NOT LIKE 'n:%' AND k.name_key NOT LIKE 'd:%'", CaseSearchTest::row)));
    }

    private static String row(org.amparo.persistence.Row r) {
        return r.getLong("case_id") + "|" + r.getString("name_key") + "|" + r.getLong("person_id") + "|"
                + r.getLong("organisation_id") + "|" + r.getString("created_by") + "|" + r.getString("assigned_to");
    }

    /** Bounds of the rows read from a range of case_name_key that make the search take every way of reading with small data. */
    private static final int[][] BOUNDS = { { CaseSearch.KEYED_ROWS }, { 0 }, { 2 }, { 6 }, { 20 } };

    private List<Long> search(Actor actor, CaseQuery query, int[] bounds) {
        return f.database.inTransaction(tx -> {
            Set<String> keys = query.name().isEmpty() ? Set.of() : CaseSearch.keysOf(f.store.names, query.name());
            if (!query.name().isEmpty() && !CaseSearch.searchable(keys)) {
                return List.<Long>of();
            }
            List<Long> found = new CaseSearch(tx, actor, query, f.clock.instant(), f.store.today(), keys, bounds[0])
                    .find(query.offset() + query.limit() + 1);
            return found.subList(Math.min(found.size(), query.offset()), Math.min(found.size(), query.offset() + query.limit()));
        });
    }

    /** The statement {@code CaseServiceImpl.search} ran before issue 4's scale work: the reference. */
    private List<Long> reference(Actor actor, CaseQuery query) {
        return f.database.inTransaction(tx -> {
            StringBuilder sql = new StringBuilder("SELECT c.id FROM cases.case_file c WHERE ");
            List<Object> parameters = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            if (actor.has(Role.SUPERVISOR)) {
                parts.add("c.organisation_id = ?");
                parameters.add(actor.organisationId());
            }
            if (actor.has(Role.CASEWORKER)) {
                parts.add("(c.organisation_id = ? AND (c.created_by = ? OR c.assigned_to = ?))");
                parameters.add(actor.organisationId());
                parameters.add(actor.username());
                parameters.add(actor.username());
            }
            parts.add("c.id IN (SELECT e.case_id FROM cases.emergency_access e WHERE e.username = ? AND e.expires_at > ?)");
            parameters.add(actor.username());
            parameters.add(f.clock.instant());
            sql.append('(').append(String.join(" OR ", parts)).append(')');
            if (!query.number().isEmpty()) {
                sql.append(" AND c.case_number = ?");
                parameters.add(query.number());
            }
            if (query.status() != null) {
                sql.append(" AND c.status = ?");
                parameters.add(query.status());
            }
            if (query.flag() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM cases.case_flag f WHERE f.case_id = c.id AND f.flag = ?)");
                parameters.add(query.flag());
            }
            if (!query.assignedTo().isEmpty()) {
                sql.append(" AND c.assigned_to = ?");
                parameters.add(query.assignedTo());
            }
            if (query.overdue()) {
                sql.append(" AND EXISTS (SELECT 1 FROM cases.task t WHERE t.case_id = c.id AND t.done_at IS NULL AND t.due_on < ?)");
                parameters.add(f.store.today());
            }
            if (!query.name().isEmpty()) {
                Set<String> keys = new LinkedHashSet<>(f.store.names.keys(query.name()));
                keys.addAll(f.store.names.keys(f.store.names.toLatin(query.name())));
                keys.removeIf(String::isEmpty);
                if (keys.isEmpty()) {
                    return List.<Long>of();
                }
                sql.append(" AND c.person_id IN (SELECT k.person_id FROM cases.name_key k WHERE ");
                sql.append(keys.stream().map(k -> "k.name_key LIKE ? ESCAPE '!'").collect(Collectors.joining(" OR ")));
                sql.append(')');
                keys.forEach(k -> parameters.add(k.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
            }
            sql.append(" ORDER BY c.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
            parameters.add(query.offset());
            parameters.add(query.limit());
            return tx.query(sql.toString(), r -> r.getLong(1), parameters.toArray());
        });
    }
}
