package org.amparo.web.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.UserService;
import org.amparo.standards.Library;
import org.amparo.training.CompletionReport;
import org.amparo.training.Lesson;
import org.amparo.training.ModuleProgress;
import org.amparo.training.QuizOption;
import org.amparo.training.QuizQuestion;
import org.amparo.training.QuizResult;
import org.amparo.training.Requirement;
import org.amparo.training.Training;
import org.amparo.training.TrainingModule;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Training, while the training module is on. {@code /app/training}: the modules with the user's
 * progress (and the ones required of their roles). {@code /app/training/<module>}: its lessons, each
 * marked read with a button and linked to the library item it rests on (while the library is on),
 * and its quiz as a form; the correct answers never reach the browser before the quiz is submitted.
 * Submitting answers with the result: score, pass or fail, and each question's explanation; the
 * quiz can be retaken at once. {@code /app/training/report}: completion per user and module, for a
 * supervisor's own organisation or, for a country administrator, any organisation chosen.
 * {@code /app/training/requirements} (country administrators): the modules required of a role
 * before an action, added and dropped here. The services check and audit every step.
 *
 * <p>Stable element ids: {@code training-modules}, {@code module-ID} (link), {@code module-ID-state},
 * {@code training-report-link}, {@code training-requirements-link}; module page: {@code module-progress},
 * {@code lesson-ID}, {@code lesson-ID-read} (button), {@code lesson-ID-done}, {@code lesson-ID-library},
 * {@code quiz}, {@code quiz-QUESTION}, {@code quiz-QUESTION-OPTION} (input), {@code quiz-submit},
 * {@code training-notice}, {@code training-error}; result: {@code quiz-result}, {@code quiz-score},
 * {@code quiz-passed} or {@code quiz-failed}, {@code result-QUESTION} (class {@code right} or
 * {@code wrong}), {@code result-QUESTION-explanation}, {@code quiz-retake}; report:
 * {@code report-organisation}, {@code report-submit}, {@code report-table}, {@code report-USER-MODULE};
 * requirements: {@code requirements}, {@code requirement-N}, {@code drop-N}, {@code require-action},
 * {@code require-role}, {@code require-module}, {@code require-submit}.
 */
@Component(service = Page.class)
public final class TrainingPage implements Page {
    static final Map<String, String> NOTICES = Map.of(
            "read", "web.training.done.read",
            "added", "web.training.done.added",
            "dropped", "web.training.done.dropped");
    private final Training training;
    private final UserService users;
    private final OrganisationService organisations;
    private final Messages messages;
    /** Present while the library is on: lessons then link to the item they rest on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Library library;

    @Activate
    public TrainingPage(@Reference Training training, @Reference UserService users, @Reference OrganisationService organisations,
            @Reference Messages messages) {
        this.training = training;
        this.users = users;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** For tests: with the library DS would bind, or null. */
    TrainingPage(Training training, UserService users, OrganisationService organisations, Messages messages, Library library) {
        this(training, users, organisations, messages);
        this.library = library;
    }

    @Override
    public String path() {
        return "training";
    }

    @Override
    public String titleKey() {
        return "web.training.title";
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public Set<String> roles() {
        return Set.of("CASEWORKER", "SUPERVISOR", "PARTNER_CASEWORKER", "COUNTRY_ADMIN");
    }

    @Override
    public PageResult handle(PageRequest request) {
        Actor actor = CaseWork.actor(request, users);
        String sub = request.subPath();
        if (sub.isEmpty()) {
            return PageResult.ok(list(request, actor));
        }
        if (sub.equals("report")) {
            return report(request, actor);
        }
        if (sub.equals("requirements")) {
            return requirements(request, actor);
        }
        TrainingModule module = training.module(sub).orElseThrow(NotFoundException::new);
        return module(request, actor, module);
    }

    // ---- the list

    private String list(PageRequest request, Actor actor) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<p class=\"explain\">").append(Html.escape(request.text("web.training.explain"))).append("</p>\n");
        Set<String> required = new HashSet<>();
        for (Requirement r : training.requirements()) {
            if (actor.roles().contains(r.role())) {
                required.add(r.moduleId());
            }
        }
        html.append("<ul class=\"record-list\" id=\"training-modules\">\n");
        for (ModuleProgress progress : training.progress(actor)) {
            TrainingModule module = training.module(progress.moduleId()).orElse(null);
            if (module == null) {
                continue;
            }
            html.append("<li><a href=\"/app/training/").append(Html.escape(module.id())).append("\" id=\"module-").append(Html.escape(module.id()))
                    .append("\">").append(Html.escape(request.text(module.titleKey()))).append("</a>");
            if (required.contains(module.id())) {
                html.append(" <span class=\"badge badge-warning\">").append(Html.escape(request.text("web.training.required"))).append("</span>");
            }
            html.append("<p>").append(Html.escape(request.text(module.summaryKey()))).append("</p><p class=\"meta\" id=\"module-")
                    .append(Html.escape(module.id())).append("-state\">").append(Html.escape(state(request, progress))).append("</p></li>\n");
        }
        html.append("</ul>\n");
        if (actor.has(Role.SUPERVISOR) || actor.has(Role.COUNTRY_ADMIN)) {
            html.append("<p><a href=\"/app/training/report\" id=\"training-report-link\">").append(Html.escape(request.text("web.training.report.title")))
                    .append("</a></p>\n");
        }
        if (actor.has(Role.COUNTRY_ADMIN)) {
            html.append("<p><a href=\"/app/training/requirements\" id=\"training-requirements-link\">")
                    .append(Html.escape(request.text("web.training.requirements.title"))).append("</a></p>\n");
        }
        return html.toString();
    }

    private static String state(PageRequest request, ModuleProgress progress) {
        if (progress.completed()) {
            return request.text("web.training.state.completed", CaseWork.time(progress.completion().completedAt()), progress.completion().score());
        }
        if (progress.enrolled()) {
            return request.text("web.training.state.inProgress", progress.lessonsRead().size(), progress.lessonCount(), progress.attempts().size());
        }
        return request.text("web.training.state.notStarted");
    }

    // ---- one module

    private PageResult module(PageRequest request, Actor actor, TrainingModule module) {
        String error = null;
        if ("POST".equals(request.method())) {
            String op = CaseWork.param(request, "op");
            try {
                if (op.equals("read")) {
                    String lesson = CaseWork.param(request, "lesson");
                    training.markLessonRead(actor, module.id(), lesson);
                    return PageResult.redirect("/app/training/" + module.id() + "?done=read#lesson-" + lesson);
                }
                if (op.equals("quiz")) {
                    QuizResult result = training.submitQuiz(actor, module.id(), answers(request, module));
                    return PageResult.ok(result(request, module, result));
                }
                error = request.text("web.persons.error.unknownAction");
            } catch (ValidationException e) {
                List<String> texts = new ArrayList<>();
                for (FieldError fieldError : e.errors()) {
                    texts.add(CaseWork.text(request, fieldError));
                }
                error = String.join(" ", texts);
            }
        }
        ModuleProgress progress = training.progress(actor, module.id());
        StringBuilder html = new StringBuilder(16384);
        html.append("<p class=\"no-print\"><a href=\"/app/training\" id=\"back-to-training\">").append(Html.escape(request.text("web.training.back")))
                .append("</a></p>\n");
        String notice = request.parameter("done").map(NOTICES::get).map(request::text).orElse(null);
        if (notice != null && error == null) {
            html.append("<div class=\"notice\" role=\"status\" id=\"training-notice\"><p>").append(Html.escape(notice)).append("</p></div>\n");
        }
        if (error != null) {
            html.append("<div class=\"error\" role=\"alert\" id=\"training-error\"><p>").append(Html.escape(error)).append("</p></div>\n");
        }
        html.append("<h2>").append(Html.escape(request.text(module.titleKey()))).append("</h2>\n<p>").append(Html.escape(request.text(module.summaryKey())))
                .append("</p>\n<p class=\"meta\" id=\"module-progress\">").append(Html.escape(state(request, progress))).append("</p>\n");
        Library lib = library;
        for (Lesson lesson : module.lessons()) {
            boolean read = progress.lessonsRead().contains(lesson.id());
            String id = "lesson-" + lesson.id();
            html.append("<section class=\"card lesson\" id=\"").append(Html.escape(id)).append("\"><h3>").append(Html.escape(request.text(lesson.titleKey())))
                    .append("</h3>\n");
            for (String paragraph : request.text(lesson.textKey()).split("\\n\\s*\\n")) {
                html.append("<p>").append(Html.escape(paragraph.strip())).append("</p>\n");
            }
            if (lib != null && !lesson.libraryItem().isEmpty() && lib.item(lesson.libraryItem()).isPresent()) {
                html.append("<p><a href=\"/app/library/item/").append(Html.escape(lesson.libraryItem())).append("\" id=\"").append(Html.escape(id))
                        .append("-library\">").append(Html.escape(request.text("web.training.readStandard"))).append("</a></p>\n");
            }
            if (read) {
                html.append("<p class=\"badge\" id=\"").append(Html.escape(id)).append("-done\">").append(Html.escape(request.text("web.training.lessonRead")))
                        .append("</p>\n");
            } else {
                html.append("<form class=\"inline-form no-print\" method=\"post\" action=\"/app/training/").append(Html.escape(module.id())).append("\">")
                        .append(request.csrfField()).append(CaseWork.hidden("op", "read")).append(CaseWork.hidden("lesson", lesson.id()))
                        .append("<button type=\"submit\" class=\"secondary\" id=\"").append(Html.escape(id)).append("-read\">")
                        .append(Html.escape(request.text("web.training.markRead"))).append("</button></form>\n");
            }
            html.append("</section>\n");
        }
        quiz(request, html, module);
        return PageResult.status(error == null ? 200 : 400, html.toString());
    }

    /** The quiz form: question texts and options only, never which options are right. */
    private static void quiz(PageRequest request, StringBuilder html, TrainingModule module) {
        html.append("<h2 id=\"quiz-heading\">").append(Html.escape(request.text("web.training.quiz"))).append("</h2>\n<p class=\"hint\">")
                .append(Html.escape(request.text("web.training.quiz.passMark", module.quiz().passMark()))).append("</p>\n")
                .append("<form class=\"form no-print\" method=\"post\" action=\"/app/training/").append(Html.escape(module.id()))
                .append("\" id=\"quiz\">\n").append(request.csrfField()).append(CaseWork.hidden("op", "quiz"));
        for (QuizQuestion question : module.quiz().questions()) {
            String qid = "quiz-" + question.id();
            html.append("<fieldset class=\"field choices\" id=\"").append(Html.escape(qid)).append("\">\n<legend>")
                    .append(Html.escape(request.text(question.textKey()))).append("</legend>\n");
            if (question.multiple()) {
                html.append("<p class=\"hint\">").append(Html.escape(request.text("web.training.quiz.chooseAll"))).append("</p>\n");
            }
            for (QuizOption option : question.options()) {
                String id = qid + "-" + option.id();
                String name = question.multiple() ? "q." + question.id() + "." + option.id() : "q." + question.id();
                html.append("<div class=\"checkbox\"><input type=\"").append(question.multiple() ? "checkbox" : "radio").append("\" id=\"")
                        .append(Html.escape(id)).append("\" name=\"").append(Html.escape(name)).append("\" value=\"")
                        .append(Html.escape(question.multiple() ? "on" : option.id())).append("\"><label for=\"").append(Html.escape(id)).append("\">")
                        .append(Html.escape(request.text(option.textKey()))).append("</label></div>\n");
            }
            html.append("</fieldset>\n");
        }
        html.append("<div class=\"actions\"><button type=\"submit\" id=\"quiz-submit\">").append(Html.escape(request.text("web.training.quiz.submit")))
                .append("</button></div>\n</form>\n");
    }

    static Map<String, Set<String>> answers(PageRequest request, TrainingModule module) {
        Map<String, Set<String>> answers = new HashMap<>();
        for (QuizQuestion question : module.quiz().questions()) {
            Set<String> chosen = new HashSet<>();
            if (question.multiple()) {
                for (QuizOption option : question.options()) {
                    if (request.parameter("q." + question.id() + "." + option.id()).isPresent()) {
                        chosen.add(option.id());
                    }
                }
            } else {
                request.parameter("q." + question.id()).filter(v -> !v.isEmpty()).ifPresent(chosen::add);
            }
            if (!chosen.isEmpty()) {
                answers.put(question.id(), chosen);
            }
        }
        return answers;
    }

    private static String result(PageRequest request, TrainingModule module, QuizResult result) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<section id=\"quiz-result\">\n<h2>").append(Html.escape(request.text(module.titleKey()))).append("</h2>\n")
                .append("<div class=\"").append(result.passed() ? "notice" : "error").append("\" role=\"status\" id=\"")
                .append(result.passed() ? "quiz-passed" : "quiz-failed").append("\"><p id=\"quiz-score\">")
                .append(Html.escape(request.text(result.passed() ? "web.training.result.passed" : "web.training.result.failed", result.score(),
                        result.passMark())))
                .append("</p></div>\n<ol class=\"record-list quiz-results\">\n");
        for (QuizResult.QuestionResult q : result.questions()) {
            QuizQuestion question = module.quiz().questions().stream().filter(x -> x.id().equals(q.questionId())).findFirst().orElse(null);
            if (question == null) {
                continue;
            }
            html.append("<li id=\"result-").append(Html.escape(q.questionId())).append("\" class=\"").append(q.correct() ? "right" : "wrong")
                    .append("\"><p><strong>").append(Html.escape(request.text(question.textKey()))).append("</strong></p>\n<p class=\"badge")
                    .append(q.correct() ? "" : " badge-warning").append("\">")
                    .append(Html.escape(request.text(q.correct() ? "web.training.result.right" : "web.training.result.wrong"))).append("</p>\n")
                    .append("<p>").append(Html.escape(request.text("web.training.result.yours", options(request, question, q.chosen())))).append("</p>\n");
            if (!q.correct()) {
                html.append("<p>").append(Html.escape(request.text("web.training.result.correct", options(request, question, q.correctOptions()))))
                        .append("</p>\n");
            }
            html.append("<p class=\"explanation\" id=\"result-").append(Html.escape(q.questionId())).append("-explanation\">")
                    .append(Html.escape(request.text(q.explanationKey()))).append("</p></li>\n");
        }
        // a query of its own: after the POST, a link differing only by its fragment would not load the quiz again
        html.append("</ol>\n<p><a class=\"button-link\" href=\"/app/training/").append(Html.escape(module.id())).append("?retake=1#quiz-heading\" id=\"quiz-retake\">")
                .append(Html.escape(request.text(result.passed() ? "web.training.result.again" : "web.training.result.retake")))
                .append("</a> <a href=\"/app/training\" id=\"back-to-training\">").append(Html.escape(request.text("web.training.back")))
                .append("</a></p>\n</section>\n");
        return html.toString();
    }

    private static String options(PageRequest request, QuizQuestion question, Set<String> ids) {
        if (ids.isEmpty()) {
            return request.text("web.training.result.none");
        }
        List<String> texts = new ArrayList<>();
        for (QuizOption option : question.options()) {
            if (ids.contains(option.id())) {
                texts.add(request.text(option.textKey()));
            }
        }
        return String.join("; ", texts);
    }

    // ---- completion report

    private PageResult report(PageRequest request, Actor actor) {
        boolean admin = actor.has(Role.COUNTRY_ADMIN);
        if (!admin && !actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException();
        }
        long organisation = actor.organisationId();
        String chosen = CaseWork.param(request, "org");
        if (admin && chosen.matches("[0-9]{1,18}")) {
            organisation = Long.parseLong(chosen);
        }
        StringBuilder html = new StringBuilder(16384);
        html.append("<p class=\"no-print\"><a href=\"/app/training\" id=\"back-to-training\">").append(Html.escape(request.text("web.training.back")))
                .append("</a></p>\n<h2>").append(Html.escape(request.text("web.training.report.title"))).append("</h2>\n");
        if (admin) {
            List<Forms.Option> options = new ArrayList<>();
            for (Organisation o : organisations.list(0, 500)) {
                options.add(new Forms.Option(Long.toString(o.id()), o.name()));
            }
            html.append("<form class=\"inline-form no-print\" method=\"get\" action=\"/app/training/report\">")
                    .append(Forms.select("report-organisation", "org", request.text("web.training.report.organisation"), options,
                            Long.toString(organisation), null))
                    .append("<button type=\"submit\" id=\"report-submit\">").append(Html.escape(request.text("web.training.report.show")))
                    .append("</button></form>\n");
        }
        CompletionReport report = training.completionReport(actor, organisation);
        String name = organisations.find(organisation).map(Organisation::name).orElse(Long.toString(organisation));
        html.append("<p class=\"meta\">").append(Html.escape(request.text("web.training.report.of", CaseWork.isolate(name),
                CaseWork.time(report.generatedAt())))).append("</p>\n");
        LibraryView.printButton(request, html);
        html.append("<div class=\"table-wrap\"><table id=\"report-table\"><thead><tr><th scope=\"col\">")
                .append(Html.escape(request.text("web.training.report.user"))).append("</th>");
        for (String moduleId : report.moduleIds()) {
            String title = training.module(moduleId).map(m -> request.text(m.titleKey())).orElse(moduleId);
            html.append("<th scope=\"col\">").append(Html.escape(title)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (CompletionReport.UserRow row : report.users()) {
            html.append("<tr><th scope=\"row\" dir=\"auto\">").append(Html.escape(row.displayName())).append(" <span class=\"meta\">")
                    .append(Html.escape(CaseWork.ltr(row.username()))).append("</span>");
            if (!row.enabled()) {
                html.append(" <span class=\"badge\">").append(Html.escape(request.text("web.training.report.disabled"))).append("</span>");
            }
            html.append("</th>");
            for (CompletionReport.Cell cell : row.modules()) {
                html.append("<td id=\"report-").append(Html.escape(row.username())).append('-').append(Html.escape(cell.moduleId())).append("\">");
                if (cell.completed()) {
                    html.append(Html.escape(request.text("web.training.report.completed", CaseWork.time(cell.completion().completedAt()),
                            cell.completion().score())));
                } else if (cell.enrolled()) {
                    html.append(Html.escape(request.text("web.training.report.enrolled")));
                } else {
                    html.append(Html.escape(request.text("web.training.report.notStarted")));
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n");
        return PageResult.ok(html.toString());
    }

    // ---- requirements

    private PageResult requirements(PageRequest request, Actor actor) {
        if (!actor.has(Role.COUNTRY_ADMIN)) {
            throw new AccessDeniedException();
        }
        String error = null;
        String action = CaseWork.param(request, "action");
        String role = CaseWork.param(request, "role");
        String moduleId = CaseWork.param(request, "module");
        if ("POST".equals(request.method())) {
            String op = CaseWork.param(request, "op");
            try {
                Role roleValue = role(role);
                if (roleValue == null) {
                    error = request.text("training.error.roleRequired");
                } else if (op.equals("add")) {
                    training.require(actor, action, roleValue, moduleId);
                    return PageResult.redirect("/app/training/requirements?done=added");
                } else if (op.equals("drop")) {
                    training.dropRequirement(actor, action, roleValue, moduleId);
                    return PageResult.redirect("/app/training/requirements?done=dropped");
                } else {
                    error = request.text("web.persons.error.unknownAction");
                }
            } catch (ValidationException e) {
                List<String> texts = new ArrayList<>();
                for (FieldError fieldError : e.errors()) {
                    texts.add(CaseWork.text(request, fieldError));
                }
                error = String.join(" ", texts);
            } catch (NotFoundException e) {
                error = request.text(e.messageKey(), e.arguments().toArray());
            }
        }
        StringBuilder html = new StringBuilder(8192);
        html.append("<p class=\"no-print\"><a href=\"/app/training\" id=\"back-to-training\">").append(Html.escape(request.text("web.training.back")))
                .append("</a></p>\n<h2>").append(Html.escape(request.text("web.training.requirements.title"))).append("</h2>\n<p class=\"explain\">")
                .append(Html.escape(request.text("web.training.requirements.explain"))).append("</p>\n");
        String notice = request.parameter("done").map(NOTICES::get).map(request::text).orElse(null);
        if (notice != null && error == null) {
            html.append("<div class=\"notice\" role=\"status\" id=\"training-notice\"><p>").append(Html.escape(notice)).append("</p></div>\n");
        }
        if (error != null) {
            html.append("<div class=\"error\" role=\"alert\" id=\"training-error\"><p>").append(Html.escape(error)).append("</p></div>\n");
        }
        List<Requirement> list = training.requirements();
        if (list.isEmpty()) {
            html.append("<p class=\"empty\" id=\"requirements-none\">").append(Html.escape(request.text("web.training.requirements.none")))
                    .append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\" id=\"requirements\">\n");
            int n = 0;
            for (Requirement r : list) {
                n++;
                html.append("<li id=\"requirement-").append(n).append("\">").append(Html.escape(request.text("web.training.requirements.row",
                        actionName(request, r.action()), roleName(request, r.role()), moduleTitle(request, r.moduleId()))))
                        .append("<p class=\"meta\">").append(Html.escape(request.text("web.training.requirements.by", CaseWork.isolate(r.requiredBy()),
                                CaseWork.time(r.requiredAt())))).append("</p>")
                        .append("<form class=\"inline-form\" method=\"post\" action=\"/app/training/requirements\">").append(request.csrfField())
                        .append(CaseWork.hidden("op", "drop")).append(CaseWork.hidden("action", r.action())).append(CaseWork.hidden("role", r.role().name()))
                        .append(CaseWork.hidden("module", r.moduleId())).append("<button type=\"submit\" class=\"secondary\" id=\"drop-").append(n)
                        .append("\">").append(Html.escape(request.text("web.training.requirements.drop"))).append("</button></form></li>\n");
            }
            html.append("</ul>\n");
        }
        List<Forms.Option> actions = new ArrayList<>();
        for (String a : training.actions()) {
            actions.add(new Forms.Option(a, actionName(request, a)));
        }
        List<Forms.Option> roles = new ArrayList<>();
        for (Role r : List.of(Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER_CASEWORKER, Role.COUNTRY_ADMIN)) {
            roles.add(new Forms.Option(r.name(), roleName(request, r)));
        }
        List<Forms.Option> modules = new ArrayList<>();
        for (TrainingModule m : training.modules()) {
            modules.add(new Forms.Option(m.id(), request.text(m.titleKey())));
        }
        html.append("<h3>").append(Html.escape(request.text("web.training.requirements.add"))).append("</h3>\n")
                .append("<form class=\"form\" method=\"post\" action=\"/app/training/requirements\">\n").append(request.csrfField())
                .append(CaseWork.hidden("op", "add"))
                .append(Forms.select("require-action", "action", request.text("web.training.requirements.action"), actions, action, null))
                .append(Forms.select("require-role", "role", request.text("web.training.requirements.role"), roles, role, null))
                .append(Forms.select("require-module", "module", request.text("web.training.requirements.module"), modules, moduleId, null))
                .append("<button type=\"submit\" id=\"require-submit\">").append(Html.escape(request.text("web.training.requirements.submit")))
                .append("</button>\n</form>\n");
        return PageResult.status(error == null ? 200 : 400, html.toString());
    }

    private static Role role(String name) {
        for (Role r : Role.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    private String actionName(PageRequest request, String action) {
        String key = "web.training.action." + action;
        return messages.has(key) ? request.text(key) : action;
    }

    private String roleName(PageRequest request, Role role) {
        return messages.has(role.messageKey()) ? request.text(role.messageKey()) : role.name();
    }

    private String moduleTitle(PageRequest request, String moduleId) {
        return training.module(moduleId).map(m -> request.text(m.titleKey())).orElse(moduleId);
    }
}
