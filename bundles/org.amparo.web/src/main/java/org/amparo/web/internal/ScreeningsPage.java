package org.amparo.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.common.ValidationException;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Law;
import org.amparo.interviews.Interview;
import org.amparo.interviews.InterviewService;
import org.amparo.interviews.InterviewStatus;
import org.amparo.screening.Answer;
import org.amparo.screening.Determination;
import org.amparo.screening.Explanation;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Outcome;
import org.amparo.security.UserService;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Screening interviews. {@code /app/screenings/case/<case>}: the case's screenings and a form to
 * start one in the person's language. {@code /app/screenings/<id>}: a draft's questions, each in the
 * caseworker's language and the person's side by side, always with "unknown" and "declined to
 * answer"; saved as a draft or completed. A completed screening shows its answers and its
 * determination with the explanation of every result, marked indicative when a list is not yet
 * verified, never as a legal identification, naming the competent authority the country pack gives;
 * it can be re-run under the current instruments with a reason.
 *
 * <p>Stable element ids: {@code screenings}, {@code screening-ID} (link), {@code start-language},
 * {@code start-submit}, {@code interview-status}, {@code q-QUESTION} (each question's block),
 * {@code q-QUESTION-error}, {@code why-QUESTION} (link to why it is asked, while the library is on), {@code save-draft}, {@code complete}, {@code determination},
 * {@code flag-ID}, {@code list-ID}, {@code need-ID}, {@code indicative-notice},
 * {@code authority-notice}, {@code rerun-reason}, {@code rerun-submit}, {@code screening-notice},
 * {@code screening-error}.
 */
@Component(service = Page.class)
public final class ScreeningsPage implements Page {
    static final String UNKNOWN = "~unknown";
    static final String DECLINED = "~declined";
    static final String NONE = "~none";

    private final InterviewService interviews;
    private final UserService users;
    private final Messages messages;
    private final CountryPacks packs;
    private final org.amparo.screening.Instruments instruments;
    /** Present while the standards library is on: each question then links to why it is asked. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.amparo.standards.Library library;

    @Activate
    public ScreeningsPage(@Reference InterviewService interviews, @Reference UserService users, @Reference Messages messages,
            @Reference CountryPacks packs, @Reference org.amparo.screening.Instruments instruments) {
        this.interviews = interviews;
        this.users = users;
        this.messages = messages;
        this.packs = packs;
        this.instruments = instruments;
    }

    @Override
    public String path() {
        return "screenings";
    }

    @Override
    public String titleKey() {
        return "web.screening.title";
    }

    @Override
    public boolean inNavigation() {
        return false;
    }

    @Override
    public Set<String> roles() {
        return CaseWork.ROLES;
    }

    @Override
    public PageResult handle(PageRequest request) {
        Actor actor = CaseWork.actor(request, users);
        String sub = request.subPath();
        if (sub.startsWith("case/")) {
            return caseScreenings(request, actor, CaseWork.id(sub.substring("case/".length())));
        }
        long id = CaseWork.id(sub);
        if (!"POST".equals(request.method())) {
            String done = request.parameter("done").orElse("");
            String notice = switch (done) {
                case "saved" -> request.text("web.screening.done.saved");
                case "completed" -> request.text("web.screening.done.completed");
                case "rerun" -> request.text("web.screening.done.rerun");
                default -> null;
            };
            return PageResult.ok(render(request, actor, interviews.get(actor, id), Map.of(), Map.of(), notice, null));
        }
        String op = request.parameter("op").orElse("");
        Interview interview = interviews.get(actor, id);
        Map<String, Answer> answers = Map.of();
        try {
            switch (op) {
                case "save", "complete" -> {
                    InstrumentSet set = interviews.instruments(actor, id);
                    answers = read(request, set, interview);
                    interviews.answer(actor, id, answers);
                    if ("complete".equals(op)) {
                        interviews.complete(actor, id);
                        return PageResult.redirect("/app/screenings/" + id + "?done=completed");
                    }
                    return PageResult.redirect("/app/screenings/" + id + "?done=saved");
                }
                case "rerun" -> {
                    Interview again = interviews.rerun(actor, id, request.parameter("reason").orElse(""));
                    return PageResult.redirect("/app/screenings/" + again.id() + "?done=rerun");
                }
                default -> {
                    return PageResult.status(400, render(request, actor, interview, Map.of(), Map.of(), null,
                            request.text("web.persons.error.unknownAction")));
                }
            }
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = null;
            for (FieldError error : e.errors()) {
                if (error.field().startsWith("answers.")) {
                    errors.putIfAbsent(error.field().substring("answers.".length()), CaseWork.text(request, error));
                } else if (error.field().equals("reason")) {
                    errors.putIfAbsent("~rerun", CaseWork.text(request, error));
                } else {
                    general = CaseWork.text(request, error);
                }
            }
            // the right answers are kept; the wrong ones come back as typed, next to their error
            Map<String, Answer> valid = new LinkedHashMap<>(answers);
            valid.keySet().removeAll(errors.keySet());
            if (!valid.isEmpty() && !errors.isEmpty()) {
                interviews.answer(actor, id, valid);
            }
            Map<String, String> typed = new LinkedHashMap<>();
            errors.keySet().forEach(q -> typed.put(q, request.parameter("q." + q).orElse("")));
            return PageResult.status(400, render(request, actor, interviews.get(actor, id), errors, typed, null, general));
        } catch (ConflictException e) {
            return PageResult.status(409, render(request, actor, interviews.get(actor, id), Map.of(), Map.of(), null,
                    request.text(e.messageKey(), e.arguments().toArray())));
        }
    }

    // ---- the case's screenings ----

    private PageResult caseScreenings(PageRequest request, Actor actor, long caseId) {
        String error = null;
        if ("POST".equals(request.method())) {
            String language = CaseWork.param(request, "personLanguage");
            try {
                Interview started = interviews.start(actor, caseId, language);
                return PageResult.redirect("/app/screenings/" + started.id());
            } catch (ValidationException e) {
                error = CaseWork.text(request, e.errors().get(0));
            }
        }
        List<Interview> list = interviews.ofCase(actor, caseId);
        StringBuilder html = new StringBuilder(4096);
        html.append("<p><a href=\"/app/cases/").append(caseId).append("\" id=\"back-to-case\">")
                .append(Html.escape(request.text("web.screening.backToCase"))).append("</a></p>\n")
                .append("<p class=\"explain\">").append(Html.escape(request.text("web.screening.explain"))).append("</p>\n");
        if (list.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.screening.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\" id=\"screenings\">\n");
            for (Interview i : list) {
                html.append("<li><a href=\"/app/screenings/").append(i.id()).append("\" id=\"screening-").append(i.id()).append("\">")
                        .append(Html.escape(request.text("web.screening.item", CaseWork.ltr(String.valueOf(i.id())),
                                request.text("web.screening.status." + i.status().name()))))
                        .append("</a><p class=\"meta\">").append(Html.escape(request.text("web.screening.started",
                                CaseWork.isolate(i.startedBy()), CaseWork.time(i.startedAt()))))
                        .append("</p></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h2>").append(Html.escape(request.text("web.screening.start"))).append("</h2>\n")
                .append("<form class=\"form\" method=\"post\" action=\"/app/screenings/case/").append(caseId).append("\">\n")
                .append(request.csrfField())
                .append(Forms.input("start-language", "personLanguage", request.text("web.screening.personLanguage"), "text",
                        request.parameter("personLanguage").orElse(""), error, "off", true))
                .append("<p class=\"hint\">").append(Html.escape(request.text("web.screening.personLanguage.hint"))).append("</p>\n")
                .append("<button type=\"submit\" id=\"start-submit\">").append(Html.escape(request.text("web.screening.start.submit")))
                .append("</button>\n</form>\n");
        return PageResult.status(error == null ? 200 : 400, html.toString());
    }

    // ---- reading the form ----

    /** The answers sent: per shown question, its value(s), or unknown / declined; untouched questions are left out. */
    static Map<String, Answer> read(PageRequest request, InstrumentSet set, Interview interview) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (var question : Interviews.questions(set)) {
            String name = "q." + question.id();
            if (request.parameter(name + ".shown").isEmpty()) {
                continue;
            }
            Optional<String> main = request.parameter(name).map(String::strip);
            boolean unknown = request.parameter(name + "." + UNKNOWN).isPresent() || main.filter(UNKNOWN::equals).isPresent();
            boolean declined = request.parameter(name + "." + DECLINED).isPresent() || main.filter(DECLINED::equals).isPresent();
            if (declined) {
                answers.put(question.id(), Answer.DECLINED);
                continue;
            }
            if (unknown) {
                answers.put(question.id(), Answer.UNKNOWN);
                continue;
            }
            switch (question.answerType()) {
                case MULTIPLE_CHOICE -> {
                    List<String> chosen = new ArrayList<>();
                    for (var option : question.options()) {
                        if (request.parameter(name + "." + option.id()).isPresent()) {
                            chosen.add(option.id());
                        }
                    }
                    if (!chosen.isEmpty() || request.parameter(name + "." + NONE).isPresent()) {
                        answers.put(question.id(), new Answer(Answer.Status.GIVEN, chosen));
                    }
                }
                default -> main.filter(v -> !v.isEmpty()).ifPresent(v -> answers.put(question.id(), new Answer(Answer.Status.GIVEN, List.of(v))));
            }
        }
        return answers;
    }

    // ---- rendering ----

    private String render(PageRequest request, Actor actor, Interview interview, Map<String, String> errors,
            Map<String, String> typed, String notice, String general) {
        InstrumentSet set = interviews.instruments(actor, interview.id());
        StringBuilder html = new StringBuilder(32768);
        if (notice != null) {
            html.append("<div class=\"notice\" role=\"status\" id=\"screening-notice\"><p>").append(Html.escape(notice))
                    .append("</p></div>\n");
        }
        if (general != null) {
            html.append("<div class=\"error\" role=\"alert\" id=\"screening-error\"><p>").append(Html.escape(general))
                    .append("</p></div>\n");
        } else if (!errors.isEmpty()) {
            html.append(Forms.error(request.text("web.form.fixErrors", errors.size())));
        }
        html.append("<p><a href=\"/app/screenings/case/").append(interview.caseId()).append("\" id=\"back-to-screenings\">")
                .append(Html.escape(request.text("web.screening.backToList"))).append("</a></p>\n");
        html.append("<dl class=\"facts\">\n");
        html.append("<div><dt>").append(Html.escape(request.text("web.screening.statusLabel"))).append("</dt><dd id=\"interview-status\">")
                .append(Html.escape(request.text("web.screening.status." + interview.status().name()))).append("</dd></div>\n");
        CaseWork.fact(html, request.text("web.screening.ageGroup"), request.text("web.screening.ageGroup." + interview.ageGroup().name()));
        CaseWork.fact(html, request.text("web.screening.personLanguage"), CaseWork.languageName(request, interview.personLanguage()));
        CaseWork.fact(html, request.text("web.screening.instruments"), String.join(", ", interview.uses().instruments()));
        if (!interview.uses().additions().isEmpty()) {
            CaseWork.fact(html, request.text("web.screening.additions"), String.join(", ", interview.uses().additions()));
        }
        CaseWork.fact(html, request.text("web.screening.started.label"), request.text("web.screening.started",
                CaseWork.isolate(interview.startedBy()), CaseWork.time(interview.startedAt())));
        if (interview.completedAt() != null) {
            CaseWork.fact(html, request.text("web.screening.completed.label"), request.text("web.screening.started",
                    CaseWork.isolate(interview.completedBy()), CaseWork.time(interview.completedAt())));
        }
        if (interview.rerunOf() != null) {
            html.append("<div><dt>").append(Html.escape(request.text("web.screening.rerunOf"))).append("</dt><dd><a href=\"/app/screenings/")
                    .append(interview.rerunOf()).append("\">").append(Html.escape(CaseWork.ltr(String.valueOf(interview.rerunOf()))))
                    .append("</a> – <span dir=\"auto\">").append(Html.escape(interview.rerunReason())).append("</span></dd></div>\n");
        }
        html.append("</dl>\n");
        authority(request, html);
        if (interview.status() == InterviewStatus.DRAFT) {
            questions(request, html, set, interview, errors, typed, true);
        } else {
            Determination determination = interviews.determination(actor, interview.id());
            determination(request, html, set, determination);
            html.append("<h2>").append(Html.escape(request.text("web.screening.answers"))).append("</h2>\n");
            questions(request, html, set, interview, errors, typed, false);
            html.append("<h2>").append(Html.escape(request.text("web.screening.rerun"))).append("</h2>\n<p class=\"hint\">")
                    .append(Html.escape(request.text("web.screening.rerun.explain"))).append("</p>\n")
                    .append("<form class=\"form\" method=\"post\" action=\"/app/screenings/").append(interview.id()).append("\">\n")
                    .append(request.csrfField()).append(CaseWork.hidden("op", "rerun"))
                    .append(CaseWork.textarea("rerun-reason", "reason", request.text("web.screening.rerun.reason"),
                            request.parameter("reason").orElse(""), errors.get("~rerun"), true))
                    .append("<button type=\"submit\" class=\"secondary\" id=\"rerun-submit\">")
                    .append(Html.escape(request.text("web.screening.rerun.submit"))).append("</button>\n</form>\n");
        }
        return html.toString();
    }

    /** The notice that nothing here is a legal identification, naming the competent authority from the country pack. */
    private void authority(PageRequest request, StringBuilder html) {
        html.append("<div class=\"notice\" id=\"authority-notice\"><p>").append(Html.escape(request.text(Determination.NOTICE_KEY)))
                .append("</p>\n");
        Optional<Country> country = packs.operatingCountry();
        List<String> named = new ArrayList<>();
        country.ifPresent(c -> {
            for (Law law : c.laws()) {
                for (Law.Provision p : law.provisions()) {
                    if ("identification-authority".equals(p.topic())) {
                        String confidence = p.evidence().confidence().name();
                        String settled = confidence.equals("V") ? ""
                                : " (" + request.text("web.country.confidence." + confidence) + ")";
                        named.add(request.text(p.summaryKey()) + " — " + law.title() + ", " + p.citation() + settled);
                    }
                }
            }
            if (named.isEmpty() && c.coordinatingBody() != null) {
                named.add(request.text(c.coordinatingBody().nameKey()));
            }
        });
        if (named.isEmpty()) {
            html.append("<p>").append(Html.escape(request.text("web.screening.authority.unknown"))).append("</p>\n");
        } else {
            html.append("<p>").append(Html.escape(request.text("web.screening.authority"))).append("</p>\n<ul>\n");
            for (String text : named) {
                html.append("<li dir=\"auto\">").append(Html.escape(text)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</div>\n");
    }

    private void questions(PageRequest request, StringBuilder html, InstrumentSet set, Interview interview,
            Map<String, String> errors, Map<String, String> typed, boolean editable) {
        LanguageTag personLanguage = LanguageTag.of(interview.personLanguage());
        boolean twoLanguages = !personLanguage.language().equals(request.language().language());
        if (editable) {
            html.append("<form class=\"form interview\" method=\"post\" action=\"/app/screenings/").append(interview.id())
                    .append("\">\n").append(request.csrfField())
                    .append("<p class=\"hint\">").append(Html.escape(request.text("web.screening.answer.hint"))).append("</p>\n");
        }
        Map<String, String> instrumentOf = library == null ? Map.of() : instrumentOf(set);
        for (var group : Interviews.groups(set)) {
            html.append("<h2>").append(Html.escape(request.text(group.titleKey()))).append("</h2>\n");
            for (var question : group.questions()) {
                if (!Interviews.shown(question, interview.answers(), interview.ageGroup())) {
                    continue;
                }
                Answer answer = interview.answers().get(question.id());
                if (!editable && answer == null) {
                    continue;
                }
                String id = "q-" + question.id();
                String error = errors.get(question.id());
                html.append("<fieldset class=\"field question").append(error == null ? "" : " field-invalid").append("\" id=\"")
                        .append(Html.escape(id)).append('"');
                Forms.errorAttributes(html, id, error);
                html.append(">\n<legend><span class=\"q-text\">").append(Html.escape(text(request, set, question.textKey()))).append("</span>");
                if (twoLanguages) {
                    html.append("<span class=\"q-person\" lang=\"").append(Html.escape(personLanguage.value())).append("\" dir=\"")
                            .append(Html.escape(direction(personLanguage))).append("\">")
                            .append(Html.escape(personText(set, personLanguage, question.textKey()))).append("</span>");
                }
                html.append("</legend>\n");
                if (question.helpKey() != null && !question.helpKey().isEmpty()) {
                    html.append("<p class=\"hint\">").append(Html.escape(text(request, set, question.helpKey()))).append("</p>\n");
                }
                basis(request, html, set, question.basis());
                String instrument = instrumentOf.get(question.id());
                if (instrument != null) {
                    html.append("<p class=\"why\"><a href=\"/app/library/why/screening:").append(Html.escape(instrument)).append('/')
                            .append(Html.escape(question.id())).append("\" id=\"why-").append(Html.escape(question.id())).append("\">")
                            .append(Html.escape(request.text("web.library.whyAsked"))).append("</a></p>\n");
                }
                if (editable) {
                    control(request, html, set, question, typed.containsKey(question.id())
                            ? new Answer(Answer.Status.GIVEN, List.of(typed.get(question.id()))) : answer);
                } else {
                    html.append("<p class=\"answer\" dir=\"auto\">").append(Html.escape(answerText(request, set, question, answer)))
                            .append("</p>\n");
                }
                Forms.fieldError(html, id, error);
                html.append("</fieldset>\n");
            }
        }
        if (editable) {
            html.append("<div class=\"actions\"><button type=\"submit\" name=\"op\" value=\"save\" class=\"secondary\" id=\"save-draft\">")
                    .append(Html.escape(request.text("web.screening.save"))).append("</button>\n")
                    .append("<button type=\"submit\" name=\"op\" value=\"complete\" id=\"complete\">")
                    .append(Html.escape(request.text("web.screening.complete"))).append("</button></div>\n</form>\n");
        }
    }

    /**
     * The text of a definition's message key in the user's language. A country addition's keys are
     * read as the pack revision the screening used defined them (the pack may have changed or left
     * since); core keys come from the message catalogue.
     */
    private String text(PageRequest request, InstrumentSet set, String key) {
        return national(set, key, request.language().value()).orElseGet(() -> request.text(key));
    }

    private String personText(InstrumentSet set, LanguageTag language, String key) {
        return national(set, key, language.value()).orElseGet(() -> messages.get(language, key));
    }

    private java.util.Optional<String> national(InstrumentSet set, String key, String language) {
        if (key == null || !key.startsWith("country.")) {
            return java.util.Optional.empty();
        }
        for (org.amparo.screening.InstrumentAddition addition : set.additions()) {
            if (key.startsWith("country." + addition.country().toLowerCase(java.util.Locale.ROOT) + ".")) {
                java.util.Optional<String> found = instruments.nationalText(addition.country(), addition.revision(), key, language);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String direction(LanguageTag language) {
        return switch (language.language()) {
            case "ar", "fa", "he", "ur", "nqo", "ps", "ckb", "dv", "yi" -> "rtl";
            default -> "ltr";
        };
    }

    /** Each question's instrument id, for its "why this is asked" link; a country addition's under the instrument it adds to. */
    static Map<String, String> instrumentOf(InstrumentSet set) {
        Map<String, String> ids = new java.util.HashMap<>();
        for (var instrument : set.instruments()) {
            for (var section : instrument.sections()) {
                section.questions().forEach(q -> ids.putIfAbsent(q.id(), instrument.id()));
            }
        }
        for (var addition : set.additions()) {
            addition.questions().forEach(q -> ids.putIfAbsent(q.id(), addition.instrument()));
        }
        ids.values().removeIf(id -> !org.amparo.standards.Place.ID.matcher(id).matches());
        return ids;
    }

    private static void basis(PageRequest request, StringBuilder html, InstrumentSet set, List<org.amparo.screening.Basis> basis) {
        if (basis.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (var b : basis) {
            String title = set.standard(b.standard()).map(s -> request.text(s.titleKey())).orElse(b.standard());
            parts.add(b.clause() == null || b.clause().isEmpty() ? title : title + " – " + b.clause());
        }
        html.append("<p class=\"meta basis\">").append(Html.escape(request.text("web.screening.basis", String.join("; ", parts))))
                .append("</p>\n");
    }

    private void control(PageRequest request, StringBuilder html, InstrumentSet set, org.amparo.screening.Question question,
            Answer answer) {
        String name = "q." + question.id();
        String base = "q-" + question.id();
        html.append(CaseWork.hidden(name + ".shown", "1"));
        List<String> values = answer == null ? List.of() : answer.values();
        String status = answer == null ? "" : answer.status().name();
        switch (question.answerType()) {
            case YES_NO, SINGLE_CHOICE -> {
                List<String[]> choices = new ArrayList<>();
                if (question.answerType() == org.amparo.screening.AnswerType.YES_NO) {
                    choices.add(new String[] { "yes", request.text("web.screening.yes") });
                    choices.add(new String[] { "no", request.text("web.screening.no") });
                } else {
                    question.options().forEach(o -> choices.add(new String[] { o.id(), text(request, set, o.labelKey()) }));
                }
                choices.add(new String[] { UNKNOWN, request.text("web.screening.unknown") });
                choices.add(new String[] { DECLINED, request.text("web.screening.declined") });
                for (String[] choice : choices) {
                    boolean checked = choice[0].equals(UNKNOWN) ? status.equals("UNKNOWN")
                            : choice[0].equals(DECLINED) ? status.equals("DECLINED") : values.contains(choice[0]);
                    radio(html, base + "-" + choice[0].replace("~", ""), name, choice[0], choice[1], checked);
                }
            }
            case MULTIPLE_CHOICE -> {
                for (var option : question.options()) {
                    html.append(CaseWork.checkbox(base + "-" + option.id(), name + "." + option.id(), text(request, set, option.labelKey()),
                            values.contains(option.id())));
                }
                html.append(CaseWork.checkbox(base + "-none", name + "." + NONE, request.text("web.screening.none.option"),
                        status.equals("GIVEN") && values.isEmpty()));
                html.append(CaseWork.checkbox(base + "-unknown", name + "." + UNKNOWN, request.text("web.screening.unknown"),
                        status.equals("UNKNOWN")));
                html.append(CaseWork.checkbox(base + "-declined", name + "." + DECLINED, request.text("web.screening.declined"),
                        status.equals("DECLINED")));
            }
            default -> {
                String type = switch (question.answerType()) {
                    case NUMBER -> "number\" step=\"any";
                    case DATE -> "date";
                    default -> "text";
                };
                html.append("<input id=\"").append(Html.escape(base + "-value")).append("\" name=\"").append(Html.escape(name))
                        .append("\" type=\"").append(type).append("\" dir=\"auto\" aria-label=\"")
                        .append(Html.escape(request.text("web.screening.answerLabel"))).append("\" value=\"")
                        .append(Html.escape(values.isEmpty() ? "" : values.get(0))).append("\">\n");
                html.append(CaseWork.checkbox(base + "-unknown", name + "." + UNKNOWN, request.text("web.screening.unknown"),
                        status.equals("UNKNOWN")));
                html.append(CaseWork.checkbox(base + "-declined", name + "." + DECLINED, request.text("web.screening.declined"),
                        status.equals("DECLINED")));
            }
        }
    }

    private static void radio(StringBuilder html, String id, String name, String value, String label, boolean checked) {
        html.append("<div class=\"checkbox\"><input type=\"radio\" id=\"").append(Html.escape(id)).append("\" name=\"")
                .append(Html.escape(name)).append("\" value=\"").append(Html.escape(value)).append('"')
                .append(checked ? " checked" : "").append("><label for=\"").append(Html.escape(id)).append("\">")
                .append(Html.escape(label)).append("</label></div>\n");
    }

    String answerText(PageRequest request, InstrumentSet set, org.amparo.screening.Question question, Answer answer) {
        if (answer == null) {
            return request.text("web.screening.notAnswered");
        }
        return switch (answer.status()) {
            case UNKNOWN -> request.text("web.screening.unknown");
            case DECLINED -> request.text("web.screening.declined");
            case GIVEN -> {
                if (answer.values().isEmpty()) {
                    yield request.text("web.screening.none.option");
                }
                List<String> shown = new ArrayList<>();
                for (String v : answer.values()) {
                    if (question.answerType() == org.amparo.screening.AnswerType.YES_NO) {
                        shown.add(request.text("yes".equals(v) ? "web.screening.yes" : "web.screening.no"));
                    } else {
                        shown.add(question.option(v).map(o -> text(request, set, o.labelKey())).orElse(v));
                    }
                }
                yield String.join(", ", shown);
            }
        };
    }

    // ---- the determination ----

    private void determination(PageRequest request, StringBuilder html, InstrumentSet set, Determination d) {
        html.append("<section id=\"determination\">\n<h2>").append(Html.escape(request.text("web.screening.determination")))
                .append("</h2>\n");
        if (d.indicative()) {
            html.append("<div class=\"notice notice-warning\" id=\"indicative-notice\"><p>")
                    .append(Html.escape(request.text(Determination.INDICATIVE_KEY))).append("</p></div>\n");
        }
        html.append("<h3>").append(Html.escape(request.text("web.screening.flags"))).append("</h3>\n");
        if (d.flags().isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.screening.flags.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\">\n");
            for (Determination.FlagResult flag : d.flags()) {
                html.append("<li id=\"flag-").append(Html.escape(flag.flag())).append("\"><p><strong>")
                        .append(Html.escape(text(request, set, flag.labelKey()))).append("</strong>");
                if (flag.urgent()) {
                    html.append(" <span class=\"badge badge-warning\">").append(Html.escape(request.text("web.screening.urgent")))
                            .append("</span>");
                }
                html.append("</p>\n");
                flag.explanations().forEach(e -> explanation(request, html, set, e));
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h3>").append(Html.escape(request.text("web.screening.lists"))).append("</h3>\n<ul class=\"record-list\">\n");
        for (Determination.ListResult list : d.lists()) {
            String label = set.indicatorList(list.list()).map(l -> request.text(l.labelKey())).orElse(list.list());
            html.append("<li id=\"list-").append(Html.escape(list.list())).append("\"><p><strong>").append(Html.escape(label))
                    .append("</strong>: ").append(Html.escape(request.text("web.screening.outcome." + list.outcome().name())));
            if (!list.verified()) {
                html.append(" <span class=\"badge badge-warning\">").append(Html.escape(request.text("web.screening.listNotVerified")))
                        .append("</span>");
            }
            html.append("</p>\n<ul>\n");
            for (Determination.DimensionResult dim : d.dimensions()) {
                if (!dim.list().equals(list.list()) || (dim.present() == 0 && dim.outcome() == Outcome.NOT_MET)) {
                    continue;
                }
                html.append("<li>").append(Html.escape(request.text("web.screening.dimension", dimensionLabel(request, set, dim),
                        request.text("web.screening.outcome." + dim.outcome().name()), dim.strong(), dim.medium(), dim.weak(),
                        dim.unknown()))).append("\n");
                explanation(request, html, set, dim.explanation());
                html.append("</li>\n");
            }
            html.append("</ul>\n");
            explanation(request, html, set, list.explanation());
            html.append("</li>\n");
        }
        html.append("</ul>\n<h3>").append(Html.escape(request.text("web.screening.profile"))).append("</h3>\n<ul class=\"record-list\">\n");
        for (Determination.LevelResult level : d.profile().levels()) {
            html.append("<li><p><strong>").append(Html.escape(request.text("web.screening.level." + level.level().name())))
                    .append("</strong>: ").append(Html.escape(level.rating() == null ? request.text("web.screening.rating.none")
                            : request.text("web.screening.rating." + level.rating().name()))).append("</p>\n");
            if (!level.risks().isEmpty()) {
                html.append("<p>").append(Html.escape(request.text("web.screening.risks", join(request, level.risks())))).append("</p>\n");
            }
            if (!level.protective().isEmpty()) {
                html.append("<p>").append(Html.escape(request.text("web.screening.protective", join(request, level.protective()))))
                        .append("</p>\n");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n<h3>").append(Html.escape(request.text("web.screening.needs"))).append("</h3>\n");
        if (d.needs().isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.screening.needs.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\">\n");
            for (Determination.ServiceNeed need : d.needs()) {
                html.append("<li id=\"need-").append(Html.escape(need.service())).append("\"><p><strong>")
                        .append(Html.escape(request.text(need.labelKey()))).append("</strong></p>\n");
                need.explanations().forEach(e -> explanation(request, html, set, e));
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!d.missing().isEmpty()) {
            html.append("<h3>").append(Html.escape(request.text("web.screening.missing"))).append("</h3>\n<ul>\n");
            for (String q : d.missing()) {
                String text = Interviews.question(set, q).map(x -> text(request, set, x.textKey())).orElse(q);
                html.append("<li>").append(Html.escape(text)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static String dimensionLabel(PageRequest request, InstrumentSet set, Determination.DimensionResult dim) {
        return set.indicatorList(dim.list()).flatMap(l -> l.dimensions().stream().filter(x -> x.id().equals(dim.dimension())).findFirst())
                .map(x -> request.text(x.labelKey())).orElse(dim.dimension());
    }

    private static String join(PageRequest request, List<Determination.FactorResult> factors) {
        List<String> labels = new ArrayList<>();
        factors.forEach(f -> labels.add(request.text(f.labelKey())));
        return String.join(", ", labels);
    }

    /** Why: the rule, its standards and clauses, the answers and indicators it rests on, what was missing. */
    private void explanation(PageRequest request, StringBuilder html, InstrumentSet set, Explanation e) {
        html.append("<details class=\"explanation\"><summary>").append(Html.escape(request.text("web.screening.why")))
                .append("</summary>\n<ul>\n<li>").append(Html.escape(request.text("web.screening.rule", e.rule()))).append("</li>\n");
        for (var b : e.basis()) {
            String title = set.standard(b.standard()).map(s -> request.text(s.titleKey())).orElse(b.standard());
            html.append("<li>").append(Html.escape(request.text("web.screening.basis",
                    b.clause() == null || b.clause().isEmpty() ? title : title + " – " + b.clause()))).append("</li>\n");
        }
        for (var i : e.indicators()) {
            html.append("<li>").append(Html.escape(request.text("web.screening.indicator", request.text(i.labelKey()),
                    i.grade() == null ? "–" : request.text("web.screening.grade." + i.grade().name()),
                    i.sourceConfidence() == null ? "–" : i.sourceConfidence()))).append("</li>\n");
        }
        for (var a : e.answers()) {
            var question = Interviews.question(set, a.question());
            String text = question.map(q -> text(request, set, q.textKey())).orElse(a.question());
            String value = question.map(q -> answerText(request, set, q, a.answer())).orElse("");
            html.append("<li>").append(Html.escape(request.text("web.screening.usedAnswer", text, value))).append("</li>\n");
        }
        if (!e.missing().isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (String q : e.missing()) {
                missing.add(Interviews.question(set, q).map(x -> text(request, set, x.textKey())).orElse(q));
            }
            html.append("<li>").append(Html.escape(request.text("web.screening.missingHere", String.join("; ", missing))))
                    .append("</li>\n");
        }
        html.append("</ul></details>\n");
    }
}
