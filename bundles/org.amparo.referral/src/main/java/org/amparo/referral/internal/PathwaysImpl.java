package org.amparo.referral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.cases.Actor;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseView;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Law;
import org.amparo.countries.Pathway;
import org.amparo.persistence.Database;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.amparo.referral.Checklist;
import org.amparo.referral.ChecklistStep;
import org.amparo.referral.Pathways;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;

/**
 * The operating country pack's pathways as checklists on a case. Which pathways: those whose case
 * type fits one of the case's flags (and {@code child} while the person is or may be a child). Due
 * days come only from the pack's deadlines; a step done is kept with the pack revision and title it
 * had, so the mark stays readable after the pack changes.
 */
@Component(service = Pathways.class)
@SatisfyingConditionTarget(ReferralServiceImpl.MODULE)
public final class PathwaysImpl implements Pathways {
    static final String REFLECTION_PERIOD = "reflection-period";
    private static final int MAX_NOTE = 2000;

    private final Database database;
    private final AuditLog audit;
    private final CaseService cases;
    private final CountryPacks packs;
    private final Clock clock;

    @Activate
    public PathwaysImpl(@Reference Database database, @Reference AuditLog audit, @Reference CaseService cases,
            @Reference CountryPacks packs) {
        this(database, audit, cases, packs, Clock.systemDefaultZone());
    }

    PathwaysImpl(Database database, AuditLog audit, CaseService cases, CountryPacks packs, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.cases = cases;
        this.packs = packs;
        this.clock = clock;
        database.migrate(ReferralServiceImpl.SCHEMA, ReferralServiceImpl.class);
    }

    @Override
    public List<Checklist> checklist(Actor actor, long caseId) {
        CaseView view = cases.requireAccess(actor, caseId, false, "pathway.read");
        return database.inTransaction(tx -> {
            audit.record(AuditEvent.success(actor.username(), "pathway.read", "case:" + caseId, ""));
            return build(tx, view);
        });
    }

    @Override
    public List<Checklist> markDone(Actor actor, long caseId, String pathwayId, String stepId, LocalDate doneOn, String note) {
        String text = note == null ? "" : note.strip();
        List<FieldError> errors = new ArrayList<>();
        if (doneOn == null) {
            errors.add(new FieldError("doneOn", "referral.pathway.dateRequired"));
        } else if (doneOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("doneOn", "referral.pathway.dateInFuture"));
        }
        if (text.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "referral.error.tooLong", MAX_NOTE));
        }
        CaseView view = cases.requireAccess(actor, caseId, true, "pathway.mark");
        Optional<Country> country = packs.operatingCountry();
        Optional<Pathway.Step> step = country.flatMap(c -> applicable(c, view).stream().filter(p -> p.id().equals(pathwayId)).findFirst())
                .flatMap(p -> p.steps().stream().filter(s -> s.id().equals(stepId)).findFirst());
        if (step.isEmpty()) {
            errors.add(new FieldError("stepId", "referral.pathway.stepUnknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(tx -> {
            if (tx.queryLong("SELECT COUNT(*) FROM referral.pathway_mark WHERE case_id = ? AND pathway_id = ? AND step_id = ?", caseId,
                    pathwayId, stepId) > 0) {
                throw new ConflictException("referral.pathway.alreadyDone");
            }
            tx.update("""
                    INSERT INTO referral.pathway_mark (case_id, pathway_id, step_id, country, revision, title_key, done_on, done_by,
                        note, marked_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, caseId, pathwayId, stepId, country.get().code(), country.get().revision(), step.get().titleKey(), doneOn,
                    actor.username(), text, clock.instant());
            audit.record(AuditEvent.success(actor.username(), "pathway.mark", "case:" + caseId, pathwayId + "/" + stepId));
            return build(tx, view);
        });
    }

    @Override
    public List<Checklist> unmark(Actor actor, long caseId, String pathwayId, String stepId) {
        CaseView view = cases.requireAccess(actor, caseId, true, "pathway.unmark");
        return database.inTransaction(tx -> {
            int removed = tx.update("DELETE FROM referral.pathway_mark WHERE case_id = ? AND pathway_id = ? AND step_id = ?", caseId,
                    pathwayId, stepId);
            if (removed > 0) {
                audit.record(AuditEvent.success(actor.username(), "pathway.unmark", "case:" + caseId, pathwayId + "/" + stepId));
            }
            return build(tx, view);
        });
    }

    /** The case types a case's flags call for. */
    static Set<String> caseTypes(CaseView view) {
        Set<String> types = new LinkedHashSet<>();
        for (CaseFlag flag : CaseFlag.values()) {
            if (view.flags().contains(flag)) {
                types.add(switch (flag) {
                    case POSSIBLE_TRAFFICKING_VICTIM -> "trafficking";
                    case SMUGGLED_MIGRANT -> "smuggling";
                    case UNACCOMPANIED_OR_SEPARATED_CHILD -> "child";
                    case OTHER_VULNERABLE_MIGRANT -> "other-vulnerable";
                });
            }
        }
        if (view.child()) {
            types.add("child");
        }
        return types;
    }

    private static List<Pathway> applicable(Country country, CaseView view) {
        Set<String> types = caseTypes(view);
        return country.pathways().stream().filter(p -> types.contains(p.caseType())).toList();
    }

    private record Mark(String pathwayId, String stepId, String titleKey, LocalDate doneOn, String doneBy, String note) {
        static Mark of(Row r) {
            return new Mark(r.getString("pathway_id"), r.getString("step_id"), r.getString("title_key"), r.getLocalDate("done_on"),
                    r.getString("done_by"), r.getString("note"));
        }
    }

    private List<Checklist> build(Transaction tx, CaseView view) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (Mark mark : tx.query("SELECT * FROM referral.pathway_mark WHERE case_id = ? ORDER BY marked_at", Mark::of, view.id())) {
            marks.put(mark.pathwayId() + "/" + mark.stepId(), mark);
        }
        List<Checklist> lists = new ArrayList<>();
        Optional<Country> country = packs.operatingCountry();
        Set<String> shown = new LinkedHashSet<>();
        LocalDate opened = LocalDate.ofInstant(view.createdAt(), clock.getZone());
        if (country.isPresent()) {
            Map<String, Law.Provision> provisions = new LinkedHashMap<>();
            Map<String, Law> laws = new LinkedHashMap<>();
            for (Law law : country.get().laws()) {
                laws.put(law.id(), law);
                law.provisions().forEach(p -> provisions.put(law.id() + "#" + p.id(), p));
            }
            for (Pathway pathway : applicable(country.get(), view)) {
                shown.add(pathway.id());
                List<ChecklistStep> steps = new ArrayList<>();
                LocalDate previousDone = opened;
                Set<String> ids = new LinkedHashSet<>();
                for (Pathway.Step step : pathway.steps()) {
                    ids.add(step.id());
                    Mark mark = marks.get(pathway.id() + "/" + step.id());
                    LocalDate due = null;
                    if (step.deadlineDays() != null) {
                        LocalDate from = "previous-step".equals(step.deadlineFrom()) ? previousDone : opened;
                        due = from == null ? null : from.plusDays(step.deadlineDays());
                    }
                    List<ChecklistStep.Basis> basis = new ArrayList<>();
                    boolean reflection = false;
                    for (String ref : step.basis()) {
                        String lawId = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
                        Law law = laws.get(lawId);
                        Law.Provision provision = provisions.get(ref);
                        reflection |= provision != null && REFLECTION_PERIOD.equals(provision.topic());
                        basis.add(new ChecklistStep.Basis(ref, law == null ? "" : law.title(),
                                provision == null ? "" : provision.citation(), provision == null ? "" : provision.topic(),
                                provision != null ? provision.summaryKey() : law == null ? "" : law.summaryKey()));
                    }
                    steps.add(new ChecklistStep(step.id(), step.titleKey(), step.responsibleKey(), step.deadlineDays(),
                            step.deadlineFrom(), due, reflection, basis, step.evidence() == null ? "" : step.evidence().confidence().name(),
                            mark == null ? null : mark.doneOn(), mark == null ? null : mark.doneBy(), mark == null ? "" : mark.note()));
                    previousDone = mark == null ? null : mark.doneOn();
                }
                List<ChecklistStep> orphans = marks.values().stream()
                        .filter(m -> m.pathwayId().equals(pathway.id()) && !ids.contains(m.stepId())).map(PathwaysImpl::orphan).toList();
                lists.add(new Checklist(country.get().code(), country.get().revision(), pathway.id(), pathway.titleKey(),
                        pathway.caseType(), steps, orphans));
            }
        }
        Map<String, List<ChecklistStep>> gone = new LinkedHashMap<>();
        marks.values().stream().filter(m -> !shown.contains(m.pathwayId()))
                .forEach(m -> gone.computeIfAbsent(m.pathwayId(), k -> new ArrayList<>()).add(orphan(m)));
        gone.forEach((id, orphans) -> lists.add(new Checklist(country.map(Country::code).orElse(""),
                country.map(Country::revision).orElse(""), id, "referral.pathway.removed", "", List.of(), orphans)));
        return lists;
    }

    private static ChecklistStep orphan(Mark m) {
        return new ChecklistStep(m.stepId(), m.titleKey(), null, null, null, null, false, List.of(), "", m.doneOn(), m.doneBy(),
                m.note());
    }
}
