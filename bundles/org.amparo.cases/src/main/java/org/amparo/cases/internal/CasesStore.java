package org.amparo.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.cases.Actor;
import org.amparo.cases.AgeAssessment;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseView;
import org.amparo.cases.Document;
import org.amparo.cases.DocumentHolder;
import org.amparo.cases.Location;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Sex;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.NotFoundException;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.modules.ModuleRegistry;
import org.amparo.persistence.Database;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.amparo.persistence.TransactionWork;
import org.amparo.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code cases} schema and what both services read from it: persons (with the child rule),
 * cases, who may see them, and the audited guard around each call. Applies the schema's
 * migrations when it starts, once for both services.
 */
@Component(service = CasesStore.class)
public final class CasesStore {
    static final String SCHEMA = "cases";
    /** Majority when no active country pack states one (the CRC's definition of a child). */
    static final int DEFAULT_MAJORITY = 18;
    static final String CHILD_PROTECTION = "child-protection";
    private static final String PATH_SEPARATOR = "\u001f";

    final Database database;
    final AuditLog audit;
    final CountryPacks countries;
    final ModuleRegistry modules;
    final NameMatcher names;
    final Clock clock;

    @Activate
    public CasesStore(@Reference Database database, @Reference AuditLog audit, @Reference CountryPacks countries,
            @Reference ModuleRegistry modules) {
        this(database, audit, countries, modules, new NamesLibraryMatcher(), Clock.systemUTC());
    }

    CasesStore(Database database, AuditLog audit, CountryPacks countries, ModuleRegistry modules, NameMatcher names,
            Clock clock) {
        this.database = database;
        this.audit = audit;
        this.countries = countries;
        this.modules = modules;
        this.names = names;
        this.clock = clock;
        database.migrate(SCHEMA, CasesStore.class);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Runs {@code work} in a transaction; a refusal rolls it back and is then audited as denied in
     * a transaction of its own, so that the attempt is kept.
     */
    <T> T guarded(Actor actor, String action, String target, TransactionWork<T> work) {
        try {
            return database.inTransaction(work);
        } catch (AccessDeniedException refused) {
            database.run(tx -> audit.record(AuditEvent.denied(actor.username(), action, target, refused.messageKey())));
            throw refused;
        }
    }

    void success(Actor actor, String action, String target, String detail) {
        audit.record(AuditEvent.success(actor.username(), action, target, detail));
    }

    boolean childProtectionOn() {
        return modules.get(CHILD_PROTECTION).enabled();
    }

    /** The operating country's age of majority, or {@link #DEFAULT_MAJORITY} when no pack states one. */
    int ageOfMajority() {
        return countries.operatingCountry().map(Country::ageOfMajority).map(Country.AgeOfMajority::value)
                .orElse(DEFAULT_MAJORITY);
    }

    /**
     * A person is treated as a child when any recorded age says under majority: the stated or the
     * documented date of birth, the claimed age, or the lower end of an assessed range.
     */
    static boolean isChild(PersonDetails details, LocalDate today, int majority) {
        if (details.dateOfBirth() != null && Period.between(details.dateOfBirth(), today).getYears() < majority) {
            return true;
        }
        if (details.documentedDateOfBirth() != null
                && Period.between(details.documentedDateOfBirth(), today).getYears() < majority) {
            return true;
        }
        if (details.claimedAge() != null && details.claimedAge() < majority) {
            return true;
        }
        return details.assessedAge() != null && details.assessedAge().minimumAge() < majority;
    }

    // ---- persons ----

    /** A stored person with what access decisions need. */
    record PersonRow(Person person, long organisationId, String createdBy) {
    }

    Optional<PersonRow> person(Transaction tx, long id) {
        Optional<PersonRow> base = tx.queryOne("SELECT * FROM cases.person WHERE id = ?", row -> personRow(tx, row), id);
        return base;
    }

    PersonRow requirePerson(Transaction tx, long id) {
        return person(tx, id).orElseThrow(() -> new NotFoundException("cases.person.notFound", id));
    }

    private PersonRow personRow(Transaction tx, Row row) {
        long id = row.getLong("id");
        Integer minAge = nullableInt(row, "assessed_min_age");
        AgeAssessment assessed = minAge == null ? null
                : new AgeAssessment(minAge, row.getInt("assessed_max_age"), row.getString("assessment_method"),
                        row.getLocalDate("assessed_on"), row.getString("assessed_by"));
        String languages = row.getString("languages");
        PersonDetails details = new PersonDetails(List.of(), Sex.valueOf(row.getString("sex")),
                row.getString("gender_identity"), row.getLocalDate("date_of_birth"), row.getBoolean("dob_estimated"),
                nullableInt(row, "claimed_age"), row.getLocalDate("documented_dob"), assessed,
                row.getString("nationality"), languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")),
                List.of(), row.getString("location_country"), row.getString("location_division"), row.getString("contact"));
        String path = row.getString("location_path");
        Location location = details.locationCountry().isEmpty() ? null
                : new Location(details.locationCountry(), details.locationDivisionId(),
                        path.isEmpty() ? List.of() : Arrays.asList(path.split(PATH_SEPARATOR)));
        Person person = new Person(id, details, location, false, row.getLong("organisation_id"),
                row.getString("created_by"), row.getInstant("created_at"));
        return new PersonRow(person, person.organisationId(), person.createdBy());
    }

    /** Completes a person row with names and documents and the child rule. */
    Person complete(Transaction tx, PersonRow row) {
        Person p = row.person();
        List<Name> names = tx.query("SELECT original, latin FROM cases.person_name WHERE person_id = ? ORDER BY position",
                r -> new Name(r.getString("original"), r.getString("latin")), p.id());
        List<Document> documents = tx.query(
                "SELECT doc_type, held_by FROM cases.person_document WHERE person_id = ? ORDER BY position",
                r -> new Document(r.getString("doc_type"), DocumentHolder.valueOf(r.getString("held_by"))), p.id());
        PersonDetails d = p.details();
        PersonDetails full = new PersonDetails(names, d.sex(), d.genderIdentity(), d.dateOfBirth(),
                d.dateOfBirthEstimated(), d.claimedAge(), d.documentedDateOfBirth(), d.assessedAge(), d.nationality(),
                d.languages(), documents, d.locationCountry(), d.locationDivisionId(), d.contact());
        boolean child = isChild(full, today(), ageOfMajority());
        return new Person(p.id(), full, p.location(), child, p.organisationId(), p.createdBy(), p.createdAt());
    }

    static String joinPath(List<String> path) {
        return String.join(PATH_SEPARATOR, path);
    }

    private static Integer nullableInt(Row row, String column) {
        Long value = row.getNullableLong(column);
        return value == null ? null : value.intValue();
    }

    /**
     * Whether the actor may see a person: a supervisor of the registering organisation; the
     * caseworker who registered them; anyone who may read one of their cases.
     */
    boolean maySeePerson(Transaction tx, Actor actor, PersonRow row) {
        boolean sameOrganisation = actor.organisationId() == row.organisationId();
        if (sameOrganisation && actor.has(Role.SUPERVISOR)) {
            return true;
        }
        if (sameOrganisation && actor.has(Role.CASEWORKER) && row.createdBy().equals(actor.username())) {
            return true;
        }
        if (!Access.worksOnCases(actor)) {
            return false;
        }
        for (CaseRow c : tx.query("SELECT * FROM cases.case_file WHERE person_id = ?", CasesStore::caseRow,
                row.person().id())) {
            if (Access.allowed(actor, c, Access.Operation.READ, hasEmergencyAccess(tx, actor, c.id()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the actor may change a person's details: a supervisor of the organisation, the
     * caseworker who registered them, or one who may work on one of their cases. Emergency access
     * reads only.
     */
    boolean mayChangePerson(Transaction tx, Actor actor, PersonRow row) {
        boolean sameOrganisation = actor.organisationId() == row.organisationId();
        if (sameOrganisation && actor.has(Role.SUPERVISOR)) {
            return true;
        }
        if (sameOrganisation && actor.has(Role.CASEWORKER) && row.createdBy().equals(actor.username())) {
            return true;
        }
        return Access.worksOnCases(actor)
                && tx.query("SELECT * FROM cases.case_file WHERE person_id = ?", CasesStore::caseRow, row.person().id())
                        .stream().anyMatch(c -> Access.allowed(actor, c, Access.Operation.UPDATE_PERSON, false));
    }

    // ---- cases ----

    static CaseRow caseRow(Row row) {
        return new CaseRow(row.getLong("id"), row.getString("case_number"), row.getLong("person_id"),
                row.getLong("organisation_id"), CaseStatus.valueOf(row.getString("status")),
                row.getString("closure_reason"), row.getString("created_by"), row.getString("assigned_to"),
                row.getInstant("created_at"), row.getInstant("updated_at"));
    }

    CaseRow requireCase(Transaction tx, long id) {
        return tx.queryOne("SELECT * FROM cases.case_file WHERE id = ?", CasesStore::caseRow, id)
                .orElseThrow(() -> new NotFoundException("cases.case.notFound", id));
    }

    boolean hasEmergencyAccess(Transaction tx, Actor actor, long caseId) {
        return tx.queryLong("SELECT COUNT(*) FROM cases.emergency_access WHERE username = ? AND case_id = ? AND expires_at > ?",
                actor.username(), caseId, clock.instant()) > 0;
    }

    /** The case if the actor may do {@code operation} to it; otherwise refused. */
    CaseRow authorise(Transaction tx, Actor actor, long caseId, Access.Operation operation) {
        CaseRow row = requireCase(tx, caseId);
        boolean grant = operation == Access.Operation.READ && hasEmergencyAccess(tx, actor, caseId);
        if (!Access.allowed(actor, row, operation, grant)) {
            throw new AccessDeniedException("cases.error.accessDenied");
        }
        return row;
    }

    Set<CaseFlag> flags(Transaction tx, long caseId) {
        List<CaseFlag> flags = tx.query("SELECT flag FROM cases.case_flag WHERE case_id = ?",
                r -> CaseFlag.valueOf(r.getString("flag")), caseId);
        return flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags);
    }

    CaseView view(Transaction tx, CaseRow row) {
        boolean child = isChild(tx, row.personId());
        return new CaseView(row.id(), row.number(), row.personId(), row.organisationId(), row.status(),
                row.closureReason(), flags(tx, row.id()), child, row.createdBy(), row.assignedTo(), row.createdAt(),
                row.updatedAt());
    }

    boolean isChild(Transaction tx, long personId) {
        return complete(tx, requirePerson(tx, personId)).child();
    }

    static String caseTarget(long id) {
        return "case:" + id;
    }

    static String personTarget(long id) {
        return "person:" + id;
    }

    static String placeholders(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    static List<Object> params(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
