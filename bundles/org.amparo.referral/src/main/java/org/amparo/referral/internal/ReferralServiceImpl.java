package org.amparo.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseView;
import org.amparo.cases.Consent;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Person;
import org.amparo.cases.PersonService;
import org.amparo.catalog.Catalog;
import org.amparo.catalog.MatchRequest;
import org.amparo.catalog.MatchResult;
import org.amparo.catalog.Matching;
import org.amparo.catalog.ServiceDetail;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.interviews.Interview;
import org.amparo.interviews.InterviewService;
import org.amparo.interviews.InterviewStatus;
import org.amparo.persistence.Database;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.amparo.referral.CaseMatches;
import org.amparo.referral.PartnerLink;
import org.amparo.referral.Pathways;
import org.amparo.referral.Received;
import org.amparo.referral.Referral;
import org.amparo.referral.ReferralDraft;
import org.amparo.referral.ReferralEvent;
import org.amparo.referral.ReferralStatus;
import org.amparo.referral.Referrals;
import org.amparo.referral.SharePreview;
import org.amparo.referral.SharedField;
import org.amparo.referral.SharedValue;
import org.amparo.screening.Determination;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;

/**
 * Referrals in the {@code referral} schema. The referring side's access is the case service's
 * ({@link CaseService#requireAccess}); the receiving side's is membership of the organisation the
 * referral was sent to, with the partner caseworker role. Shared values are copied when a referral
 * is sent, so the receiving side never reads the case, and service and organisation names are
 * copied when it is drafted, so its history survives the service leaving the catalogue.
 */
@Component(service = Referrals.class)
@SatisfyingConditionTarget(ReferralServiceImpl.MODULE)
public final class ReferralServiceImpl implements Referrals {
    static final String SCHEMA = "referral";
    static final String MODULE = "(osgi.condition.id=amparo.module.referral)";
    static final String SYSTEM = "system";
    private static final int MAX_MESSAGE = 4000;
    private static final int MAX_REASON = 1000;
    private static final int DEFAULT_ANSWER_DAYS = 5;
    private static final int MATCH_PAGE = 10;

    private final Database database;
    private final AuditLog audit;
    private final CaseService cases;
    private final PersonService persons;
    private final InterviewService interviews;
    private final Catalog catalog;
    private final Matching matching;
    private final OrganisationService organisations;
    private final Pathways pathways;
    private final Clock clock;
    private final List<ActionGuard> guards = new CopyOnWriteArrayList<>();

    @Activate
    public ReferralServiceImpl(@Reference Database database, @Reference AuditLog audit, @Reference CaseService cases,
            @Reference PersonService persons, @Reference InterviewService interviews, @Reference Catalog catalog,
            @Reference Matching matching, @Reference OrganisationService organisations, @Reference Pathways pathways) {
        this(database, audit, cases, persons, interviews, catalog, matching, organisations, pathways, Clock.systemDefaultZone());
    }

    ReferralServiceImpl(Database database, AuditLog audit, CaseService cases, PersonService persons, InterviewService interviews,
            Catalog catalog, Matching matching, OrganisationService organisations, Pathways pathways, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.cases = cases;
        this.persons = persons;
        this.interviews = interviews;
        this.catalog = catalog;
        this.matching = matching;
        this.organisations = organisations;
        this.pathways = pathways;
        this.clock = clock;
        database.migrate(SCHEMA, ReferralServiceImpl.class);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGuard(ActionGuard guard) {
        guards.add(guard);
    }

    void removeGuard(ActionGuard guard) {
        guards.remove(guard);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- matching -------------------------------------------------------------------------------

    @Override
    public CaseMatches match(Actor actor, long caseId, Instant at) {
        CaseView view = cases.requireAccess(actor, caseId, false, "referral.match");
        Optional<Interview> latest = interviews.ofCase(actor, caseId).stream()
                .filter(i -> i.status() == InterviewStatus.COMPLETED).findFirst();
        Person person = persons.get(actor, view.personId());
        List<String> missing = new ArrayList<>();
        if (latest.isEmpty()) {
            missing.add("referral.match.noScreening");
            return new CaseMatches(null, List.of(), new MatchResult(List.of(), at), missing);
        }
        Determination determination = interviews.determination(actor, latest.get().id());
        List<String> needs = new ArrayList<>(new TreeSet<>(determination.serviceIds()));
        var d = person.details();
        String country = person.location() == null ? d.locationCountry() : person.location().country();
        if (person.location() == null) {
            missing.add("referral.match.noLocation");
        }
        if (d.languages().isEmpty()) {
            missing.add("referral.match.noLanguage");
        }
        Integer age = SharedValues.matchingAge(d, today());
        if (age == null) {
            missing.add("referral.match.noAge");
        }
        MatchRequest request = new MatchRequest(needs, country == null ? "" : country,
                person.location() == null ? null : person.location().divisionId(),
                person.location() == null ? List.of() : person.location().namePath(), d.languages(), age,
                SharedValues.ageInDoubt(d, person.child()), d.sex() == null ? null : d.sex().name().toLowerCase(java.util.Locale.ROOT),
                d.nationality().isEmpty() ? null : d.nationality(), null, at, ZoneId.systemDefault(), MATCH_PAGE);
        MatchResult result = matching.match(request);
        database.run(tx -> success(actor, "referral.match", caseId, "needs=" + needs.size()));
        return new CaseMatches(latest.get().id(), needs, result, missing);
    }

    // --- the referring side ---------------------------------------------------------------------

    @Override
    public Referral draft(Actor actor, long caseId, ReferralDraft draft) {
        ServiceDetail service = checkDraft(draft);
        CaseView view = cases.requireAccess(actor, caseId, true, "referral.draft");
        if (!view.status().open()) {
            throw new ConflictException("referral.error.caseClosed");
        }
        return database.inTransaction(tx -> {
            Instant now = clock.instant();
            String organizationId = service.organization() == null ? "" : service.organization().id();
            String organizationName = service.organization() == null ? "" : service.organization().text("name").orElse("");
            long id = tx.insertReturningKey("""
                    INSERT INTO referral.referral (case_id, case_number, person_id, from_organisation_id, created_by, service_id,
                        service_name, catalog_organization_id, organization_name, to_organisation_id, need, status, shared_fields,
                        message, pathway_step, consent_override, answer_due, reminded, reason, created_at, sent_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', NULL, FALSE, '', ?, NULL, ?)
                    """, caseId, view.number(), view.personId(), view.organisationId(), actor.username(), service.id(),
                    service.name(), organizationId, organizationName, linkedOrganisation(tx, organizationId).orElse(null),
                    draft.need(), ReferralStatus.DRAFT, fields(draft.fields()), draft.message(), draft.pathwayStep(), now, now);
            event(tx, id, ReferralStatus.DRAFT, actor.username(), "", false, false);
            success(actor, "referral.draft", caseId, "referral=" + id);
            return read(tx, id);
        });
    }

    @Override
    public Referral edit(Actor actor, long referralId, ReferralDraft draft) {
        ServiceDetail service = checkDraft(draft);
        Referral current = find(referralId);
        cases.requireAccess(actor, current.caseId(), true, "referral.edit");
        return database.inTransaction(tx -> {
            Referral now = read(tx, referralId);
            if (now.status() != ReferralStatus.DRAFT) {
                throw new ConflictException("referral.error.notDraft");
            }
            String organizationId = service.organization() == null ? "" : service.organization().id();
            tx.update("""
                    UPDATE referral.referral SET service_id = ?, service_name = ?, catalog_organization_id = ?, organization_name = ?,
                        to_organisation_id = ?, need = ?, shared_fields = ?, message = ?, pathway_step = ?, updated_at = ?
                    WHERE id = ?
                    """, service.id(), service.name(), organizationId,
                    service.organization() == null ? "" : service.organization().text("name").orElse(""),
                    linkedOrganisation(tx, organizationId).orElse(null), draft.need(), fields(draft.fields()), draft.message(),
                    draft.pathwayStep(), clock.instant(), referralId);
            success(actor, "referral.edit", now.caseId(), "referral=" + referralId);
            return read(tx, referralId);
        });
    }

    private ServiceDetail checkDraft(ReferralDraft draft) {
        if (draft == null) {
            throw ValidationException.of("serviceId", "referral.error.serviceRequired");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<ServiceDetail> service = Optional.empty();
        if (draft.serviceId().isEmpty()) {
            errors.add(new FieldError("serviceId", "referral.error.serviceRequired"));
        } else {
            service = catalog.service(draft.serviceId());
            if (service.isEmpty()) {
                errors.add(new FieldError("serviceId", "referral.error.serviceUnknown"));
            }
        }
        if (!draft.need().matches("[a-z][a-z0-9.-]{0,99}")) {
            errors.add(new FieldError("need", "referral.error.needRequired"));
        }
        if (draft.fields().isEmpty()) {
            errors.add(new FieldError("fields", "referral.error.fieldsRequired"));
        }
        if (draft.message().length() > MAX_MESSAGE) {
            errors.add(new FieldError("message", "referral.error.tooLong", MAX_MESSAGE));
        }
        if (!draft.pathwayStep().isEmpty() && !draft.pathwayStep().matches("[A-Za-z0-9._-]{1,100}/[A-Za-z0-9._-]{1,100}")) {
            errors.add(new FieldError("pathwayStep", "referral.error.pathwayStepInvalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return service.orElseThrow();
    }

    @Override
    public SharePreview preview(Actor actor, long referralId) {
        Referral referral = find(referralId);
        CaseView view = cases.requireAccess(actor, referral.caseId(), true, "referral.preview");
        Person person = persons.get(actor, view.personId());
        List<SharedValue> values = SharedValues.of(referral.fields(), person, view, referral.need(), today());
        String code = referral.toOrganisationId() == null ? ""
                : organisations.find(referral.toOrganisationId()).map(Organisation::code).orElse("");
        String problem = consentProblem(actor, view.personId(), code);
        database.run(tx -> success(actor, "referral.preview", referral.caseId(), "referral=" + referralId));
        return new SharePreview(referral, values, problem.isEmpty(), problem, code);
    }

    /** Empty when the person's active consents allow the referral and the sharing with {@code code}. */
    private String consentProblem(Actor actor, long personId, String code) {
        List<Consent> consents = persons.consents(actor, personId);
        boolean referral = consents.stream().anyMatch(c -> c.active() && c.purpose() == ConsentPurpose.REFERRAL);
        if (!referral) {
            return "referral.consent.noReferralConsent";
        }
        if (code.isEmpty()) {
            return "referral.consent.noAccount";
        }
        boolean sharing = consents.stream()
                .anyMatch(c -> c.active() && c.purpose() == ConsentPurpose.SHARING && c.sharingWith().contains(code));
        return sharing ? "" : "referral.consent.noSharingConsent";
    }

    @Override
    public Referral send(Actor actor, long referralId, String override) {
        String why = override == null ? "" : override.strip();
        if (why.length() > MAX_REASON) {
            throw ValidationException.of("override", "referral.error.tooLong", MAX_REASON);
        }
        Referral referral = find(referralId);
        CaseView view = cases.requireAccess(actor, referral.caseId(), true, "referral.send");
        if (referral.status() != ReferralStatus.DRAFT) {
            throw new ConflictException("referral.error.notDraft");
        }
        for (ActionGuard guard : guards) {
            guard.check(actor, ActionGuard.REFERRAL_SEND);
        }
        Person person = persons.get(actor, view.personId());
        String code = referral.toOrganisationId() == null ? ""
                : organisations.find(referral.toOrganisationId()).map(Organisation::code).orElse("");
        String problem = consentProblem(actor, view.personId(), code);
        if (!problem.isEmpty() && why.isEmpty()) {
            database.run(tx -> audit.record(AuditEvent.denied(actor.username(), "referral.send", target(referral.caseId()),
                    "referral=" + referralId + " " + problem)));
            throw new ConflictException(problem);
        }
        List<SharedValue> values = SharedValues.of(referral.fields(), person, view, referral.need(), today());
        LocalDate due = answerDue(actor, referral);
        return database.inTransaction(tx -> {
            Referral now = read(tx, referralId);
            if (now.status() != ReferralStatus.DRAFT) {
                throw new ConflictException("referral.error.notDraft");
            }
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                SharedValue v = values.get(i);
                rows.add(new Object[] { referralId, i, v.field().name(), v.value(), v.noteKey() });
            }
            tx.batch("INSERT INTO referral.shared_value (referral_id, position, field_code, field_value, note_key) VALUES (?, ?, ?, ?, ?)",
                    rows);
            Instant at = clock.instant();
            tx.update("""
                    UPDATE referral.referral SET status = ?, consent_override = ?, answer_due = ?, sent_at = ?, updated_at = ?
                    WHERE id = ?
                    """, ReferralStatus.SENT, problem.isEmpty() ? "" : why, due, at, at, referralId);
            event(tx, referralId, ReferralStatus.SENT, actor.username(), "", false, false);
            if (!problem.isEmpty()) {
                audit.record(AuditEvent.success(actor.username(), "referral.consentOverride", target(referral.caseId()),
                        "referral=" + referralId + " " + problem));
            }
            success(actor, "referral.send", referral.caseId(),
                    "referral=" + referralId + " fields=" + values.stream().map(v -> v.field().name()).collect(Collectors.joining(",")));
            return read(tx, referralId);
        });
    }

    /** The pathway step's due day when the referral carries one out and it is still ahead; else a default. */
    private LocalDate answerDue(Actor actor, Referral referral) {
        LocalDate fallback = today().plusDays(DEFAULT_ANSWER_DAYS);
        if (referral.pathwayStep().isEmpty()) {
            return fallback;
        }
        String[] parts = referral.pathwayStep().split("/", 2);
        return pathways.checklist(actor, referral.caseId()).stream().filter(c -> c.pathwayId().equals(parts[0]))
                .flatMap(c -> c.steps().stream()).filter(s -> s.stepId().equals(parts[1]))
                .map(s -> s.dueOn()).filter(d -> d != null && !d.isBefore(today())).findFirst().orElse(fallback);
    }

    @Override
    public Referral withdraw(Actor actor, long referralId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "referral.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw ValidationException.of("reason", "referral.error.tooLong", MAX_REASON);
        }
        Referral referral = find(referralId);
        cases.requireAccess(actor, referral.caseId(), true, "referral.withdraw");
        return database.inTransaction(tx -> {
            Referral now = read(tx, referralId);
            move(tx, now, ReferralStatus.WITHDRAWN, actor.username(), why, false);
            success(actor, "referral.withdraw", now.caseId(), "referral=" + referralId);
            return read(tx, referralId);
        });
    }

    @Override
    public Referral get(Actor actor, long referralId) {
        Referral referral = find(referralId);
        cases.requireAccess(actor, referral.caseId(), false, "referral.read");
        database.run(tx -> success(actor, "referral.read", referral.caseId(), "referral=" + referralId));
        return referral;
    }

    @Override
    public List<Referral> ofCase(Actor actor, long caseId) {
        cases.requireAccess(actor, caseId, false, "referral.read");
        return database.inTransaction(tx -> {
            success(actor, "referral.read", caseId, "referrals");
            return tx.query("SELECT * FROM referral.referral WHERE case_id = ? ORDER BY id DESC", this::referral, caseId);
        });
    }

    @Override
    public List<ReferralEvent> history(Actor actor, long referralId) {
        Referral referral = find(referralId);
        cases.requireAccess(actor, referral.caseId(), false, "referral.read");
        return database.inTransaction(tx -> {
            success(actor, "referral.read", referral.caseId(), "referral=" + referralId + " history");
            return events(tx, referralId);
        });
    }

    @Override
    public List<Referral> overdue(Actor actor) {
        List<Referral> candidates = database.inTransaction(tx -> tx.query("""
                SELECT * FROM referral.referral WHERE status = ? AND answer_due < ? AND from_organisation_id = ?
                ORDER BY answer_due, id FETCH FIRST 200 ROWS ONLY
                """, this::referral, ReferralStatus.SENT, today(), actor.organisationId()));
        List<Referral> visible = new ArrayList<>();
        for (Referral referral : candidates) {
            try {
                cases.requireAccess(actor, referral.caseId(), true, "referral.read");
                visible.add(referral);
            } catch (AccessDeniedException e) {
                // not a case this actor works on: its reminder is someone else's
            }
        }
        return visible;
    }

    // --- the receiving side ---------------------------------------------------------------------

    private static void requirePartner(Actor actor) {
        if (!actor.has(Role.PARTNER_CASEWORKER)) {
            throw new AccessDeniedException("referral.error.notPartner");
        }
    }

    @Override
    public List<Received> inbox(Actor actor, ReferralStatus status, int offset, int limit) {
        requirePartner(actor);
        int size = Math.max(1, Math.min(limit, 100));
        int from = Math.max(0, offset);
        return database.inTransaction(tx -> {
            List<Referral> found = status == null
                    ? tx.query("""
                            SELECT * FROM referral.referral WHERE to_organisation_id = ? AND status <> ?
                            ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY
                            """, this::referral, actor.organisationId(), ReferralStatus.DRAFT, from, size)
                    : tx.query("""
                            SELECT * FROM referral.referral WHERE to_organisation_id = ? AND status = ?
                            ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY
                            """, this::referral, actor.organisationId(), status == ReferralStatus.DRAFT ? "none" : status.name(),
                            from, size);
            audit.record(AuditEvent.success(actor.username(), "referral.inbox", "organisation:" + actor.organisationId(),
                    "shown=" + found.size()));
            List<Received> list = new ArrayList<>();
            for (Referral r : found) {
                list.add(received(tx, r));
            }
            return list;
        });
    }

    @Override
    public Received received(Actor actor, long referralId) {
        requirePartner(actor);
        return database.inTransaction(tx -> {
            Referral r = receivedBy(tx, actor, referralId, "referral.received");
            audit.record(AuditEvent.success(actor.username(), "referral.received", "referral:" + referralId, ""));
            return received(tx, r);
        });
    }

    /** The referral if it was sent to the actor's organisation; otherwise refused (audited) as if absent. */
    private Referral receivedBy(Transaction tx, Actor actor, long referralId, String action) {
        Optional<Referral> found = tx.queryOne("SELECT * FROM referral.referral WHERE id = ?", this::referral, referralId);
        if (found.isEmpty() || found.get().status() == ReferralStatus.DRAFT || found.get().toOrganisationId() == null
                || found.get().toOrganisationId() != actor.organisationId()) {
            database.run(t -> audit.record(AuditEvent.denied(actor.username(), action, "referral:" + referralId, "")));
            throw new AccessDeniedException("referral.error.notYours");
        }
        return found.get();
    }

    @Override
    public Received answer(Actor actor, long referralId, ReferralStatus next, String reason) {
        requirePartner(actor);
        String why = checkAnswer(next, reason);
        return database.inTransaction(tx -> {
            Referral r = receivedBy(tx, actor, referralId, "referral.answer");
            move(tx, r, next, actor.username(), why, false);
            audit.record(AuditEvent.success(actor.username(), "referral.answer", "referral:" + referralId, next.name()));
            return received(tx, read(tx, referralId));
        });
    }

    @Override
    public Referral recordAnswer(Actor actor, long referralId, ReferralStatus next, String reason) {
        String why = checkAnswer(next, reason);
        Referral referral = find(referralId);
        cases.requireAccess(actor, referral.caseId(), true, "referral.recordAnswer");
        return database.inTransaction(tx -> {
            Referral now = read(tx, referralId);
            if (now.toOrganisationId() != null) {
                throw new ConflictException("referral.error.answersItself");
            }
            move(tx, now, next, actor.username(), why, true);
            success(actor, "referral.recordAnswer", now.caseId(), "referral=" + referralId + " " + next.name());
            return read(tx, referralId);
        });
    }

    private static String checkAnswer(ReferralStatus next, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (next == null || !EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.IN_PROGRESS,
                ReferralStatus.COMPLETED).contains(next)) {
            throw ValidationException.of("status", "referral.error.answerInvalid");
        }
        if (next == ReferralStatus.DECLINED && why.isEmpty()) {
            throw ValidationException.of("reason", "referral.error.declineReasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw ValidationException.of("reason", "referral.error.tooLong", MAX_REASON);
        }
        return why;
    }

    private void move(Transaction tx, Referral referral, ReferralStatus next, String actor, String reason, boolean onBehalf) {
        if (!referral.status().next().contains(next) || next == ReferralStatus.SENT) {
            throw new ConflictException("referral.error.step", referral.status().name(), next.name());
        }
        boolean keepsReason = next == ReferralStatus.DECLINED || next == ReferralStatus.WITHDRAWN;
        tx.update("UPDATE referral.referral SET status = ?, reason = ?, updated_at = ? WHERE id = ?", next,
                keepsReason ? reason : referral.reason(), clock.instant(), referral.id());
        event(tx, referral.id(), next, actor, reason, false, onBehalf);
    }

    // --- partner links and counts ---------------------------------------------------------------

    @Override
    public List<PartnerLink> links() {
        return database.inTransaction(tx -> tx.query("SELECT * FROM referral.partner_link ORDER BY catalog_organization_id",
                r -> new PartnerLink(r.getString("catalog_organization_id"), r.getLong("organisation_id"), r.getString("linked_by"),
                        r.getInstant("linked_at"))));
    }

    private void requireAdmin(Actor actor, String action, String target) {
        if (!actor.has(Role.SYSTEM_ADMIN) && !actor.has(Role.COUNTRY_ADMIN)) {
            database.run(tx -> audit.record(AuditEvent.denied(actor.username(), action, target, "")));
            throw new AccessDeniedException("referral.error.adminOnly");
        }
    }

    @Override
    public PartnerLink link(Actor actor, String catalogOrganizationId, String organisationCode) {
        String id = catalogOrganizationId == null ? "" : catalogOrganizationId.strip();
        String code = organisationCode == null ? "" : organisationCode.strip();
        requireAdmin(actor, "referral.link", "catalog-organization:" + id);
        List<FieldError> errors = new ArrayList<>();
        if (id.isEmpty() || catalog.organization(id).isEmpty()) {
            errors.add(new FieldError("catalogOrganizationId", "referral.error.catalogOrganizationUnknown"));
        }
        Optional<Organisation> organisation = code.isEmpty() ? Optional.empty() : organisations.findByCode(code);
        if (organisation.isEmpty()) {
            errors.add(new FieldError("organisationCode", "referral.error.organisationUnknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(tx -> {
            Instant now = clock.instant();
            tx.update("DELETE FROM referral.partner_link WHERE catalog_organization_id = ?", id);
            tx.update("INSERT INTO referral.partner_link (catalog_organization_id, organisation_id, linked_by, linked_at) VALUES (?, ?, ?, ?)",
                    id, organisation.get().id(), actor.username(), now);
            // drafts follow the link; sent referrals keep the organisation they were sent to
            tx.update("UPDATE referral.referral SET to_organisation_id = ? WHERE catalog_organization_id = ? AND status = ?",
                    organisation.get().id(), id, ReferralStatus.DRAFT);
            audit.record(AuditEvent.success(actor.username(), "referral.link", "catalog-organization:" + id,
                    "organisation=" + organisation.get().id()));
            return new PartnerLink(id, organisation.get().id(), actor.username(), now);
        });
    }

    @Override
    public void unlink(Actor actor, String catalogOrganizationId) {
        String id = catalogOrganizationId == null ? "" : catalogOrganizationId.strip();
        requireAdmin(actor, "referral.unlink", "catalog-organization:" + id);
        database.run(tx -> {
            if (tx.update("DELETE FROM referral.partner_link WHERE catalog_organization_id = ?", id) == 0) {
                throw new NotFoundException("referral.error.linkUnknown");
            }
            tx.update("UPDATE referral.referral SET to_organisation_id = NULL WHERE catalog_organization_id = ? AND status = ?", id,
                    ReferralStatus.DRAFT);
            audit.record(AuditEvent.success(actor.username(), "referral.unlink", "catalog-organization:" + id, ""));
        });
    }

    @Override
    public Map<ReferralStatus, Long> counts(Actor actor) {
        boolean all = actor.has(Role.SYSTEM_ADMIN) || actor.has(Role.COUNTRY_ADMIN);
        if (!all && !actor.has(Role.SUPERVISOR) && !actor.has(Role.CASEWORKER)) {
            throw new AccessDeniedException("referral.error.countsNotAllowed");
        }
        return database.inTransaction(tx -> {
            Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
            Arrays.stream(ReferralStatus.values()).forEach(s -> counts.put(s, 0L));
            org.amparo.persistence.RowMapper<Map.Entry<ReferralStatus, Long>> mapper =
                    r -> Map.entry(ReferralStatus.valueOf(r.getString("status")), r.getLong("n"));
            List<Map.Entry<ReferralStatus, Long>> rows = all
                    ? tx.query("SELECT status, COUNT(*) AS n FROM referral.referral GROUP BY status", mapper)
                    : tx.query("SELECT status, COUNT(*) AS n FROM referral.referral WHERE from_organisation_id = ? GROUP BY status",
                            mapper, actor.organisationId());
            rows.forEach(e -> counts.put(e.getKey(), e.getValue()));
            audit.record(AuditEvent.success(actor.username(), "referral.counts", "", all ? "all" : "organisation"));
            return counts;
        });
    }

    @Override
    public int raiseReminders() {
        return database.inTransaction(tx -> {
            List<Referral> due = tx.query("""
                    SELECT * FROM referral.referral WHERE status = ? AND reminded = FALSE AND answer_due < ?
                    ORDER BY id FETCH FIRST 500 ROWS ONLY
                    """, this::referral, ReferralStatus.SENT, today());
            for (Referral r : due) {
                tx.update("UPDATE referral.referral SET reminded = TRUE WHERE id = ?", r.id());
                event(tx, r.id(), r.status(), SYSTEM, "", true, false);
                audit.record(AuditEvent.success(SYSTEM, "referral.reminder", target(r.caseId()), "referral=" + r.id()));
            }
            return due.size();
        });
    }

    // --- rows -----------------------------------------------------------------------------------

    private Optional<Long> linkedOrganisation(Transaction tx, String catalogOrganizationId) {
        return tx.queryOne("SELECT organisation_id FROM referral.partner_link WHERE catalog_organization_id = ?",
                r -> r.getLong("organisation_id"), catalogOrganizationId);
    }

    private Referral find(long referralId) {
        return database.inTransaction(tx -> read(tx, referralId));
    }

    private Referral read(Transaction tx, long referralId) {
        return tx.queryOne("SELECT * FROM referral.referral WHERE id = ?", this::referral, referralId)
                .orElseThrow(() -> new NotFoundException("referral.error.notFound"));
    }

    private Referral referral(Row r) {
        String stored = r.getString("shared_fields");
        Set<SharedField> fields = stored.isEmpty() ? Set.of()
                : Arrays.stream(stored.split(",")).map(SharedField::valueOf).collect(Collectors.toSet());
        return new Referral(r.getLong("id"), r.getLong("case_id"), r.getString("case_number"), r.getLong("from_organisation_id"),
                r.getString("created_by"), r.getString("service_id"), r.getString("service_name"),
                r.getString("catalog_organization_id"), r.getString("organization_name"), r.getNullableLong("to_organisation_id"),
                r.getString("need"), ReferralStatus.valueOf(r.getString("status")), fields, r.getString("message"),
                r.getString("pathway_step"), r.getString("consent_override"), r.getLocalDate("answer_due"),
                r.getBoolean("reminded"), r.getString("reason"), r.getInstant("created_at"), r.getInstant("sent_at"),
                r.getInstant("updated_at"));
    }

    private Received received(Transaction tx, Referral r) {
        List<SharedValue> values = tx.query(
                "SELECT field_code, field_value, note_key FROM referral.shared_value WHERE referral_id = ? ORDER BY position",
                row -> new SharedValue(SharedField.valueOf(row.getString("field_code")), row.getString("field_value"),
                        row.getString("note_key")), r.id());
        String from = organisations.find(r.fromOrganisationId()).map(Organisation::name).orElse("");
        List<ReferralEvent> history = events(tx, r.id()).stream().filter(e -> e.status() != ReferralStatus.DRAFT).toList();
        return new Received(r.id(), reference(r.id()), from, r.serviceId(), r.serviceName(), r.status(), values, r.message(),
                r.sentAt(), r.answerDue(), history);
    }

    /** The reference both sides quote: the referral id, never the case number. */
    static String reference(long id) {
        return "R-" + id;
    }

    private List<ReferralEvent> events(Transaction tx, long referralId) {
        return tx.query("SELECT * FROM referral.event WHERE referral_id = ? ORDER BY id",
                r -> new ReferralEvent(r.getInstant("happened_at"), ReferralStatus.valueOf(r.getString("status")),
                        r.getString("actor"), r.getString("reason"), r.getBoolean("reminder"), r.getBoolean("on_behalf")),
                referralId);
    }

    private void event(Transaction tx, long referralId, ReferralStatus status, String actor, String reason, boolean reminder,
            boolean onBehalf) {
        tx.update("""
                INSERT INTO referral.event (referral_id, status, actor, reason, reminder, on_behalf, happened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, referralId, status, actor, reason, reminder, onBehalf, clock.instant());
    }

    private static String fields(Set<SharedField> fields) {
        return fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String target(long caseId) {
        return "case:" + caseId;
    }

    private void success(Actor actor, String action, long caseId, String detail) {
        audit.record(AuditEvent.success(actor.username(), action, target(caseId), detail));
    }
}
