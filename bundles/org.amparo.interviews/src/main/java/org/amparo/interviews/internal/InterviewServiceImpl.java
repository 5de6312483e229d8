package org.amparo.interviews.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseView;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.interviews.Interview;
import org.amparo.interviews.InterviewService;
import org.amparo.interviews.InterviewStatus;
import org.amparo.interviews.ListVerifications;
import org.amparo.persistence.Database;
import org.amparo.persistence.Row;
import org.amparo.persistence.Transaction;
import org.amparo.screening.AgeGroup;
import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.DeterminationEngine;
import org.amparo.screening.Exploitation;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Instruments;
import org.amparo.screening.SetReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Interviews in the {@code interviews} schema. Each call checks the case through
 * {@link CaseService#requireAccess} inside its own transaction, then audits what it did by id.
 * A completed interview keeps the references of everything it was determined with, including which
 * indicator lists counted as verified then, so that its determination is recomputed identically.
 */
@Component(service = InterviewService.class)
public final class InterviewServiceImpl implements InterviewService {
    static final String SCHEMA = "interviews";
    private static final int MAX_REASON = 1000;

    private final Database database;
    private final AuditLog audit;
    private final CaseService cases;
    private final Instruments instruments;
    private final DeterminationEngine engine;
    private final ListVerifications verifications;
    private final Clock clock;
    private final java.util.List<ActionGuard> guards = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public InterviewServiceImpl(@Reference Database database, @Reference AuditLog audit, @Reference CaseService cases,
            @Reference Instruments instruments, @Reference DeterminationEngine engine,
            @Reference ListVerifications verifications) {
        this(database, audit, cases, instruments, engine, verifications, Clock.systemUTC());
    }

    public InterviewServiceImpl(Database database, AuditLog audit, CaseService cases, Instruments instruments,
            DeterminationEngine engine, ListVerifications verifications, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.cases = cases;
        this.instruments = instruments;
        this.engine = engine;
        this.verifications = verifications;
        this.clock = clock;
        database.migrate(SCHEMA, InterviewServiceImpl.class);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGuard(ActionGuard guard) {
        guards.add(guard);
    }

    void removeGuard(ActionGuard guard) {
        guards.remove(guard);
    }

    @Override
    public Interview start(Actor actor, long caseId, String personLanguage) {
        String language = personLanguage == null ? "" : personLanguage.strip();
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw ValidationException.of("personLanguage", "interviews.language.invalid");
        }
        CaseView view = cases.requireAccess(actor, caseId, true, "screening.start");
        InstrumentSet set = instruments.current();
        return database.inTransaction(tx -> {
            long id = insert(tx, actor, caseId, set.reference(), language, view.child() ? AgeGroup.CHILD : AgeGroup.ADULT,
                    null, "");
            success(actor, "screening.start", caseId, "interview=" + id);
            return read(tx, id);
        });
    }

    @Override
    public Interview get(Actor actor, long interviewId) {
        Interview interview = find(interviewId);
        cases.requireAccess(actor, interview.caseId(), false, "screening.read");
        database.run(tx -> success(actor, "screening.read", interview.caseId(), "interview=" + interviewId));
        return interview;
    }

    @Override
    public List<Interview> ofCase(Actor actor, long caseId) {
        cases.requireAccess(actor, caseId, false, "screening.read");
        return database.inTransaction(tx -> {
            success(actor, "screening.read", caseId, "interviews");
            List<Long> ids = tx.query("SELECT id FROM interviews.interview WHERE case_id = ? ORDER BY id DESC",
                    r -> r.getLong("id"), caseId);
            List<Interview> found = new ArrayList<>();
            for (long id : ids) {
                found.add(read(tx, id));
            }
            return found;
        });
    }

    @Override
    public Interview answer(Actor actor, long interviewId, Map<String, Answer> answers) {
        Interview interview = find(interviewId);
        cases.requireAccess(actor, interview.caseId(), true, "screening.answer");
        requireDraft(interview);
        InstrumentSet set = setOf(interview);
        Map<String, Answer> given = answers == null ? Map.of() : new LinkedHashMap<>(answers);
        List<FieldError> errors = AnswerChecks.problems(set, given, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(tx -> {
            Interview current = read(tx, interviewId);
            requireDraft(current);
            for (Map.Entry<String, Answer> entry : given.entrySet()) {
                tx.update("DELETE FROM interviews.answer WHERE interview_id = ? AND question_id = ?", interviewId, entry.getKey());
                tx.update("INSERT INTO interviews.answer (interview_id, question_id, status, answer_values) VALUES (?, ?, ?, ?)",
                        interviewId, entry.getKey(), entry.getValue().status(),
                        String.join(AnswerChecks.SEPARATOR, entry.getValue().values()));
            }
            tx.update("UPDATE interviews.interview SET updated_at = ? WHERE id = ?", clock.instant(), interviewId);
            success(actor, "screening.answer", interview.caseId(), "interview=" + interviewId + " answers=" + given.size());
            return read(tx, interviewId);
        });
    }

    @Override
    public Interview complete(Actor actor, long interviewId) {
        Interview interview = find(interviewId);
        cases.requireAccess(actor, interview.caseId(), true, "screening.complete");
        requireDraft(interview);
        for (ActionGuard guard : guards) {
            guard.check(actor, ActionGuard.SCREENING_COMPLETION);
        }
        InstrumentSet set = setOf(interview);
        Map<String, Boolean> verified = verifications.states();
        Determination determination = engine.determine(set, interview.answers(), context(interview.ageGroup(), verified));
        String flags = String.join(",", new TreeSet<>(determination.flagIds()));
        String verifiedLists = writeStates(verified);
        return database.inTransaction(tx -> {
            int changed = tx.update("""
                    UPDATE interviews.interview SET status = ?, completed_by = ?, completed_at = ?, updated_at = ?, flags = ?,
                        indicative = ?, verified_lists = ?
                    WHERE id = ? AND status = ?
                    """, InterviewStatus.COMPLETED, actor.username(), clock.instant(), clock.instant(), flags,
                    determination.indicative(), verifiedLists, interviewId, InterviewStatus.DRAFT);
            if (changed == 0) {
                throw new ConflictException("interviews.notDraft");
            }
            success(actor, "screening.complete", interview.caseId(),
                    "interview=" + interviewId + " flags=" + determination.flags().size());
            return read(tx, interviewId);
        });
    }

    @Override
    public Interview rerun(Actor actor, long interviewId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw ValidationException.of("reason", why.isEmpty() ? "interviews.rerun.reasonRequired" : "interviews.field.tooLong",
                    MAX_REASON);
        }
        Interview old = find(interviewId);
        CaseView view = cases.requireAccess(actor, old.caseId(), true, "screening.rerun");
        if (old.status() != InterviewStatus.COMPLETED) {
            throw new ConflictException("interviews.rerun.notCompleted");
        }
        InstrumentSet set = instruments.current();
        return database.inTransaction(tx -> {
            long id = insert(tx, actor, old.caseId(), set.reference(), old.personLanguage(),
                    view.child() ? AgeGroup.CHILD : AgeGroup.ADULT, interviewId, why);
            for (Map.Entry<String, Answer> entry : old.answers().byQuestion().entrySet()) {
                if (AnswerChecks.problems(set, Map.of(entry.getKey(), entry.getValue()), LocalDate.now(clock)).isEmpty()) {
                    tx.update("INSERT INTO interviews.answer (interview_id, question_id, status, answer_values) VALUES (?, ?, ?, ?)",
                            id, entry.getKey(), entry.getValue().status(), String.join(AnswerChecks.SEPARATOR, entry.getValue().values()));
                }
            }
            success(actor, "screening.rerun", old.caseId(), "interview=" + id + " of=" + interviewId);
            return read(tx, id);
        });
    }

    @Override
    public Determination determination(Actor actor, long interviewId) {
        Interview interview = find(interviewId);
        cases.requireAccess(actor, interview.caseId(), false, "screening.read");
        InstrumentSet set = setOf(interview);
        Map<String, Boolean> states = interview.status() == InterviewStatus.COMPLETED
                ? database.inTransaction(tx -> tx.queryOne("SELECT verified_lists FROM interviews.interview WHERE id = ?",
                        r -> readStates(r.getString("verified_lists")), interviewId).orElse(Map.of()))
                : verifications.states();
        Determination determination = engine.determine(set, interview.answers(), context(interview.ageGroup(), states));
        database.run(tx -> success(actor, "screening.read", interview.caseId(), "interview=" + interviewId + " determination"));
        return determination;
    }

    @Override
    public InstrumentSet instruments(Actor actor, long interviewId) {
        Interview interview = find(interviewId);
        cases.requireAccess(actor, interview.caseId(), false, "screening.read");
        return setOf(interview);
    }

    // ---- helpers ----

    private InstrumentSet setOf(Interview interview) {
        return instruments.set(interview.uses()).orElseThrow(() -> new ConflictException("interviews.versionsUnavailable"));
    }

    private static DeterminationContext context(AgeGroup ageGroup, Map<String, Boolean> verified) {
        return new DeterminationContext(ageGroup, EnumSet.allOf(Exploitation.class), verified);
    }

    private static void requireDraft(Interview interview) {
        if (interview.status() != InterviewStatus.DRAFT) {
            throw new ConflictException("interviews.notDraft");
        }
    }

    private long insert(Transaction tx, Actor actor, long caseId, SetReference uses, String language, AgeGroup ageGroup,
            Long rerunOf, String rerunReason) {
        Instant now = clock.instant();
        return tx.insertReturningKey("""
                INSERT INTO interviews.interview (case_id, status, uses, person_language, age_group, started_by, started_at,
                    updated_at, rerun_of, rerun_reason, flags, indicative, verified_lists)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', FALSE, '')
                """, caseId, InterviewStatus.DRAFT, References.write(uses), language, ageGroup, actor.username(), now, now,
                rerunOf, rerunReason);
    }

    private Interview find(long interviewId) {
        return database.inTransaction(tx -> read(tx, interviewId));
    }

    private static Interview read(Transaction tx, long id) {
        Map<String, Answer> answers = new HashMap<>();
        tx.query("SELECT question_id, status, answer_values FROM interviews.answer WHERE interview_id = ?", r -> {
            Answer.Status status = Answer.Status.valueOf(r.getString("status"));
            String values = r.getString("answer_values");
            List<String> list = status != Answer.Status.GIVEN || values.isEmpty() ? List.of()
                    : Arrays.asList(values.split(AnswerChecks.SEPARATOR, -1));
            answers.put(r.getString("question_id"), new Answer(status, list));
            return null;
        }, id);
        return tx.queryOne("SELECT * FROM interviews.interview WHERE id = ?", r -> interview(r, new Answers(answers)), id)
                .orElseThrow(() -> new NotFoundException("interviews.notFound"));
    }

    private static Interview interview(Row r, Answers answers) {
        Long rerunOf = r.getNullableLong("rerun_of");
        String flags = r.getString("flags");
        return new Interview(r.getLong("id"), r.getLong("case_id"), InterviewStatus.valueOf(r.getString("status")),
                References.read(r.getString("uses")), r.getString("person_language"), AgeGroup.valueOf(r.getString("age_group")),
                answers, r.getString("started_by"), r.getInstant("started_at"), r.getInstant("updated_at"),
                r.getString("completed_by"), r.getInstant("completed_at"), rerunOf,
                r.getString("rerun_reason"), flags.isEmpty() ? List.of() : List.of(flags.split(",")), r.getBoolean("indicative"));
    }

    static String writeStates(Map<String, Boolean> states) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(states).forEach((list, verified) -> text.append(list).append('=').append(verified).append(','));
        return text.toString();
    }

    static Map<String, Boolean> readStates(String text) {
        Map<String, Boolean> states = new HashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                states.put(part.substring(0, eq), Boolean.parseBoolean(part.substring(eq + 1)));
            }
        }
        return states;
    }

    private void success(Actor actor, String action, long caseId, String detail) {
        audit.record(AuditEvent.success(actor.username(), action, "case:" + caseId, detail));
    }
}
