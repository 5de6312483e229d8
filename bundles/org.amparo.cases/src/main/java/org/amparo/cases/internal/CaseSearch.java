package org.amparo.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseQuery;
import org.amparo.persistence.Transaction;
import org.amparo.security.Role;

/**
 * The cases a search finds, newest first, in statements that each follow an index (V004), so that
 * the cost follows what the actor may see and how common the name is, not the size of the database:
 * <ol>
 * <li>With a name, the cases the actor sees through their role are read from {@code case_name_key}
 * (V006), one index range a key and a way of seeing (created by or assigned to the caseworker, or of
 * the supervisor's organisation), at most {@link #KEYED_ROWS} rows in all; the cases of the actor's
 * emergency access have their names checked. When a name is so common among the actor's cases that
 * the ranges hold more, it is found soon among the newest cases, read as below.</li>
 * <li>The persons whose name keys start with one of the query's keys are read from the key index,
 * at most {@link #NAME_PERSONS}. When the name is that rare, their cases are read by person
 * ({@link #PROBE_PERSONS} at most) or the visible cases are filtered by them in memory.</li>
 * <li>Otherwise the visible cases are read newest first, in growing batches, each from a covering
 * index: for a caseworker the cases created by them and those assigned to them in their
 * organisation, for a supervisor their organisation's; with the cases of the actor's emergency access
 * merged in. A batch's names are checked through the {@code (person_id, name_key)} index, its other
 * filters through the primary key; reading stops when the page and one more case are found.</li>
 * </ol>
 * What is found is what {@link Access#allowed} lets the actor read, with the filters of the query
 * (the name keys as prefixes, any of them), as the single statement this replaces found it.
 */
final class CaseSearch {
    /** Persons read at most from the key index for a name before the visible cases are read instead. */
    static final int NAME_PERSONS = 2_000;
    /** Persons whose cases are read one person at a time at most. */
    static final int PROBE_PERSONS = 300;
    /** Rows read at most from the ranges of {@code case_name_key} before the visible cases are read instead. */
    static final int KEYED_ROWS = 3_000;
    private static final int FIRST_BATCH = 100;
    private static final int MAX_BATCH = 1_000;

    private final int namePersons;
    private final int probePersons;
    private final int keyedRows;
    private final Transaction tx;
    private final Actor actor;
    private final CaseQuery query;
    private final Instant now;
    private final LocalDate today;
    private final List<String> patterns;

    /** A case and its person. */
    record Candidate(long id, long personId) {
    }

    CaseSearch(Transaction tx, Actor actor, CaseQuery query, Instant now, LocalDate today, Set<String> nameKeys) {
        this(tx, actor, query, now, today, nameKeys, NAME_PERSONS, PROBE_PERSONS, KEYED_ROWS);
    }

    /** With other bounds than {@link #NAME_PERSONS}, {@link #PROBE_PERSONS} and {@link #KEYED_ROWS} (tests reach every path with small data). */
    CaseSearch(Transaction tx, Actor actor, CaseQuery query, Instant now, LocalDate today, Set<String> nameKeys,
            int namePersons, int probePersons, int keyedRows) {
        this.namePersons = namePersons;
        this.keyedRows = keyedRows;
        this.probePersons = probePersons;
        this.tx = tx;
        this.actor = actor;
        this.query = query;
        this.now = now;
        this.today = today;
        this.patterns = nameKeys.stream().filter(k -> !k.isEmpty() && !k.startsWith(NameMatcher.WHOLE_NAME))
                .map(k -> k.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%").toList();
    }

    /** Keys of a name query as the search uses them: word keys only (a whole-name key adds nothing). */
    static boolean searchable(Set<String> keys) {
        return keys.stream().anyMatch(k -> !k.isEmpty() && !k.startsWith(NameMatcher.WHOLE_NAME));
    }

    /** The ids of the first {@code needed} cases found, newest first. */
    List<Long> find(int needed) {
        List<Candidate> emergency = tx.query("""
                SELECT DISTINCT c.id, c.person_id FROM cases.emergency_access e JOIN cases.case_file c ON c.id = e.case_id
                WHERE e.username = ? AND e.expires_at > ? ORDER BY c.id DESC
                """, r -> new Candidate(r.getLong(1), r.getLong(2)), actor.username(), now);
        Set<Long> granted = emergency.stream().map(Candidate::id).collect(Collectors.toSet());
        boolean supervisor = actor.has(Role.SUPERVISOR);
        List<Candidate> keyed = patterns.isEmpty() || !query.number().isEmpty() ? null : keyed(supervisor, emergency);
        Set<Long> persons = patterns.isEmpty() || !query.number().isEmpty() || keyed != null ? null : namedPersons();
        Source source;
        boolean checkNames = !patterns.isEmpty();
        if (keyed != null) {
            source = new ListSource(keyed);
            checkNames = false;
        } else if (!query.number().isEmpty()) {
            source = new ListSource(visible(tx.query("SELECT * FROM cases.case_file WHERE case_number = ?", CasesStore::caseRow,
                    query.number()), granted));
        } else if (persons != null && persons.size() <= probePersons) {
            source = new ListSource(byPersons(persons, granted));
            checkNames = false;
        } else {
            List<Source> sources = new ArrayList<>();
            if (supervisor && !query.assignedTo().isEmpty()) {
                sources.add(new IndexSource("assigned_to = ? AND organisation_id = ?", query.assignedTo(), actor.organisationId()));
            } else if (supervisor) {
                sources.add(new IndexSource("organisation_id = ?", actor.organisationId()));
            } else if (actor.has(Role.CASEWORKER)) {
                sources.add(new IndexSource("created_by = ? AND organisation_id = ?", actor.username(), actor.organisationId()));
                sources.add(new IndexSource("assigned_to = ? AND organisation_id = ?", actor.username(), actor.organisationId()));
            }
            sources.add(new ListSource(emergency));
            source = sources.size() == 1 ? sources.get(0) : new MergedSource(sources);
            if (persons != null) {
                source = new KnownPersons(source, persons);
                checkNames = false;
            }
        }
        boolean otherFilters = query.status() != null || query.flag() != null || !query.assignedTo().isEmpty() || query.overdue();
        List<Long> found = new ArrayList<>();
        int batch = checkNames || otherFilters || persons != null ? Math.max(FIRST_BATCH, needed * 2) : needed;
        while (found.size() < needed) {
            List<Candidate> candidates = source.next(batch);
            if (candidates.isEmpty()) {
                break;
            }
            if (checkNames) {
                candidates = withName(candidates);
            }
            if (otherFilters) {
                candidates = withFilters(candidates);
            }
            for (Candidate c : candidates) {
                if (found.size() < needed) {
                    found.add(c.id());
                }
            }
            batch = Math.min(MAX_BATCH, batch * 2);
        }
        return found;
    }

    /**
     * The cases under the name that the actor sees through their role, from the ranges of
     * {@code case_name_key}, and those of their emergency access with the name, newest first; null
     * when the ranges hold more than {@link #KEYED_ROWS} rows.
     */
    private List<Candidate> keyed(boolean supervisor, List<Candidate> emergency) {
        List<Object[]> ranges = new ArrayList<>();
        if (supervisor && !query.assignedTo().isEmpty()) {
            ranges.add(new Object[] { "CASE_NAME_ASSIGNED_IDX", "assigned_to = ?", query.assignedTo() });
        } else if (supervisor) {
            ranges.add(new Object[] { "CASE_NAME_ORG_IDX", null, null });
        } else if (actor.has(Role.CASEWORKER)) {
            ranges.add(new Object[] { "CASE_NAME_CREATED_IDX", "created_by = ?", actor.username() });
            ranges.add(new Object[] { "CASE_NAME_ASSIGNED_IDX", "assigned_to = ?", actor.username() });
        }
        Set<Long> ids = new HashSet<>();
        List<Candidate> found = new ArrayList<>();
        int read = 0;
        for (Object[] range : ranges) {
            for (String pattern : patterns) {
                int room = keyedRows - read;
                List<Object> parameters = new ArrayList<>(List.of(actor.organisationId()));
                if (range[1] != null) {
                    parameters.add(range[2]);
                }
                parameters.add(pattern);
                // the comment names the index for Derby; other databases read it as a comment
                List<Candidate> rows = tx.query("SELECT case_id, person_id FROM cases.case_name_key --DERBY-PROPERTIES index="
                        + range[0] + "\nWHERE organisation_id = ?" + (range[1] == null ? "" : " AND " + range[1])
                        + " AND name_key LIKE ? ESCAPE '!' FETCH FIRST " + (room + 1) + " ROWS ONLY",
                        r -> new Candidate(r.getLong(1), r.getLong(2)), parameters.toArray());
                if (rows.size() > room) {
                    return null;
                }
                read += rows.size();
                rows.stream().filter(c -> ids.add(c.id())).forEach(found::add);
            }
        }
        withName(emergency.stream().filter(c -> !ids.contains(c.id())).toList()).forEach(found::add);
        found.sort(Comparator.comparingLong(Candidate::id).reversed());
        return found;
    }

    /** The persons with a key starting with one of the patterns, or null when more than {@link #NAME_PERSONS}. */
    private Set<Long> namedPersons() {
        Set<Long> persons = new HashSet<>();
        int read = 0;
        for (String pattern : patterns) {
            int room = namePersons - read;
            List<Long> ids = tx.query("SELECT person_id FROM cases.name_key WHERE name_key LIKE ? ESCAPE '!' FETCH FIRST "
                    + (room + 1) + " ROWS ONLY", r -> r.getLong(1), pattern);
            if (ids.size() > room) {
                return null;
            }
            read += ids.size();
            persons.addAll(ids);
        }
        return persons;
    }

    /** The cases of these persons that the actor may read, newest first. */
    private List<Candidate> byPersons(Set<Long> persons, Set<Long> granted) {
        List<Candidate> found = new ArrayList<>();
        List<Long> all = new ArrayList<>(persons);
        for (int from = 0; from < all.size(); from += MAX_BATCH) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + MAX_BATCH));
            found.addAll(visible(tx.query("SELECT * FROM cases.case_file WHERE person_id IN ("
                    + CasesStore.placeholders(part.size()) + ")", CasesStore::caseRow, part.toArray()), granted));
        }
        found.sort(Comparator.comparingLong(Candidate::id).reversed());
        return found;
    }

    private List<Candidate> visible(List<CaseRow> rows, Set<Long> granted) {
        return rows.stream().filter(r -> Access.allowed(actor, r, Access.Operation.READ, granted.contains(r.id())))
                .map(r -> new Candidate(r.id(), r.personId())).toList();
    }

    /** Those whose person has a key starting with one of the patterns. */
    private List<Candidate> withName(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<Object> parameters = new ArrayList<>(candidates.stream().map(Candidate::personId).distinct().toList());
        int persons = parameters.size();
        parameters.addAll(patterns);
        Set<Long> named = new HashSet<>(tx.query("SELECT DISTINCT person_id FROM cases.name_key WHERE person_id IN ("
                + CasesStore.placeholders(persons) + ") AND (" + patterns.stream().map(p -> "name_key LIKE ? ESCAPE '!'")
                        .collect(Collectors.joining(" OR ")) + ")", r -> r.getLong(1), parameters.toArray()));
        return candidates.stream().filter(c -> named.contains(c.personId())).toList();
    }

    /** Those that pass the query's other filters (status, flag, assigned worker, overdue). */
    private List<Candidate> withFilters(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<Object> parameters = new ArrayList<>(candidates.stream().map(Candidate::id).toList());
        StringBuilder sql = new StringBuilder("SELECT c.id FROM cases.case_file c WHERE c.id IN (")
                .append(CasesStore.placeholders(candidates.size())).append(')');
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
            parameters.add(today);
        }
        Set<Long> kept = new HashSet<>(tx.query(sql.toString(), r -> r.getLong(1), parameters.toArray()));
        return candidates.stream().filter(c -> kept.contains(c.id())).toList();
    }

    /** Candidates newest first, a batch at a time; an empty batch when there are no more. */
    private interface Source {
        List<Candidate> next(int count);
    }

    /** A list already in order. */
    private static final class ListSource implements Source {
        private final List<Candidate> list;
        private int at;

        ListSource(List<Candidate> list) {
            this.list = list;
        }

        @Override
        public List<Candidate> next(int count) {
            List<Candidate> part = list.subList(at, Math.min(list.size(), at + count));
            at += part.size();
            return part;
        }
    }

    /** The cases of {@code case_file} meeting a condition, read through an index newest first, from where it stopped. */
    private final class IndexSource implements Source {
        private final String condition;
        private final Object[] parameters;
        private long below = Long.MAX_VALUE;
        private boolean done;

        IndexSource(String condition, Object... parameters) {
            this.condition = condition;
            this.parameters = parameters;
        }

        @Override
        public List<Candidate> next(int count) {
            if (done) {
                return List.of();
            }
            List<Object> p = new ArrayList<>(List.of(parameters));
            p.add(below);
            List<Candidate> part = tx.query("SELECT id, person_id FROM cases.case_file WHERE " + condition
                    + " AND id < ? ORDER BY id DESC FETCH FIRST " + count + " ROWS ONLY",
                    r -> new Candidate(r.getLong(1), r.getLong(2)), p.toArray());
            done = part.size() < count;
            if (!part.isEmpty()) {
                below = part.get(part.size() - 1).id();
            }
            return part;
        }
    }

    /** Several sources merged newest first; a case in more than one comes once. */
    private static final class MergedSource implements Source {
        private final List<Source> sources;
        private final List<ArrayDeque<Candidate>> heads = new ArrayList<>();
        private final boolean[] exhausted;

        MergedSource(List<Source> sources) {
            this.sources = sources;
            sources.forEach(s -> heads.add(new ArrayDeque<>()));
            this.exhausted = new boolean[sources.size()];
        }

        @Override
        public List<Candidate> next(int count) {
            List<Candidate> out = new ArrayList<>();
            while (out.size() < count) {
                Candidate best = null;
                for (int i = 0; i < sources.size(); i++) {
                    if (heads.get(i).isEmpty() && !exhausted[i]) {
                        List<Candidate> more = sources.get(i).next(count);
                        exhausted[i] = more.isEmpty();
                        heads.get(i).addAll(more);
                    }
                    Candidate head = heads.get(i).peekFirst();
                    if (head != null && (best == null || head.id() > best.id())) {
                        best = head;
                    }
                }
                if (best == null) {
                    break;
                }
                for (ArrayDeque<Candidate> head : heads) {
                    if (!head.isEmpty() && head.peekFirst().id() == best.id()) {
                        head.pollFirst();
                    }
                }
                out.add(best);
            }
            return out;
        }
    }

    /** A source's cases whose person is among those known to have the name. */
    private static final class KnownPersons implements Source {
        private final Source source;
        private final Set<Long> persons;

        KnownPersons(Source source, Set<Long> persons) {
            this.source = source;
            this.persons = persons;
        }

        @Override
        public List<Candidate> next(int count) {
            List<Candidate> out = new ArrayList<>();
            while (out.isEmpty()) {
                List<Candidate> part = source.next(Math.max(count, MAX_BATCH));
                if (part.isEmpty()) {
                    break;
                }
                part.stream().filter(c -> persons.contains(c.personId())).forEach(out::add);
            }
            return out;
        }
    }

    /** Rows by their id. */
    static Map<Long, CaseRow> byId(List<CaseRow> rows) {
        Map<Long, CaseRow> map = new HashMap<>();
        rows.forEach(r -> map.put(r.id(), r));
        return map;
    }

    /** The keys of a name query: of the name as typed and of its Latin form. */
    static Set<String> keysOf(NameMatcher names, String name) {
        Set<String> keys = new LinkedHashSet<>(names.keys(name));
        keys.addAll(names.keys(names.toLatin(name)));
        keys.removeIf(String::isEmpty);
        return keys;
    }
}
