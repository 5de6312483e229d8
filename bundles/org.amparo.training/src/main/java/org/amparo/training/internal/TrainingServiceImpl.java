package org.amparo.training.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.persistence.Transaction;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.security.UserService;
import org.amparo.training.Attempt;
import org.amparo.training.Completion;
import org.amparo.training.CompletionReport;
import org.amparo.training.ModuleProgress;
import org.amparo.training.QuizQuestion;
import org.amparo.training.QuizResult;
import org.amparo.training.Requirement;
import org.amparo.training.Training;
import org.amparo.training.TrainingModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;

/**
 * The training service over the {@code training} schema. Each change runs in one transaction with
 * its audit entry; refusals are audited as denied with the reason's message key.
 */
@Component(service = Training.class)
@SatisfyingConditionTarget("(osgi.condition.id=amparo.module.training)")
public final class TrainingServiceImpl implements Training {
    /** The actions a requirement may name: those the case services guard. */
    static final List<String> ACTIONS = List.of(ActionGuard.BEST_INTERESTS_ASSESSMENT, ActionGuard.CHILD_CASE_PLAN,
            ActionGuard.CASE_CLOSURE, ActionGuard.SCREENING_COMPLETION, ActionGuard.REFERRAL_SEND);
    private static final int PAGE = 500;

    private final TrainingStore store;
    private final UserService users;

    @Activate
    public TrainingServiceImpl(@Reference TrainingStore store, @Reference UserService users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public List<TrainingModule> modules() {
        return store.modules();
    }

    @Override
    public Optional<TrainingModule> module(String id) {
        return store.module(id);
    }

    @Override
    public ModuleProgress enrol(Actor actor, String moduleId) {
        TrainingModule module = trainee(actor, moduleId, "training.enrol");
        return store.database.inTransaction(tx -> {
            enrolled(tx, actor, module);
            return progress(tx, actor.username(), module);
        });
    }

    @Override
    public List<ModuleProgress> progress(Actor actor) {
        requireRole(actor, "training.read", "");
        return store.database.inTransaction(tx -> {
            List<ModuleProgress> all = new ArrayList<>();
            for (TrainingModule module : store.modules()) {
                all.add(progress(tx, actor.username(), module));
            }
            return all;
        });
    }

    @Override
    public ModuleProgress progress(Actor actor, String moduleId) {
        TrainingModule module = trainee(actor, moduleId, "training.read");
        return store.database.inTransaction(tx -> progress(tx, actor.username(), module));
    }

    @Override
    public ModuleProgress markLessonRead(Actor actor, String moduleId, String lessonId) {
        TrainingModule module = trainee(actor, moduleId, "training.lesson");
        if (lessonId == null || module.lesson(lessonId).isEmpty()) {
            throw ValidationException.of("lessonId", "training.error.unknownLesson", String.valueOf(lessonId));
        }
        return store.database.inTransaction(tx -> {
            enrolled(tx, actor, module);
            boolean read = tx.queryLong("""
                    SELECT COUNT(*) FROM training.lesson_read WHERE username = ? AND module_id = ? AND lesson_id = ?
                    """, actor.username(), module.id(), lessonId) > 0;
            if (!read) {
                tx.update("INSERT INTO training.lesson_read (username, module_id, lesson_id, read_at) VALUES (?, ?, ?, ?)",
                        actor.username(), module.id(), lessonId, store.now());
                store.success(actor, "training.lesson", target(module), "lesson=" + lessonId);
            }
            return progress(tx, actor.username(), module);
        });
    }

    @Override
    public QuizResult submitQuiz(Actor actor, String moduleId, Map<String, Set<String>> answers) {
        TrainingModule module = trainee(actor, moduleId, "training.quiz");
        Map<String, Set<String>> given = answers == null ? Map.of() : answers;
        List<FieldError> errors = new ArrayList<>();
        Map<String, QuizQuestion> questions = new LinkedHashMap<>();
        module.quiz().questions().forEach(q -> questions.put(q.id(), q));
        for (Map.Entry<String, Set<String>> entry : given.entrySet()) {
            QuizQuestion question = questions.get(entry.getKey());
            if (question == null) {
                errors.add(new FieldError("answers." + entry.getKey(), "training.error.unknownQuestion", entry.getKey()));
                continue;
            }
            Set<String> options = new HashSet<>();
            question.options().forEach(o -> options.add(o.id()));
            for (String chosen : entry.getValue() == null ? Set.<String>of() : entry.getValue()) {
                if (!options.contains(chosen)) {
                    errors.add(new FieldError("answers." + entry.getKey(), "training.error.unknownOption", String.valueOf(chosen)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<QuizResult.QuestionResult> results = new ArrayList<>();
        int right = 0;
        for (QuizQuestion question : questions.values()) {
            Set<String> chosen = given.get(question.id()) == null ? Set.of() : Set.copyOf(given.get(question.id()));
            boolean correct = chosen.equals(question.correct());
            right += correct ? 1 : 0;
            results.add(new QuizResult.QuestionResult(question.id(), correct, chosen, question.correct(),
                    question.explanationKey()));
        }
        int score = Math.floorDiv(right * 100, questions.size());
        boolean passed = score >= module.quiz().passMark();
        Instant now = store.now();
        return store.database.inTransaction(tx -> {
            enrolled(tx, actor, module);
            int number = (int) tx.queryLong("SELECT COUNT(*) FROM training.attempt WHERE username = ? AND module_id = ?",
                    actor.username(), module.id()) + 1;
            long attemptId = tx.insertReturningKey("""
                    INSERT INTO training.attempt (username, module_id, number, module_version, submitted_at, score, passed)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, actor.username(), module.id(), number, module.version(), now, score, passed);
            store.success(actor, "training.quiz", target(module), "attempt=" + number + (passed ? " passed" : " failed"));
            if (passed) {
                tx.update("""
                        INSERT INTO training.completion (username, module_id, module_version, completed_at, score, attempt_id)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, actor.username(), module.id(), module.version(), now, score, attemptId);
                store.success(actor, "training.complete", target(module), "version=" + module.version());
            }
            Attempt attempt = new Attempt(number, module.version(), now, score, passed);
            return new QuizResult(module.id(), attempt, module.quiz().passMark(), results);
        });
    }

    @Override
    public CompletionReport completionReport(Actor actor, long organisationId) {
        String target = "organisation:" + organisationId;
        boolean allowed = actor.has(Role.COUNTRY_ADMIN) || actor.has(Role.SUPERVISOR) && actor.organisationId() == organisationId;
        if (!allowed) {
            store.denied(actor, "training.report", target, "training.error.reportNotAllowed");
            throw new AccessDeniedException("training.error.reportNotAllowed");
        }
        List<User> members = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            List<User> page = users.list(offset, PAGE);
            page.stream().filter(u -> u.organisationId() == organisationId).forEach(members::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        List<TrainingModule> modules = store.modules();
        return store.database.inTransaction(tx -> {
            List<CompletionReport.UserRow> rows = new ArrayList<>();
            for (User user : members) {
                List<CompletionReport.Cell> cells = new ArrayList<>();
                for (TrainingModule module : modules) {
                    cells.add(new CompletionReport.Cell(module.id(), enrolledAt(tx, user.username(), module.id()),
                            store.currentCompletion(tx, user.username(), module).orElse(null)));
                }
                rows.add(new CompletionReport.UserRow(user.username(), user.displayName(), user.roles(), user.enabled(), cells));
            }
            store.success(actor, "training.report", target, "users=" + rows.size());
            return new CompletionReport(organisationId, store.now(), modules.stream().map(TrainingModule::id).toList(), rows);
        });
    }

    @Override
    public List<String> actions() {
        return ACTIONS;
    }

    @Override
    public List<Requirement> requirements() {
        return store.database.inTransaction(tx -> tx.query("""
                SELECT action, role, module_id, required_by, required_at FROM training.requirement
                ORDER BY action, role, module_id
                """, r -> new Requirement(r.getString("action"), Role.valueOf(r.getString("role")), r.getString("module_id"),
                r.getString("required_by"), r.getInstant("required_at"))));
    }

    @Override
    public List<String> missing(Actor actor, String action) {
        return store.database.inTransaction(tx -> store.missing(tx, actor, action));
    }

    @Override
    public Requirement require(Actor actor, String action, Role role, String moduleId) {
        String target = requirementTarget(action, role, moduleId);
        countryAdmin(actor, "training.require", target);
        checkRequirement(action, role, moduleId);
        return store.database.inTransaction(tx -> {
            Optional<Requirement> existing = requirements().stream()
                    .filter(r -> r.action().equals(action) && r.role() == role && r.moduleId().equals(moduleId)).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            Instant now = store.now();
            tx.update("INSERT INTO training.requirement (action, role, module_id, required_by, required_at) VALUES (?, ?, ?, ?, ?)",
                    action, role, moduleId, actor.username(), now);
            store.success(actor, "training.require", target, "");
            return new Requirement(action, role, moduleId, actor.username(), now);
        });
    }

    @Override
    public void dropRequirement(Actor actor, String action, Role role, String moduleId) {
        String target = requirementTarget(action, role, moduleId);
        countryAdmin(actor, "training.dropRequirement", target);
        store.database.run(tx -> {
            int dropped = tx.update("DELETE FROM training.requirement WHERE action = ? AND role = ? AND module_id = ?",
                    String.valueOf(action), role == null ? "" : role.name(), String.valueOf(moduleId));
            if (dropped == 0) {
                throw new NotFoundException("training.error.noSuchRequirement");
            }
            store.success(actor, "training.dropRequirement", target, "");
        });
    }

    // ---- helpers ----

    private void checkRequirement(String action, Role role, String moduleId) {
        List<FieldError> errors = new ArrayList<>();
        if (action == null || !ACTIONS.contains(action)) {
            errors.add(new FieldError("action", "training.error.unknownAction", String.valueOf(action)));
        }
        if (role == null) {
            errors.add(new FieldError("role", "training.error.roleRequired"));
        }
        if (store.module(moduleId).isEmpty()) {
            errors.add(new FieldError("moduleId", "training.error.unknownModule", String.valueOf(moduleId)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void countryAdmin(Actor actor, String action, String target) {
        if (!actor.has(Role.COUNTRY_ADMIN)) {
            store.denied(actor, action, target, "training.error.countryAdminOnly");
            throw new AccessDeniedException("training.error.countryAdminOnly");
        }
    }

    /** The module a user may train in; refuses users without a role and unknown modules. */
    private TrainingModule trainee(Actor actor, String moduleId, String action) {
        requireRole(actor, action, cut("module:" + moduleId));
        return store.require(moduleId);
    }

    private void requireRole(Actor actor, String action, String target) {
        if (actor.roles().isEmpty()) {
            store.denied(actor, action, target, "training.error.noRole");
            throw new AccessDeniedException("training.error.noRole");
        }
    }

    private void enrolled(Transaction tx, Actor actor, TrainingModule module) {
        if (enrolledAt(tx, actor.username(), module.id()) == null) {
            tx.update("INSERT INTO training.enrolment (username, module_id, module_version, enrolled_at) VALUES (?, ?, ?, ?)",
                    actor.username(), module.id(), module.version(), store.now());
            store.success(actor, "training.enrol", target(module), "version=" + module.version());
        }
    }

    private static Instant enrolledAt(Transaction tx, String username, String moduleId) {
        return tx.queryOne("SELECT enrolled_at FROM training.enrolment WHERE username = ? AND module_id = ?",
                r -> r.getInstant("enrolled_at"), username, moduleId).orElse(null);
    }

    private ModuleProgress progress(Transaction tx, String username, TrainingModule module) {
        Set<String> read = new HashSet<>(tx.query("SELECT lesson_id FROM training.lesson_read WHERE username = ? AND module_id = ?",
                r -> r.getString("lesson_id"), username, module.id()));
        read.removeIf(id -> module.lesson(id).isEmpty());
        List<Attempt> attempts = tx.query("""
                SELECT number, module_version, submitted_at, score, passed FROM training.attempt
                WHERE username = ? AND module_id = ? ORDER BY number
                """, r -> new Attempt(r.getInt("number"), r.getString("module_version"), r.getInstant("submitted_at"),
                r.getInt("score"), r.getBoolean("passed")), username, module.id());
        Completion completion = store.currentCompletion(tx, username, module).orElse(null);
        return new ModuleProgress(module.id(), enrolledAt(tx, username, module.id()), read, module.lessons().size(), attempts,
                completion);
    }

    private static String target(TrainingModule module) {
        return "module:" + module.id();
    }

    private static String requirementTarget(String action, Role role, String moduleId) {
        return cut("requirement:" + action + "/" + role + "/" + moduleId);
    }

    /** An audit target made of caller input, kept within the audit record's limit. */
    private static String cut(String target) {
        return target.length() <= 200 ? target : target.substring(0, 200);
    }
}
