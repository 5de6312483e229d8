package org.amparo.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.amparo.cases.Actor;
import org.amparo.cases.Consent;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Document;
import org.amparo.cases.DuplicateCandidate;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonChange;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.PersonMerge;
import org.amparo.cases.PersonService;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.countries.Division;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Registration, consent first: the consent decision is checked before anything else and written in
 * the same transaction as the person, their names, name keys and documents. Duplicates are found
 * through the indexed name keys of the actor's organisation and scored by the name matcher.
 */
@Component(service = PersonService.class)
public final class PersonServiceImpl implements PersonService {
    /** Prefix of the stored whole-name-and-year-of-birth keys (see {@link #storedKeys}). */
    static final String BIRTH_YEAR = "d:";
    /** Persons read at most for one key of a duplicate check; a key shared by more is left out. */
    static final int KEY_ROWS = 300;
    /** Best-ranked persons whose organisation is checked, and of those, how many are scored. */
    private static final int RANKED = 150;
    private static final int MAX_SCORED = 40;
    private static final int MAX_KEYS = 100;
    private static final int WEIGHT_BIRTH_YEAR = 100;
    private static final int WEIGHT_WHOLE_NAME = 10;
    private final CasesStore store;

    @Activate
    public PersonServiceImpl(@Reference CasesStore store) {
        this.store = store;
    }

    @Override
    public RegistrationResult register(Actor actor, Registration registration) {
        requireCaseWork(actor, "person.register", "");
        LocalDate today = store.today();
        List<FieldError> errors = new ArrayList<>(Checks.consent(registration.consent(), today));
        if (errors.isEmpty() && !registration.consent().gives(ConsentPurpose.REGISTRATION)) {
            errors.add(new FieldError("consent", "cases.consent.registrationRequired"));
        }
        if (!errors.isEmpty()) {
            // nothing personal is even looked at without consent to registration
            throw new ValidationException(errors);
        }
        PersonDetails details = registration.details();
        errors.addAll(Checks.details(details, today));
        Division division = checkLocation(details, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PersonDetails completed = withTransliterations(details);
        Set<String> keys = keys(completed);
        return store.database.inTransaction(tx -> {
            if (!registration.notADuplicate()) {
                List<DuplicateCandidate> candidates = candidates(tx, actor, descriptor(completed), keys, -1);
                if (!candidates.isEmpty()) {
                    store.success(actor, "person.duplicateCheck", "", "candidates=" + candidates.size());
                    return new RegistrationResult.PossibleDuplicates(candidates);
                }
            }
            long id = insert(tx, actor, completed, division, keys);
            List<Consent> consents = insertConsents(tx, actor, id, registration.consent());
            store.success(actor, "person.register", CasesStore.personTarget(id),
                    registration.notADuplicate() ? "notADuplicate" : "");
            Person person = store.complete(tx, store.requirePerson(tx, id));
            return new RegistrationResult.Registered(person, consents);
        });
    }

    @Override
    public Person update(Actor actor, long personId, PersonDetails details) {
        requireCaseWork(actor, "person.update", CasesStore.personTarget(personId));
        LocalDate today = store.today();
        return store.guarded(actor, "person.update", CasesStore.personTarget(personId), tx -> {
            CasesStore.PersonRow row = store.requirePerson(tx, personId);
            if (!store.mayChangePerson(tx, actor, row)) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            Person before = store.complete(tx, row);
            List<FieldError> errors = new ArrayList<>(Checks.details(details, today));
            boolean sameLocation = details.locationCountry().equals(before.details().locationCountry())
                    && details.locationDivisionId().equals(before.details().locationDivisionId());
            Division division = sameLocation ? null : checkLocation(details, errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            PersonDetails completed = withTransliterations(details);
            List<String> changed = changedFields(before.details(), completed);
            if (changed.isEmpty()) {
                store.success(actor, "person.update", CasesStore.personTarget(personId), "unchanged");
                return before;
            }
            String path = sameLocation ? tx.queryOne("SELECT location_path FROM cases.person WHERE id = ?",
                    r -> r.getString("location_path"), personId).orElse("") : locationPath(division);
            write(tx, personId, completed, path, keys(completed));
            tx.insertReturningKey("INSERT INTO cases.person_change (person_id, changed_by, changed_at, fields) VALUES (?, ?, ?, ?)",
                    personId, actor.username(), store.clock.instant(), String.join(",", changed));
            store.success(actor, "person.update", CasesStore.personTarget(personId), "fields=" + String.join(",", changed));
            return store.complete(tx, store.requirePerson(tx, personId));
        });
    }

    @Override
    public List<PersonChange> changes(Actor actor, long personId) {
        return store.guarded(actor, "person.read", CasesStore.personTarget(personId), tx -> {
            visiblePerson(tx, actor, personId);
            store.success(actor, "person.read", CasesStore.personTarget(personId), "changes");
            return tx.query("SELECT * FROM cases.person_change WHERE person_id = ? ORDER BY id",
                    r -> new PersonChange(r.getLong("id"), personId, r.getString("changed_by"), r.getInstant("changed_at"),
                            List.of(r.getString("fields").split(","))), personId);
        });
    }

    /** The names of the {@link PersonDetails} components that differ, in declaration order. */
    static List<String> changedFields(PersonDetails before, PersonDetails after) {
        List<String> changed = new ArrayList<>();
        for (var component : PersonDetails.class.getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!java.util.Objects.equals(a, b)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record accessor " + component.getName(), e);
            }
        }
        return changed;
    }

    private static String locationPath(Division division) {
        List<String> path = new ArrayList<>();
        if (division != null) {
            path.addAll(division.path());
            path.add(division.name());
        }
        return CasesStore.joinPath(path);
    }

    /** Replaces a person's details, names, documents and name keys. */
    private static void write(Transaction tx, long id, PersonDetails d, String locationPath, Set<String> keys) {
        var assessed = d.assessedAge();
        tx.update("""
                UPDATE cases.person SET sex = ?, gender_identity = ?, date_of_birth = ?, dob_estimated = ?, claimed_age = ?,
                    documented_dob = ?, assessed_min_age = ?, assessed_max_age = ?, assessment_method = ?, assessed_on = ?,
                    assessed_by = ?, nationality = ?, languages = ?, location_country = ?, location_division = ?,
                    location_path = ?, contact = ?
                WHERE id = ?
                """, d.sex(), d.genderIdentity(), d.dateOfBirth(), d.dateOfBirthEstimated(), d.claimedAge(),
                d.documentedDateOfBirth(), assessed == null ? null : assessed.minimumAge(),
                assessed == null ? null : assessed.maximumAge(), assessed == null ? null : assessed.method(),
                assessed == null ? null : assessed.assessedOn(), assessed == null ? null : assessed.assessedBy(),
                d.nationality(), String.join(",", d.languages()), d.locationCountry(), d.locationDivisionId(), locationPath,
                d.contact(), id);
        tx.update("DELETE FROM cases.person_name WHERE person_id = ?", id);
        tx.update("DELETE FROM cases.person_document WHERE person_id = ?", id);
        tx.update("DELETE FROM cases.name_key WHERE person_id = ?", id);
        children(tx, id, d, keys);
        CaseNameKeys.ofPersons(tx, List.of(id));
    }

    private static void children(Transaction tx, long id, PersonDetails d, Set<String> keys) {
        List<Object[]> names = new ArrayList<>();
        for (int i = 0; i < d.names().size(); i++) {
            names.add(new Object[] { id, i, d.names().get(i).original(), d.names().get(i).latin() });
        }
        tx.batch("INSERT INTO cases.person_name (person_id, position, original, latin) VALUES (?, ?, ?, ?)", names);
        List<Object[]> documents = new ArrayList<>();
        for (int i = 0; i < d.documents().size(); i++) {
            Document document = d.documents().get(i);
            documents.add(new Object[] { id, i, document.type(), document.heldBy() });
        }
        if (!documents.isEmpty()) {
            tx.batch("INSERT INTO cases.person_document (person_id, position, doc_type, held_by) VALUES (?, ?, ?, ?)", documents);
        }
        List<Object[]> keyRows = keys.stream().map(k -> new Object[] { k, id }).toList();
        if (!keyRows.isEmpty()) {
            tx.batch("INSERT INTO cases.name_key (name_key, person_id) VALUES (?, ?)", keyRows);
        }
    }

    @Override
    public Consent recordRefusal(Actor actor, ConsentDecision refusal) {
        requireCaseWork(actor, "consent.refusal", "");
        List<FieldError> errors = new ArrayList<>(Checks.consent(refusal, store.today()));
        if (refusal.given()) {
            errors.add(new FieldError("consent.given", "cases.consent.refusalMustNotBeGiven"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.database.inTransaction(tx -> {
            List<Consent> stored = insertConsents(tx, actor, null, refusal);
            store.success(actor, "consent.refusal", "", "purposes=" + stored.size());
            return stored.get(0);
        });
    }

    @Override
    public long refusals(Actor actor) {
        requireCaseWork(actor, "consent.refusals", "");
        return store.database.inTransaction(tx -> tx.queryLong(
                "SELECT COUNT(*) FROM cases.consent WHERE person_id IS NULL AND organisation_id = ? AND purpose = ?",
                actor.organisationId(), ConsentPurpose.REGISTRATION));
    }

    @Override
    public Person get(Actor actor, long personId) {
        return store.guarded(actor, "person.read", CasesStore.personTarget(personId), tx -> {
            Person person = store.complete(tx, visiblePerson(tx, actor, personId));
            store.success(actor, "person.read", CasesStore.personTarget(personId), "");
            return person;
        });
    }

    @Override
    public List<Consent> consents(Actor actor, long personId) {
        return store.guarded(actor, "consent.read", CasesStore.personTarget(personId), tx -> {
            visiblePerson(tx, actor, personId);
            store.success(actor, "consent.read", CasesStore.personTarget(personId), "");
            return consentsOf(tx, personId);
        });
    }

    @Override
    public List<Consent> recordConsent(Actor actor, long personId, ConsentDecision decision) {
        List<FieldError> errors = Checks.consent(decision, store.today());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.guarded(actor, "consent.record", CasesStore.personTarget(personId), tx -> {
            visiblePerson(tx, actor, personId);
            List<Consent> stored = insertConsents(tx, actor, personId, decision);
            store.success(actor, "consent.record", CasesStore.personTarget(personId),
                    (decision.given() ? "given=" : "refused=") + purposes(decision));
            return stored;
        });
    }

    @Override
    public Consent withdrawConsent(Actor actor, long personId, ConsentPurpose purpose, LocalDate date) {
        if (purpose == null || date == null || date.isAfter(store.today())) {
            throw ValidationException.of("consent.date", date == null ? "cases.consent.dateRequired" : "cases.consent.dateInFuture");
        }
        return store.guarded(actor, "consent.withdraw", CasesStore.personTarget(personId), tx -> {
            visiblePerson(tx, actor, personId);
            Consent active = consentsOf(tx, personId).stream()
                    .filter(c -> c.purpose() == purpose && c.active())
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new ConflictException("cases.consent.notActive", purpose.name()));
            tx.update("UPDATE cases.consent SET withdrawn_on = ?, withdrawn_by = ? WHERE id = ?", date, actor.username(),
                    active.id());
            store.success(actor, "consent.withdraw", CasesStore.personTarget(personId), "purpose=" + purpose);
            return consentsOf(tx, personId).stream().filter(c -> c.id() == active.id()).findFirst().orElseThrow();
        });
    }

    @Override
    public List<DuplicateCandidate> duplicates(Actor actor, long personId) {
        return store.guarded(actor, "person.duplicates", CasesStore.personTarget(personId), tx -> {
            Person person = store.complete(tx, visiblePerson(tx, actor, personId));
            List<String> stored = tx.query("SELECT name_key FROM cases.name_key WHERE person_id = ?",
                    r -> r.getString("name_key"), personId);
            List<DuplicateCandidate> candidates = candidates(tx, actor, descriptor(person.details()),
                    new LinkedHashSet<>(stored), personId);
            store.success(actor, "person.duplicates", CasesStore.personTarget(personId), "candidates=" + candidates.size());
            return candidates;
        });
    }

    // ---- helpers ----

    @Override
    public PersonMerge merge(Actor actor, long keptId, long mergedId, String reason) {
        String target = CasesStore.personTarget(keptId);
        requireCaseWork(actor, "person.merge", target);
        List<FieldError> errors = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(new FieldError("reason", "cases.merge.reasonRequired"));
        } else if (why.length() > 500) {
            errors.add(new FieldError("reason", "cases.merge.reasonTooLong", 500));
        }
        if (keptId == mergedId) {
            errors.add(new FieldError("mergedId", "cases.merge.samePerson"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.guarded(actor, "person.merge", target, tx -> {
            CasesStore.PersonRow kept = visiblePerson(tx, actor, keptId);
            CasesStore.PersonRow merged = visiblePerson(tx, actor, mergedId);
            if (kept.organisationId() != merged.organisationId() || kept.organisationId() != actor.organisationId()) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            if (isMerged(tx, keptId) || isMerged(tx, mergedId)) {
                throw new ConflictException("cases.merge.alreadyMerged");
            }
            long mergeId = tx.insertReturningKey("INSERT INTO cases.person_merge (kept_id, merged_id, merged_by, merged_at, reason) "
                    + "VALUES (?, ?, ?, ?, ?)", keptId, mergedId, actor.username(), store.clock.instant(), why);
            List<Long> caseIds = tx.query("SELECT id FROM cases.case_file WHERE person_id = ? ORDER BY id",
                    r -> r.getLong("id"), mergedId);
            List<Object[]> moved = new ArrayList<>();
            caseIds.forEach(caseId -> moved.add(new Object[] {mergeId, caseId}));
            tx.batch("INSERT INTO cases.person_merge_case (merge_id, case_id) VALUES (?, ?)", moved);
            tx.update("UPDATE cases.case_file SET person_id = ? WHERE person_id = ?", keptId, mergedId);
            tx.update("UPDATE cases.person SET merged_into = ? WHERE id = ?", keptId, mergedId);
            CaseNameKeys.ofPersons(tx, List.of(keptId, mergedId));
            store.success(actor, "person.merge", target, "merged=" + mergedId + " cases=" + caseIds.size());
            return readMerge(tx, mergeId);
        });
    }

    @Override
    public PersonMerge undoMerge(Actor actor, long mergeId) {
        String target = "merge:" + mergeId;
        requireCaseWork(actor, "person.mergeUndo", target);
        return store.guarded(actor, "person.mergeUndo", target, tx -> {
            PersonMerge merge = tx.queryOne("SELECT * FROM cases.person_merge WHERE id = ?", r -> mergeRow(tx, r), mergeId)
                    .orElseThrow(() -> new org.amparo.common.NotFoundException("cases.merge.notFound", mergeId));
            visiblePerson(tx, actor, merge.keptId());
            CasesStore.PersonRow merged = store.requirePerson(tx, merge.mergedId());
            if (merged.organisationId() != actor.organisationId()) {
                throw new AccessDeniedException("cases.error.accessDenied");
            }
            if (merge.undone()) {
                throw new ConflictException("cases.merge.alreadyUndone");
            }
            for (long caseId : merge.movedCaseIds()) {
                tx.update("UPDATE cases.case_file SET person_id = ? WHERE id = ? AND person_id = ?", merge.mergedId(), caseId,
                        merge.keptId());
            }
            tx.update("UPDATE cases.person SET merged_into = NULL WHERE id = ?", merge.mergedId());
            CaseNameKeys.ofPersons(tx, List.of(merge.keptId(), merge.mergedId()));
            tx.update("UPDATE cases.person_merge SET undone_by = ?, undone_at = ? WHERE id = ?", actor.username(),
                    store.clock.instant(), mergeId);
            store.success(actor, "person.mergeUndo", CasesStore.personTarget(merge.keptId()), "merged=" + merge.mergedId());
            return readMerge(tx, mergeId);
        });
    }

    @Override
    public List<PersonMerge> merges(Actor actor, long personId) {
        String target = CasesStore.personTarget(personId);
        return store.guarded(actor, "person.merges", target, tx -> {
            visiblePerson(tx, actor, personId);
            List<PersonMerge> merges = tx.query("SELECT * FROM cases.person_merge WHERE kept_id = ? OR merged_id = ? ORDER BY id",
                    r -> mergeRow(tx, r), personId, personId);
            store.success(actor, "person.merges", target, "");
            return merges;
        });
    }

    private static boolean isMerged(Transaction tx, long personId) {
        return tx.queryLong("SELECT COUNT(*) FROM cases.person WHERE id = ? AND merged_into IS NOT NULL", personId) > 0;
    }

    private static PersonMerge readMerge(Transaction tx, long mergeId) {
        return tx.queryOne("SELECT * FROM cases.person_merge WHERE id = ?", r -> mergeRow(tx, r), mergeId).orElseThrow();
    }

    private static PersonMerge mergeRow(Transaction tx, Row r) {
        long id = r.getLong("id");
        List<Long> cases = tx.query("SELECT case_id FROM cases.person_merge_case WHERE merge_id = ? ORDER BY case_id",
                c -> c.getLong("case_id"), id);
        return new PersonMerge(id, r.getLong("kept_id"), r.getLong("merged_id"), r.getString("merged_by"),
                r.getInstant("merged_at"), r.getString("reason"), cases, r.getString("undone_by"), r.getInstant("undone_at"));
    }

    private void requireCaseWork(Actor actor, String action, String target) {
        if (!Access.worksOnCases(actor)) {
            store.guarded(actor, action, target, tx -> {
                throw new AccessDeniedException("cases.error.accessDenied");
            });
        }
    }

    private CasesStore.PersonRow visiblePerson(Transaction tx, Actor actor, long personId) {
        CasesStore.PersonRow row = store.requirePerson(tx, personId);
        if (!store.maySeePerson(tx, actor, row)) {
            throw new AccessDeniedException("cases.error.accessDenied");
        }
        return row;
    }

    private Division checkLocation(PersonDetails details, List<FieldError> errors) {
        if (details.locationCountry().isEmpty()) {
            if (!details.locationDivisionId().isEmpty()) {
                errors.add(new FieldError("locationCountry", "cases.person.locationCountryRequired"));
            }
            return null;
        }
        if (store.countries.country(details.locationCountry()).isEmpty()) {
            errors.add(new FieldError("locationCountry", "cases.person.locationCountryUnknown", details.locationCountry()));
            return null;
        }
        if (details.locationDivisionId().isEmpty()) {
            errors.add(new FieldError("locationDivisionId", "cases.person.locationDivisionRequired"));
            return null;
        }
        Optional<Division> division = store.countries.division(details.locationCountry(), details.locationDivisionId());
        if (division.isEmpty() || division.get().withdrawn()) {
            errors.add(new FieldError("locationDivisionId", "cases.person.locationDivisionUnknown", details.locationDivisionId()));
            return null;
        }
        return division.get();
    }

    private PersonDetails withTransliterations(PersonDetails details) {
        List<Name> names = details.names().stream()
                .map(n -> n.latin().isEmpty() ? new Name(n.original(), store.names.toLatin(n.original())) : n)
                .toList();
        return new PersonDetails(names, details.sex(), details.genderIdentity(), details.dateOfBirth(),
                details.dateOfBirthEstimated(), details.claimedAge(), details.documentedDateOfBirth(), details.assessedAge(),
                details.nationality(), details.languages(), details.documents(), details.locationCountry(),
                details.locationDivisionId(), details.contact());
    }

    private Set<String> keys(PersonDetails details) {
        return keysOf(store.names, details.names(), details.dateOfBirth());
    }

    /** The keys stored for a person with these names (as given and Latin) and date of birth. */
    static Set<String> keysOf(NameMatcher matcher, List<Name> names, LocalDate dateOfBirth) {
        Set<String> keys = new TreeSet<>();
        for (Name name : names) {
            keys.addAll(matcher.keys(name.original()));
            keys.addAll(matcher.keys(name.latin()));
        }
        return storedKeys(keys, dateOfBirth);
    }

    private static NameMatcher.Descriptor descriptor(PersonDetails details) {
        List<String> all = new ArrayList<>();
        for (Name name : details.names()) {
            all.add(name.original());
            if (!name.latin().isEmpty() && !name.latin().equals(name.original())) {
                all.add(name.latin());
            }
        }
        return new NameMatcher.Descriptor(all, details.dateOfBirth(), details.dateOfBirthEstimated(), details.nationality());
    }

    /**
     * Possible duplicates among the persons of the actor's organisation: persons are ranked by the
     * keys they share with the subject, weighted (a whole name with a close year of birth, a whole
     * name, a word), reading at most {@link #KEY_ROWS} persons a key, so that a word tens of thousands
     * share costs no more than a rare one (it then says nothing and is left out). The best
     * {@link #MAX_SCORED} of the organisation are scored by the name matcher; those at or above its
     * threshold are returned, best first.
     */
    private List<DuplicateCandidate> candidates(Transaction tx, Actor actor, NameMatcher.Descriptor subject,
            Set<String> keys, long exclude) {
        Map<Long, Integer> weights = new HashMap<>();
        for (Map.Entry<String, Integer> key : lookupKeys(keys, subject.dateOfBirth(), subject.dateOfBirthEstimated())
                .entrySet()) {
            List<Long> persons = tx.query("SELECT person_id FROM cases.name_key WHERE name_key = ? FETCH FIRST "
                    + (KEY_ROWS + 1) + " ROWS ONLY", r -> r.getLong(1), key.getKey());
            if (persons.size() <= KEY_ROWS) {
                persons.forEach(id -> weights.merge(id, key.getValue(), Integer::sum));
            }
        }
        weights.remove(exclude);
        if (weights.isEmpty()) {
            return List.of();
        }
        List<Long> ranked = weights.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RANKED).map(Map.Entry::getKey).toList();
        Map<Long, NameMatcher.Descriptor> others = new LinkedHashMap<>();
        List<Object[]> rows = tx.query("SELECT id, organisation_id, merged_into, date_of_birth, dob_estimated, nationality"
                + " FROM cases.person WHERE id IN (" + CasesStore.placeholders(ranked.size()) + ")",
                r -> new Object[] { r.getLong("id"), r.getLong("organisation_id"), r.getNullableLong("merged_into"),
                        r.getLocalDate("date_of_birth"), r.getBoolean("dob_estimated"), r.getString("nationality") },
                ranked.toArray());
        Map<Long, Object[]> byId = new HashMap<>();
        rows.forEach(r -> byId.put((Long) r[0], r));
        for (long id : ranked) {
            Object[] r = byId.get(id);
            if (r != null && (Long) r[1] == actor.organisationId() && r[2] == null && others.size() < MAX_SCORED) {
                others.put(id, new NameMatcher.Descriptor(List.of(), (LocalDate) r[3], (Boolean) r[4], (String) r[5]));
            }
        }
        if (others.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> names = new HashMap<>();
        tx.query("SELECT person_id, original, latin FROM cases.person_name WHERE person_id IN ("
                + CasesStore.placeholders(others.size()) + ") ORDER BY person_id, position", r -> {
                    List<String> list = names.computeIfAbsent(r.getLong("person_id"), id -> new ArrayList<>());
                    String original = r.getString("original");
                    String latin = r.getString("latin");
                    list.add(original);
                    if (!latin.isEmpty() && !latin.equals(original)) {
                        list.add(latin);
                    }
                    return 1;
                }, others.keySet().toArray());
        List<DuplicateCandidate> candidates = new ArrayList<>();
        others.forEach((id, d) -> store.names.compare(subject, new NameMatcher.Descriptor(names.getOrDefault(id, List.of()),
                d.dateOfBirth(), d.dateOfBirthEstimated(), d.nationality()))
                .ifPresent(l -> candidates.add(new DuplicateCandidate(id, l.score(), l.reasons()))));
        candidates.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                .thenComparingLong(DuplicateCandidate::personId));
        return candidates;
    }

    /**
     * The keys a duplicate check looks up, with their weights: the whole-name keys with each year
     * of birth close to the subject's (a year either side, two for an estimated date), the
     * whole-name keys, the word keys. At most {@link #MAX_KEYS}.
     */
    static Map<String, Integer> lookupKeys(Set<String> keys, LocalDate dateOfBirth, boolean estimated) {
        Map<String, Integer> lookup = new LinkedHashMap<>();
        int spread = estimated ? 2 : 1;
        for (String key : keys) {
            if (key.startsWith(NameMatcher.WHOLE_NAME) && dateOfBirth != null) {
                for (int year = dateOfBirth.getYear() - spread; year <= dateOfBirth.getYear() + spread; year++) {
                    lookup.put(birthYearKey(key, year), WEIGHT_BIRTH_YEAR);
                }
            }
        }
        for (String key : keys) {
            if (key.startsWith(NameMatcher.WHOLE_NAME)) {
                lookup.put(key, WEIGHT_WHOLE_NAME);
            }
        }
        for (String key : keys) {
            if (!key.startsWith(NameMatcher.WHOLE_NAME) && !key.startsWith(BIRTH_YEAR)) {
                lookup.put(key, 1);
            }
        }
        return lookup.entrySet().stream().limit(MAX_KEYS)
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }

    /**
     * The keys stored for a person: those of their names, and each whole-name key with the year of
     * birth ({@code d:} + the two skeletons + {@code /} + the year), which few persons share even when
     * tens of thousands share the name. The benchmark's loader computes them with this method.
     *
     * @param nameKeys    the keys of the person's names (as given and Latin)
     * @param dateOfBirth the date of birth, or null
     * @return the keys to store, sorted
     */
    public static Set<String> storedKeys(Set<String> nameKeys, LocalDate dateOfBirth) {
        Set<String> keys = new TreeSet<>(nameKeys);
        if (dateOfBirth != null) {
            for (String key : nameKeys) {
                if (key.startsWith(NameMatcher.WHOLE_NAME)) {
                    keys.add(birthYearKey(key, dateOfBirth.getYear()));
                }
            }
        }
        keys.removeIf(k -> k.isEmpty() || k.length() > 200);
        return keys;
    }

    private static String birthYearKey(String wholeNameKey, int year) {
        return BIRTH_YEAR + wholeNameKey.substring(NameMatcher.WHOLE_NAME.length()) + "/" + year;
    }

    private long insert(Transaction tx, Actor actor, PersonDetails d, Division division, Set<String> keys) {
        List<String> path = new ArrayList<>();
        if (division != null) {
            path.addAll(division.path());
            path.add(division.name());
        }
        var assessed = d.assessedAge();
        long id = tx.insertReturningKey("""
                INSERT INTO cases.person (organisation_id, created_by, created_at, sex, gender_identity, date_of_birth,
                    dob_estimated, claimed_age, documented_dob, assessed_min_age, assessed_max_age, assessment_method,
                    assessed_on, assessed_by, nationality, languages, location_country, location_division, location_path,
                    contact)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, actor.organisationId(), actor.username(), store.clock.instant(), d.sex(), d.genderIdentity(),
                d.dateOfBirth(), d.dateOfBirthEstimated(), d.claimedAge(), d.documentedDateOfBirth(),
                assessed == null ? null : assessed.minimumAge(), assessed == null ? null : assessed.maximumAge(),
                assessed == null ? null : assessed.method(), assessed == null ? null : assessed.assessedOn(),
                assessed == null ? null : assessed.assessedBy(), d.nationality(), String.join(",", d.languages()),
                d.locationCountry(), d.locationDivisionId(), CasesStore.joinPath(path), d.contact());
        children(tx, id, d, keys);
        return id;
    }

    private List<Consent> insertConsents(Transaction tx, Actor actor, Long personId, ConsentDecision decision) {
        Instant now = store.clock.instant();
        List<Long> ids = new ArrayList<>();
        for (ConsentPurpose purpose : new TreeSet<>(decision.purposes())) {
            String sharing = purpose == ConsentPurpose.SHARING ? String.join(",", new TreeSet<>(decision.sharingWith())) : "";
            ids.add(tx.insertReturningKey("""
                    INSERT INTO cases.consent (person_id, organisation_id, purpose, given, method, language, decided_on,
                        sharing_with, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, personId, actor.organisationId(), purpose, decision.given(), decision.method(),
                    decision.language(), decision.date(), sharing, actor.username(), now));
        }
        List<Consent> stored = new ArrayList<>();
        for (long id : ids) {
            stored.add(tx.queryOne("SELECT * FROM cases.consent WHERE id = ?", PersonServiceImpl::consent, id).orElseThrow());
        }
        return stored;
    }

    private static List<Consent> consentsOf(Transaction tx, long personId) {
        return tx.query("SELECT * FROM cases.consent WHERE person_id = ? ORDER BY id", PersonServiceImpl::consent, personId);
    }

    private static Consent consent(Row r) {
        String sharing = r.getString("sharing_with");
        return new Consent(r.getLong("id"), r.getNullableLong("person_id"), ConsentPurpose.valueOf(r.getString("purpose")),
                r.getBoolean("given"), ConsentMethod.valueOf(r.getString("method")), r.getString("language"),
                r.getLocalDate("decided_on"), sharing.isEmpty() ? Set.of() : Set.of(sharing.split(",")),
                r.getString("recorded_by"), r.getInstant("recorded_at"), r.getLocalDate("withdrawn_on"),
                r.getString("withdrawn_by"));
    }

    private static String purposes(ConsentDecision decision) {
        return String.join("+", new TreeSet<>(decision.purposes().stream().map(Enum::name).toList()));
    }
}
