package org.amparo.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.CaseService;
import org.amparo.cases.PersonService;
import org.amparo.catalog.MatchReason;
import org.amparo.catalog.MatchedPlace;
import org.amparo.catalog.MatchedService;
import org.amparo.catalog.NeedMatches;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.Messages;
import org.amparo.common.ValidationException;
import org.amparo.referral.CaseMatches;
import org.amparo.referral.Checklist;
import org.amparo.referral.ChecklistStep;
import org.amparo.referral.Pathways;
import org.amparo.referral.Referral;
import org.amparo.referral.ReferralDraft;
import org.amparo.referral.ReferralEvent;
import org.amparo.referral.ReferralStatus;
import org.amparo.referral.Referrals;
import org.amparo.referral.SharePreview;
import org.amparo.referral.SharedField;
import org.amparo.referral.SharedValue;
import org.amparo.security.UserService;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Referrals of a case, for its caseworker and supervisor. {@code /app/referrals/case/<case>}: the
 * country's referral pathway as a checklist, the services matched to the case's determined needs
 * (those that cannot serve the person listed with why), and the case's referrals.
 * {@code /app/referrals/new?case=&service=&need=}: what to share and a message.
 * {@code /app/referrals/<id>}: a draft's preview (exactly what would be shared, and whether consent
 * allows it) with send, a referral's status and history, withdrawal, and for a service with no
 * account here the answers recorded on its behalf. Goes away with the referral module.
 *
 * <p>Stable element ids: {@code pathway-PATHWAY}, {@code step-PATHWAY-STEP}, {@code step-done-PATHWAY-STEP},
 * {@code why-step-PATHWAY-STEP} (link to the standards behind the step, while the library is on),
 * {@code matches}, {@code need-NEED}, {@code service-ID}, {@code refer-ID}, {@code cannot-ID},
 * {@code referrals}, {@code referral-ID}, {@code field-FIELD}, {@code referral-message},
 * {@code draft-submit}, {@code referral-status}, {@code preview}, {@code consent-problem},
 * {@code override}, {@code send}, {@code history}, {@code withdraw-reason}, {@code withdraw},
 * {@code answer-status}, {@code answer-reason}, {@code answer-submit}, {@code referral-notice},
 * {@code referral-error}.
 */
@Component(service = Page.class)
public final class ReferralsPage implements Page {
    private final Referrals referrals;
    private final Pathways pathways;
    private final UserService users;
    private final Messages messages;
    private final PersonService persons;
    private final CaseService cases;
    /** Present while the standards library is on: each pathway step then links to the standards behind it. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.amparo.standards.Library library;

    @Activate
    public ReferralsPage(@Reference Referrals referrals, @Reference Pathways pathways, @Reference UserService users,
            @Reference Messages messages, @Reference PersonService persons, @Reference CaseService cases) {
        this.cases = cases;
        this.referrals = referrals;
        this.pathways = pathways;
        this.users = users;
        this.messages = messages;
        this.persons = persons;
    }

    @Override
    public String path() {
        return "referrals";
    }

    @Override
    public String titleKey() {
        return "web.referral.title";
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
            return ofCase(request, actor, CaseWork.id(sub.substring("case/".length())));
        }
        if (sub.equals("new")) {
            return draft(request, actor);
        }
        return one(request, actor, CaseWork.id(sub));
    }

    // ---- the case's pathway, matches and referrals ----

    private PageResult ofCase(PageRequest request, Actor actor, long caseId) {
        String error = null;
        String notice = null;
        if ("POST".equals(request.method())) {
            String pathway = CaseWork.param(request, "pathway");
            String step = CaseWork.param(request, "step");
            try {
                if ("unmark".equals(CaseWork.param(request, "op"))) {
                    pathways.unmark(actor, caseId, pathway, step);
                } else {
                    String date = CaseWork.param(request, "doneOn");
                    if (!CaseWork.dateOrEmpty(date)) {
                        throw ValidationException.of("doneOn", "web.referral.pathway.dateInvalid");
                    }
                    pathways.markDone(actor, caseId, pathway, step, date.isEmpty() ? null : CaseWork.date(date),
                            CaseWork.param(request, "note"));
                }
                return PageResult.redirect("/app/referrals/case/" + caseId + "?done=pathway");
            } catch (ValidationException e) {
                error = CaseWork.text(request, e.errors().get(0));
            } catch (ConflictException e) {
                error = request.text(e.messageKey(), e.arguments().toArray());
            }
        } else if ("pathway".equals(request.parameter("done").orElse(""))) {
            notice = request.text("web.referral.pathway.saved");
        }
        StringBuilder html = new StringBuilder(16384);
        html.append("<p><a href=\"/app/cases/").append(caseId).append("\" id=\"back-to-case\">")
                .append(Html.escape(request.text("web.referral.backToCase"))).append("</a></p>\n");
        message(html, notice, error);
        checklists(request, html, caseId, pathways.checklist(actor, caseId));
        matches(request, html, caseId, referrals.match(actor, caseId, Instant.now()));
        List<Referral> list = referrals.ofCase(actor, caseId);
        html.append("<h2>").append(Html.escape(request.text("web.referral.list"))).append("</h2>\n");
        if (list.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.referral.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\" id=\"referrals\">\n");
            LocalDate today = LocalDate.now();
            for (Referral r : list) {
                html.append("<li><a href=\"/app/referrals/").append(r.id()).append("\" id=\"referral-").append(r.id()).append("\">")
                        .append(Html.escape(r.serviceName())).append("</a> <span class=\"badge\" id=\"referral-").append(r.id())
                        .append("-status\">").append(Html.escape(request.text(r.status().messageKey()))).append("</span>");
                if (r.overdue(today)) {
                    html.append(" <span class=\"badge badge-warning\">").append(Html.escape(request.text("web.referral.overdue")))
                            .append("</span>");
                }
                html.append("<p class=\"meta\">").append(Html.escape(r.organizationName())).append(" · ")
                        .append(Html.escape(label(request, "catalog.term." + r.need(), r.need()))).append("</p></li>\n");
            }
            html.append("</ul>\n");
        }
        return PageResult.status(error == null ? 200 : 400, html.toString());
    }

    private void checklists(PageRequest request, StringBuilder html, long caseId, List<Checklist> lists) {
        html.append("<h2>").append(Html.escape(request.text("web.referral.pathways"))).append("</h2>\n");
        if (lists.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.referral.pathways.none"))).append("</p>\n");
            return;
        }
        LocalDate today = LocalDate.now();
        boolean why = library != null;
        for (Checklist list : lists) {
            html.append("<section class=\"card\" id=\"pathway-").append(Html.escape(list.pathwayId())).append("\"><h3>")
                    .append(Html.escape(label(request, list.titleKey(), list.pathwayId()))).append("</h3>\n<ol class=\"checklist\">\n");
            for (ChecklistStep step : list.steps()) {
                String id = "step-" + list.pathwayId() + "-" + step.stepId();
                html.append("<li id=\"").append(Html.escape(id)).append("\" class=\"")
                        .append(step.doneOn() != null ? "done" : step.overdue(today) ? "overdue" : "open").append("\">")
                        .append("<strong>").append(Html.escape(label(request, step.titleKey(), step.stepId()))).append("</strong>");
                if (step.responsibleKey() != null) {
                    html.append("<p class=\"meta\">").append(Html.escape(request.text("web.referral.step.responsible",
                            label(request, step.responsibleKey(), step.responsibleKey())))).append("</p>");
                }
                if (step.dueOn() != null) {
                    html.append("<p class=\"meta\">").append(Html.escape(request.text(step.reflectionPeriod()
                            ? "web.referral.step.reflectionEnds" : "web.referral.step.due", CaseWork.date(step.dueOn()),
                            step.deadlineDays()))).append("</p>");
                } else if (step.deadlineDays() == null) {
                    html.append("<p class=\"meta\">").append(Html.escape(request.text("web.referral.step.noDeadline"))).append("</p>");
                }
                if (why && list.country() != null && list.country().matches("[A-Za-z]{2}")) {
                    html.append("<p class=\"why\"><a href=\"/app/library/why/pathway:").append(Html.escape(list.country().toUpperCase(java.util.Locale.ROOT)))
                            .append('/').append(Html.escape(list.pathwayId())).append('/').append(Html.escape(step.stepId())).append("\" id=\"why-")
                            .append(Html.escape(id)).append("\">").append(Html.escape(request.text("web.library.whyStepShort"))).append("</a></p>");
                }
                for (ChecklistStep.Basis basis : step.basis()) {
                    html.append("<p class=\"meta\">").append(Html.escape(request.text("web.referral.step.basis",
                            basis.lawTitle(), basis.citation()))).append("</p>");
                }
                if (step.overdue(today)) {
                    html.append("<p class=\"badge badge-warning\">").append(Html.escape(request.text("web.referral.overdue"))).append("</p>");
                }
                if (step.doneOn() != null) {
                    html.append("<p id=\"").append(Html.escape(id)).append("-state\">").append(Html.escape(request.text(
                            "web.referral.step.doneBy", CaseWork.date(step.doneOn()), CaseWork.isolate(step.doneBy())))).append("</p>");
                    if (!step.note().isEmpty()) {
                        html.append("<p>").append(Html.escape(step.note())).append("</p>");
                    }
                    html.append(stepForm(request, caseId, list.pathwayId(), step.stepId(), true));
                } else {
                    html.append(stepForm(request, caseId, list.pathwayId(), step.stepId(), false));
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n");
            for (ChecklistStep orphan : list.orphans()) {
                html.append("<p class=\"meta\">").append(Html.escape(request.text("web.referral.step.orphan",
                        label(request, orphan.titleKey(), orphan.stepId()), CaseWork.date(orphan.doneOn()))))
                        .append("</p>\n");
            }
            html.append("</section>\n");
        }
    }

    private static String stepForm(PageRequest request, long caseId, String pathway, String step, boolean done) {
        String id = "step-done-" + pathway + "-" + step;
        StringBuilder html = new StringBuilder(512);
        html.append("<form class=\"inline-form\" method=\"post\" action=\"/app/referrals/case/").append(caseId).append("\">")
                .append(request.csrfField()).append(CaseWork.hidden("pathway", pathway)).append(CaseWork.hidden("step", step));
        if (done) {
            html.append(CaseWork.hidden("op", "unmark")).append("<button type=\"submit\" class=\"secondary\" id=\"")
                    .append(Html.escape(id)).append("-undo\">").append(Html.escape(request.text("web.referral.step.undo")))
                    .append("</button>");
        } else {
            html.append(CaseWork.hidden("op", "mark")).append(CaseWork.hidden("doneOn", LocalDate.now().toString()))
                    .append("<button type=\"submit\" id=\"").append(Html.escape(id)).append("\">")
                    .append(Html.escape(request.text("web.referral.step.markDone"))).append("</button>");
        }
        return html.append("</form>").toString();
    }

    private void matches(PageRequest request, StringBuilder html, long caseId, CaseMatches matches) {
        html.append("<h2>").append(Html.escape(request.text("web.referral.matches"))).append("</h2>\n");
        for (String missing : matches.missing()) {
            html.append("<p class=\"hint\">").append(Html.escape(request.text(missing))).append("</p>\n");
        }
        if (matches.interviewId() != null) {
            html.append("<p class=\"meta\"><a href=\"/app/screenings/").append(matches.interviewId()).append("\">")
                    .append(Html.escape(request.text("web.referral.matches.from"))).append("</a></p>\n");
        }
        if (matches.result().needs().isEmpty()) {
            return;
        }
        html.append("<div id=\"matches\">\n");
        for (NeedMatches need : matches.result().needs()) {
            html.append("<section class=\"card\" id=\"need-").append(Html.escape(need.need())).append("\"><h3>")
                    .append(Html.escape(label(request, need.label(), need.need()))).append("</h3>\n");
            if (need.ranked().isEmpty()) {
                html.append("<p class=\"empty\">").append(Html.escape(request.text("web.referral.matches.noneCan"))).append("</p>\n");
            } else {
                html.append("<ol class=\"record-list\">\n");
                for (MatchedService s : need.ranked()) {
                    service(request, html, caseId, need.need(), s, true);
                }
                html.append("</ol>\n");
                if (need.moreRanked() > 0) {
                    html.append("<p class=\"meta\">").append(Html.escape(request.text("web.referral.matches.more", need.moreRanked())))
                            .append("</p>\n");
                }
            }
            if (!need.cannotServe().isEmpty()) {
                html.append("<details><summary>").append(Html.escape(request.text("web.referral.matches.cannot",
                        need.cannotServe().size() + need.moreCannotServe()))).append("</summary>\n<ul class=\"record-list\">\n");
                for (MatchedService s : need.cannotServe()) {
                    service(request, html, caseId, need.need(), s, false);
                }
                html.append("</ul></details>\n");
            }
            html.append("</section>\n");
        }
        html.append("</div>\n");
    }

    private void service(PageRequest request, StringBuilder html, long caseId, String need, MatchedService s, boolean canServe) {
        html.append("<li id=\"").append(canServe ? "service-" : "cannot-").append(Html.escape(s.serviceId())).append("\"><strong>")
                .append(Html.escape(s.name())).append("</strong><p class=\"meta\">").append(Html.escape(s.organizationName()))
                .append("</p>\n<ul class=\"reasons\">");
        for (MatchReason reason : s.reasons()) {
            html.append("<li class=\"reason-").append(reason.effect().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(Html.escape(request.text("web.referral.effect." + reason.effect().name()))).append(": ")
                    .append(Html.escape(request.text(reason.key(), reason.arguments().toArray()))).append("</li>");
        }
        html.append("</ul>\n");
        for (MatchedPlace place : s.places()) {
            html.append("<p class=\"meta\">").append(Html.escape(place.name())).append(" — ")
                    .append(Html.escape(place.confidential() ? request.text(place.addressKey()) : place.address())).append("</p>\n");
        }
        if (canServe) {
            html.append("<p><a class=\"button\" id=\"refer-").append(Html.escape(s.serviceId())).append("\" href=\"/app/referrals/new?case=")
                    .append(caseId).append("&amp;service=").append(Html.escape(s.serviceId())).append("&amp;need=")
                    .append(Html.escape(need)).append("\">").append(Html.escape(request.text("web.referral.refer"))).append("</a></p>\n");
        }
        html.append("</li>\n");
    }

    // ---- a new referral ----

    private PageResult draft(PageRequest request, Actor actor) {
        long caseId = CaseWork.id(request.parameter("case").orElse(""));
        String service = CaseWork.param(request, "service");
        String need = CaseWork.param(request, "need");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Set<SharedField> chosen = EnumSet.of(SharedField.NAME, SharedField.AGE, SharedField.LANGUAGES, SharedField.NEED);
        if ("POST".equals(request.method())) {
            chosen = EnumSet.noneOf(SharedField.class);
            for (SharedField field : SharedField.values()) {
                if (request.parameter("field." + field.name()).isPresent()) {
                    chosen.add(field);
                }
            }
            try {
                Referral created = referrals.draft(actor, caseId, new ReferralDraft(service, need, chosen,
                        CaseWork.param(request, "message"), CaseWork.param(request, "pathwayStep")));
                return PageResult.redirect("/app/referrals/" + created.id());
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    CaseWork.put(errors, error.field(), CaseWork.text(request, error));
                }
            } catch (ConflictException e) {
                errors.put("general", request.text(e.messageKey(), e.arguments().toArray()));
            }
        }
        StringBuilder html = new StringBuilder(8192);
        html.append("<p><a href=\"/app/referrals/case/").append(caseId).append("\" id=\"back-to-referrals\">")
                .append(Html.escape(request.text("web.referral.backToReferrals"))).append("</a></p>\n");
        if (!errors.isEmpty()) {
            html.append(Forms.error(errors.getOrDefault("general", request.text("web.form.fixErrors", errors.size()))));
        }
        html.append("<p class=\"explain\">").append(Html.escape(request.text("web.referral.new.explain"))).append("</p>\n")
                .append("<form class=\"form\" method=\"post\" action=\"/app/referrals/new?case=").append(caseId).append("\">\n")
                .append(request.csrfField()).append(CaseWork.hidden("service", service)).append(CaseWork.hidden("need", need))
                .append("<p>").append(Html.escape(request.text("web.referral.new.need",
                        label(request, "catalog.term." + need, need)))).append("</p>\n");
        if (errors.containsKey("serviceId") || errors.containsKey("need")) {
            html.append(Forms.error(errors.getOrDefault("serviceId", errors.get("need"))));
        }
        html.append("<fieldset class=\"field choices").append(errors.containsKey("fields") ? " field-invalid" : "")
                .append("\"><legend>").append(Html.escape(request.text("web.referral.new.fields"))).append("</legend>\n");
        for (SharedField field : SharedField.values()) {
            html.append(CaseWork.checkbox("field-" + field.name(), "field." + field.name(), request.text(field.messageKey()),
                    chosen.contains(field)));
        }
        if (errors.containsKey("fields")) {
            html.append("<p class=\"field-error\" id=\"fields-error\">").append(Html.escape(errors.get("fields"))).append("</p>");
        }
        html.append("</fieldset>\n")
                .append(CaseWork.textarea("referral-message", "message", request.text("web.referral.new.message"),
                        CaseWork.param(request, "message"), errors.get("message"), false))
                .append(Forms.input("referral-pathway-step", "pathwayStep", request.text("web.referral.new.pathwayStep"), "text",
                        CaseWork.param(request, "pathwayStep"), errors.get("pathwayStep"), "off", false))
                .append("<button type=\"submit\" id=\"draft-submit\">").append(Html.escape(request.text("web.referral.new.submit")))
                .append("</button>\n</form>\n");
        return PageResult.status(errors.isEmpty() ? 200 : 400, html.toString());
    }

    // ---- one referral ----

    private PageResult one(PageRequest request, Actor actor, long id) {
        String error = null;
        String notice = null;
        int status = 200;
        if ("POST".equals(request.method())) {
            String op = CaseWork.param(request, "op");
            try {
                switch (op) {
                    case "send" -> referrals.send(actor, id, CaseWork.param(request, "override"));
                    case "consent" -> recordConsent(request, actor, id);
                    case "withdraw" -> referrals.withdraw(actor, id, CaseWork.param(request, "reason"));
                    case "answer" -> {
                        String next = CaseWork.param(request, "status");
                        referrals.recordAnswer(actor, id, next.isEmpty() ? null : ReferralStatus.valueOf(next),
                                CaseWork.param(request, "reason"));
                    }
                    default -> throw ValidationException.of("op", "web.persons.error.unknownAction");
                }
                return PageResult.redirect("/app/referrals/" + id + "?done=" + op);
            } catch (ValidationException e) {
                error = CaseWork.text(request, e.errors().get(0));
                status = 400;
            } catch (ConflictException e) {
                error = request.text(e.messageKey(), e.arguments().toArray());
                status = 409;
            } catch (IllegalArgumentException e) {
                error = request.text("referral.error.answerInvalid");
                status = 400;
            }
        } else {
            String done = request.parameter("done").orElse("");
            if (List.of("send", "withdraw", "answer", "consent").contains(done)) {
                notice = request.text("web.referral.done." + done);
            }
        }
        Referral r = referrals.get(actor, id);
        StringBuilder html = new StringBuilder(8192);
        html.append("<p><a href=\"/app/referrals/case/").append(r.caseId()).append("\" id=\"back-to-referrals\">")
                .append(Html.escape(request.text("web.referral.backToReferrals"))).append("</a></p>\n");
        message(html, notice, error);
        html.append("<h2>").append(Html.escape(r.serviceName())).append("</h2>\n<dl class=\"facts\">")
                .append(fact(request, "web.referral.organisation", Html.escape(r.organizationName())))
                .append(fact(request, "web.referral.need", Html.escape(label(request, "catalog.term." + r.need(), r.need()))))
                .append(fact(request, "web.referral.status", "<span id=\"referral-status\">"
                        + Html.escape(request.text(r.status().messageKey())) + "</span>"));
        if (r.answerDue() != null) {
            html.append(fact(request, "web.referral.answerDue", Html.escape(CaseWork.date(r.answerDue()))));
        }
        if (!r.reason().isEmpty()) {
            html.append(fact(request, "web.referral.reason", Html.escape(r.reason())));
        }
        if (!r.consentOverride().isEmpty()) {
            html.append(fact(request, "web.referral.override", Html.escape(r.consentOverride())));
        }
        if (r.toOrganisationId() == null) {
            html.append(fact(request, "web.referral.noAccount", Html.escape(request.text("web.referral.noAccount.explain"))));
        }
        html.append("</dl>\n");
        if (r.status() == ReferralStatus.DRAFT) {
            preview(request, html, referrals.preview(actor, id));
        }
        html.append("<h2>").append(Html.escape(request.text("web.referral.history"))).append("</h2>\n<ol class=\"history\" id=\"history\">\n");
        for (ReferralEvent e : referrals.history(actor, id)) {
            html.append("<li>").append(Html.escape(CaseWork.time(e.at()))).append(" — ")
                    .append(Html.escape(e.reminder() ? request.text("web.referral.reminder") : request.text(e.status().messageKey())))
                    .append(" — ").append(Html.escape(CaseWork.isolate(e.actor())));
            if (e.onBehalf()) {
                html.append(" (").append(Html.escape(request.text("web.referral.onBehalf"))).append(')');
            }
            if (!e.reason().isEmpty()) {
                html.append("<p>").append(Html.escape(e.reason())).append("</p>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
        if (r.toOrganisationId() == null && !r.status().ended() && r.status() != ReferralStatus.DRAFT) {
            List<Forms.Option> options = new ArrayList<>();
            for (ReferralStatus next : r.status().next()) {
                if (next != ReferralStatus.WITHDRAWN) {
                    options.add(new Forms.Option(next.name(), request.text(next.messageKey())));
                }
            }
            html.append("<h2>").append(Html.escape(request.text("web.referral.recordAnswer"))).append("</h2>\n")
                    .append("<form class=\"form\" method=\"post\" action=\"/app/referrals/").append(id).append("\">")
                    .append(request.csrfField()).append(CaseWork.hidden("op", "answer"))
                    .append(Forms.select("answer-status", "status", request.text("web.referral.status"), options, "", null))
                    .append(CaseWork.textarea("answer-reason", "reason", request.text("web.referral.answer.reason"), "", null, false))
                    .append("<button type=\"submit\" id=\"answer-submit\">").append(Html.escape(request.text("web.referral.answer.submit")))
                    .append("</button></form>\n");
        }
        if (!r.status().ended()) {
            html.append("<h2>").append(Html.escape(request.text("web.referral.withdraw"))).append("</h2>\n")
                    .append("<form class=\"form\" method=\"post\" action=\"/app/referrals/").append(id).append("\">")
                    .append(request.csrfField()).append(CaseWork.hidden("op", "withdraw"))
                    .append(CaseWork.textarea("withdraw-reason", "reason", request.text("web.referral.withdraw.reason"), "", null, true))
                    .append("<button type=\"submit\" class=\"secondary\" id=\"withdraw\">")
                    .append(Html.escape(request.text("web.referral.withdraw.submit"))).append("</button></form>\n");
        }
        return PageResult.status(status, html.toString());
    }

    private void preview(PageRequest request, StringBuilder html, SharePreview preview) {
        html.append("<section class=\"card\" id=\"preview\"><h2>").append(Html.escape(request.text("web.referral.preview")))
                .append("</h2>\n<p class=\"explain\">").append(Html.escape(request.text("web.referral.preview.explain")))
                .append("</p>\n<dl class=\"facts\">");
        for (SharedValue value : preview.values()) {
            String text = value.value().isEmpty() ? request.text("web.referral.preview.empty") : value.value();
            if (!value.noteKey().isEmpty()) {
                text = text + " (" + request.text(value.noteKey()) + ")";
            }
            html.append("<dt>").append(Html.escape(request.text(value.field().messageKey()))).append("</dt><dd id=\"shared-")
                    .append(value.field().name()).append("\">").append(Html.escape(text)).append("</dd>");
        }
        html.append("</dl>\n<form class=\"form\" method=\"post\" action=\"/app/referrals/").append(preview.referral().id()).append("\">")
                .append(request.csrfField()).append(CaseWork.hidden("op", "send"));
        if (!preview.consentGiven()) {
            html.append("<div class=\"error\" role=\"alert\" id=\"consent-problem\"><p>")
                    .append(Html.escape(request.text(preview.consentProblem()))).append("</p><p>")
                    .append(Html.escape(request.text("web.referral.consent.how"))).append("</p></div>\n")
                    .append(CaseWork.textarea("override", "override", request.text("web.referral.override.label"), "", null, false));
        } else {
            html.append("<p class=\"notice\" id=\"consent-ok\">").append(Html.escape(request.text("web.referral.consent.ok",
                    preview.organisationCode()))).append("</p>\n");
        }
        html.append("<button type=\"submit\" id=\"send\">").append(Html.escape(request.text("web.referral.send")))
                .append("</button></form>\n");
        if (!preview.consentGiven() && !preview.organisationCode().isEmpty()) {
            consentForm(request, html, preview);
        }
        html.append("</section>\n");
    }

    /**
     * Records, at the moment of referral, the person's consent to be referred and to share with the
     * receiving organisation, as the caseworker obtained it; the person service checks and audits it.
     */
    private void recordConsent(PageRequest request, Actor actor, long referralId) {
        SharePreview preview = referrals.preview(actor, referralId);
        if (preview.organisationCode().isEmpty()) {
            throw new ConflictException("referral.consent.noAccount");
        }
        if (request.parameter("agrees").isEmpty()) {
            throw ValidationException.of("agrees", "web.referral.consent.agreeRequired");
        }
        String methodName = CaseWork.param(request, "method");
        ConsentMethod method = null;
        for (ConsentMethod m : ConsentMethod.values()) {
            if (m.name().equals(methodName)) {
                method = m;
            }
        }
        if (method == null) {
            throw ValidationException.of("method", "web.persons.consent.methodRequired");
        }
        String date = CaseWork.param(request, "date");
        if (date.isEmpty() || !CaseWork.dateOrEmpty(date)) {
            throw ValidationException.of("date", "web.referral.pathway.dateInvalid");
        }
        long personId = cases.get(actor, preview.referral().caseId()).personId();
        persons.recordConsent(actor, personId, new ConsentDecision(Set.of(ConsentPurpose.REFERRAL, ConsentPurpose.SHARING),
                Set.of(preview.organisationCode()), method, CaseWork.param(request, "language"), CaseWork.date(date), true));
    }

    private void consentForm(PageRequest request, StringBuilder html, SharePreview preview) {
        List<Forms.Option> methods = new ArrayList<>();
        for (ConsentMethod m : ConsentMethod.values()) {
            methods.add(new Forms.Option(m.name(), request.text("web.consent.method." + m.name())));
        }
        html.append("<form class=\"form\" method=\"post\" action=\"/app/referrals/").append(preview.referral().id())
                .append("\" id=\"consent-form\">").append(request.csrfField()).append(CaseWork.hidden("op", "consent"))
                .append("<h3>").append(Html.escape(request.text("web.referral.consent.record", preview.organisationCode())))
                .append("</h3>\n")
                .append(CaseWork.checkbox("consent-agrees", "agrees", request.text("web.referral.consent.agrees",
                        preview.organisationCode()), false))
                .append(CaseWork.radios("consent-method", "method", request.text("web.persons.consent.method"), methods, "", null))
                .append(Forms.input("consent-language", "language", request.text("web.referral.consent.language"), "text", "",
                        null, "off", true))
                .append(Forms.input("consent-date", "date", request.text("web.referral.consent.date"), "date",
                        LocalDate.now().toString(), null, "off", true))
                .append("<button type=\"submit\" id=\"consent-submit\">").append(Html.escape(request.text("web.referral.consent.submit")))
                .append("</button>\n</form>\n");
    }

    // ---- helpers ----

    private String label(PageRequest request, String key, String fallback) {
        return key != null && !key.isEmpty() && messages.has(key) ? request.text(key) : fallback;
    }

    private static String fact(PageRequest request, String key, String valueHtml) {
        return "<dt>" + Html.escape(request.text(key)) + "</dt><dd>" + valueHtml + "</dd>";
    }

    static void message(StringBuilder html, String notice, String error) {
        if (notice != null) {
            html.append("<div class=\"notice\" role=\"status\" id=\"referral-notice\"><p>").append(Html.escape(notice))
                    .append("</p></div>\n");
        }
        if (error != null) {
            html.append("<div class=\"error\" role=\"alert\" id=\"referral-error\"><p>").append(Html.escape(error))
                    .append("</p></div>\n");
        }
    }

    /** Used by the case page: the link to a case's referrals. */
    static String caseLink(PageRequest request, long caseId) {
        return "<h2>" + Html.escape(request.text("web.case.referrals")) + "</h2>\n<p><a href=\"/app/referrals/case/" + caseId
                + "\" id=\"case-referrals\">" + Html.escape(request.text("web.case.referrals.link")) + "</a></p>\n";
    }
}
