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
 * The cases a search finds, newest first, in statements that each follow an index (V004, V006), so
 * that the cost follows what the actor may see and how common the name is among it, not the size of
 * the database:
 * <ol>
 * <li>With a name, the cases the actor sees through their role are read from {@code case_name_key}
 * (V006): one index range a key of the query and a way of seeing (created by or assigned to the
 * caseworker in their organisation, or of the supervisor's organisation), each read up to
 * {@link #KEYED_ROWS} rows; the cases of the actor's emergency access have their names checked.</li>
 * <li>When a key has more rows than that among the actor's cases, the name is common there, and the
 * visible cases are read newest first instead, each statement checking the name itself (through the
 * primary key of {@code case_name_key}); such a name is found among the first few hundred cases.
 * Without a name, the visible cases are read the same way. The ways of seeing are read from covering
 * indexes: for a caseworker the cases created by them and those assigned to them in their
 * organisation, for a supervisor their organisation's; merged with the cases of the actor's emergency
 * access. The other filters are checked a batch at a time through the primary key; reading stops
 * when the page and one more case are found.</li>
 * </ol>
 * What is found is what {@link Access#allowed} lets the actor read, with the filters of the query
 * (the name keys as prefixes, any of them), as the single statement this replaced found it.
 */
final class CaseSearch {
    /**
     * Rows read at most from one range of {@code case_name_key}: above it a key is common among the
     * actor's cases, and reading the newest cases finds it sooner. Chosen on the benchmark database of
     * 1,000,000 persons (docs/benchmarks.md): 300 sends too many middling names the long way, 5,000
     * reads long ranges of a supervisor's organisation for nothing.
     */
    static final int KEYED_ROWS = 1_000;
    private static final int FIRST_BATCH = 100;
    private static final int MAX_BATCH = 1_000;

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
        this(tx, actor, query, now, today, nameKeys, KEYED_ROWS);
    }

    /** With another bound than {@link #KEYED_ROWS} (tests reach every path with small data). */
    CaseSearch(Transaction tx, Actor actor, CaseQuery query, Instant now, LocalDate today, Set<String> nameKeys, int keyedRows) {
        this.keyedRows = keyedRows;
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
        boolean named = !patterns.isEmpty();
        List<Candidate> keyed = named && query.number().isEmpty() ? keyed(supervisor, emergency) : null;
        Source source;
        if (keyed != null) {
            source = new ListSource(keyed);
        } else if (!query.number().isEmpty()) {
            source = new ListSource(withName(visible(tx.query("SELECT * FROM cases.case_file WHERE case_number = ?",
                    CasesStore::caseRow, query.number()), granted)));
        } else {
            List<Source> sources = new ArrayList<>();
            if (supervisor && !query.assignedTo().isEmpty()) {
                sources.add(new IndexSource("CASE_ASSIGNED_COVER_IDX", "assigned_to = ? AND organisation_id = ?",
                        query.assignedTo(), actor.organisationId()));
            } else if (supervisor) {
                sources.add(new IndexSource("CASE_ORG_NEWEST_IDX", "organisation_id = ?", actor.organisationId()));
            } else if (actor.has(Role.CASEWORKER)) {
                sources.add(new IndexSource("CASE_CREATED_COVER_IDX", "created_by = ? AND organisation_id = ?",
                        actor.username(), actor.organisationId()));
                sources.add(new IndexSource("CASE_ASSIGNED_COVER_IDX", "assigned_to = ? AND organisation_id = ?",
                        actor.username(), actor.organisationId()));
            }
            sources.add(new ListSource(withName(emergency)));
            source = sources.size() == 1 ? sources.get(0) : new MergedSource(sources);
        }
        boolean otherFilters = query.status() != null || query.flag() != null || !query.assignedTo().isEmpty() || query.overdue();
        List<Long> found = new ArrayList<>();
        int batch = otherFilters ? Math.max(FIRST_BATCH, needed * 2) : needed;
        while (found.size() < needed) {
            List<Candidate> candidates = source.next(batch);
            if (candidates.isEmpty()) {
                break;
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
     * when a range has more than {@link #KEYED_ROWS} rows.
     */
    private List<Candidate> keyed(boolean supervisor, List<Candidate> emergency) {
        List<String[]> ranges = new ArrayList<>();
        if (supervisor && !query.assignedTo().isEmpty()) {
            ranges.add(new String[] { "CASE_NAME_ASSIGNED_IDX", "assigned_to", query.assignedTo() });
        } else if (supervisor) {
            ranges.add(new String[] { "CASE_NAME_ORG_IDX", null, null });
        } else if (actor.has(Role.CASEWORKER)) {
            ranges.add(new String[] { "CASE_NAME_CREATED_IDX", "created_by", actor.username() });
            ranges.add(new String[] { "CASE_NAME_ASSIGNED_IDX", "assigned_to", actor.username() });
        }
        Set<Long> ids = new HashSet<>();
        List<Candidate> found = new ArrayList<>();
        for (String[] range : ranges) {
            for (String pattern : patterns) {
                List<Object> parameters = new ArrayList<>(List.of(actor.organisationId()));
                if (range[1] != null) {
                    parameters.add(range[2]);
                }
                parameters.add(pattern);
                parameters.add(keyedRows + 1);
                // the comment names the index for Derby, other databases read a comment
                List<Candidate> rows = tx.query("SELECT case_id, person_id FROM cases.case_name_key --DERBY-PROPERTIES index="
                        + range[0] + "\nWHERE organisation_id = ?" + (range[1] == null ? "" : " AND " + range[1] + " = ?")
                        + " AND name_key LIKE ? ESCAPE '!' FETCH FIRST ? ROWS ONLY",
                        r -> new Candidate(r.getLong(1), r.getLong(2)), parameters.toArray());
                if (rows.size() > keyedRows) {
                    return null;
                }
                rows.stream().filter(c -> ids.add(c.id())).forEach(found::add);
            }
        }
        withName(emergency).stream().filter(c -> ids.add(c.id())).forEach(found::add);
        found.sort(Comparator.comparingLong(Candidate::id).reversed());
        return found;
    }

    private List<Candidate> visible(List<CaseRow> rows, Set<Long> granted) {
        return rows.stream().filter(r -> Access.allowed(actor, r, Access.Operation.READ, granted.contains(r.id())))
                .map(r -> new Candidate(r.id(), r.personId())).toList();
    }

    /** The condition that a case {@code c} has the name: a key of its person starts with one of the patterns. */
    private String nameCondition() {
        return "EXISTS (SELECT 1 FROM cases.case_name_key k WHERE k.case_id = c.id AND ("
                + patterns.stream().map(p -> "k.name_key LIKE ? ESCAPE '!'").collect(Collectors.joining(" OR ")) + "))";
    }

    /** Those with the name (all when the query has none); for short lists (a case number, emergency access). */
    private List<Candidate> withName(List<Candidate> candidates) {
        if (candidates.isEmpty() || patterns.isEmpty()) {
            return candidates;
        }
        List<Object> parameters = padded(candidates.stream().map(Candidate::id).toList());
        int cases = parameters.size();
        parameters.addAll(patterns);
        Set<Long> named = new HashSet<>(tx.query("SELECT c.id FROM cases.case_file c WHERE c.id IN ("
                + CasesStore.placeholders(cases) + ") AND " + nameCondition(), r -> r.getLong(1), parameters.toArray()));
        return candidates.stream().filter(c -> named.contains(c.id())).toList();
    }

    /**
     * The values of an {@code IN} list, the last repeated up to the next power of two (at most
     * {@link #MAX_BATCH}): a few statement texts that Derby compiles once and keeps, instead of one a
     * length, each compiled anew (several milliseconds for a long list).
     */
    static List<Object> padded(List<?> values) {
        int size = 1;
        while (size < values.size()) {
            size *= 2;
        }
        size = Math.max(values.size(), Math.min(size, MAX_BATCH));
        List<Object> out = new ArrayList<>(size);
        out.addAll(values);
        while (out.size() < size) {
            out.add(values.get(values.size() - 1));
        }
        return out;
    }

    /** Those that pass the query's other filters (status, flag, assigned worker, overdue). */
    private List<Candidate> withFilters(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        List<Object> parameters = padded(candidates.stream().map(Candidate::id).toList());
        StringBuilder sql = new StringBuilder("SELECT c.id FROM cases.case_file c WHERE c.id IN (")
                .append(CasesStore.placeholders(parameters.size())).append(')');
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

    /**
     * The cases of {@code case_file} meeting a condition, and having the name when the query has one,
     * read through an index newest first, from where it stopped.
     */
    private final class IndexSource implements Source {
        private final String index;
        private final String condition;
        private final Object[] parameters;
        private long below = Long.MAX_VALUE;
        private boolean done;

        IndexSource(String index, String condition, Object... parameters) {
            this.index = index;
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
            p.addAll(patterns);
            p.add(count);
            List<Candidate> part = tx.query("SELECT c.id, c.person_id FROM cases.case_file c --DERBY-PROPERTIES index=" + index
                    + "\nWHERE " + condition + " AND c.id < ?" + (patterns.isEmpty() ? "" : " AND " + nameCondition())
                    + " ORDER BY c.id DESC FETCH FIRST ? ROWS ONLY",
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
