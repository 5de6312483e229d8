package org.amparo.web.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.common.ConflictException;
import org.amparo.common.Messages;
import org.amparo.common.ValidationException;
import org.amparo.referral.Received;
import org.amparo.referral.ReferralEvent;
import org.amparo.referral.ReferralStatus;
import org.amparo.referral.Referrals;
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
 * The receiving side's referral inbox, for partner caseworkers: {@code /app/inbox} lists the
 * referrals sent to their organisation, {@code /app/inbox/<id>} shows one with only what was shared
 * and lets them accept, decline (with a reason), start and complete it. They never see the case.
 *
 * <p>Stable element ids: {@code inbox}, {@code received-ID}, {@code received-ID-status},
 * {@code received-status}, {@code shared-FIELD}, {@code received-message}, {@code answer-ACCEPTED},
 * {@code answer-DECLINED}, {@code answer-IN_PROGRESS}, {@code answer-COMPLETED}, {@code answer-reason},
 * {@code inbox-notice}, {@code inbox-error}.
 */
@Component(service = Page.class)
public final class InboxPage implements Page {
    private static final int PAGE = 25;
    private final Referrals referrals;
    private final UserService users;
    private final Messages messages;

    @Activate
    public InboxPage(@Reference Referrals referrals, @Reference UserService users, @Reference Messages messages) {
        this.referrals = referrals;
        this.users = users;
        this.messages = messages;
    }

    @Override
    public String path() {
        return "inbox";
    }

    @Override
    public String titleKey() {
        return "web.inbox.title";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Set<String> roles() {
        return Set.of("PARTNER_CASEWORKER");
    }

    @Override
    public PageResult handle(PageRequest request) {
        Actor actor = CaseWork.actor(request, users);
        String sub = request.subPath();
        if (sub.isEmpty()) {
            return list(request, actor);
        }
        return one(request, actor, CaseWork.id(sub));
    }

    private PageResult list(PageRequest request, Actor actor) {
        int offset = Math.max(0, request.parameter("offset").map(v -> v.matches("\\d{1,7}") ? Integer.parseInt(v) : 0).orElse(0));
        String chosen = request.parameter("status").orElse("");
        ReferralStatus status = null;
        for (ReferralStatus s : ReferralStatus.values()) {
            if (s.name().equals(chosen)) {
                status = s;
            }
        }
        List<Received> items = referrals.inbox(actor, status, offset, PAGE + 1);
        StringBuilder html = new StringBuilder(8192);
        html.append("<p class=\"explain\">").append(Html.escape(request.text("web.inbox.explain"))).append("</p>\n")
                .append("<form class=\"inline-form\" method=\"get\" action=\"/app/inbox\">");
        List<Forms.Option> options = new java.util.ArrayList<>();
        options.add(new Forms.Option("", request.text("web.inbox.allStatuses")));
        for (ReferralStatus s : ReferralStatus.values()) {
            if (s != ReferralStatus.DRAFT) {
                options.add(new Forms.Option(s.name(), request.text(s.messageKey())));
            }
        }
        html.append(Forms.select("inbox-status", "status", request.text("web.referral.status"), options, chosen, null))
                .append("<button type=\"submit\" id=\"inbox-filter\">").append(Html.escape(request.text("web.inbox.filter")))
                .append("</button></form>\n");
        if (items.isEmpty()) {
            html.append("<p class=\"empty\" id=\"inbox-empty\">").append(Html.escape(request.text("web.inbox.none"))).append("</p>\n");
            return PageResult.ok(html.toString());
        }
        LocalDate today = LocalDate.now();
        html.append("<ul class=\"record-list\" id=\"inbox\">\n");
        for (Received r : items.subList(0, Math.min(PAGE, items.size()))) {
            html.append("<li><a href=\"/app/inbox/").append(r.id()).append("\" id=\"received-").append(r.id()).append("\">")
                    .append(Html.escape(CaseWork.ltr(r.reference()))).append(" — ").append(Html.escape(r.serviceName())).append("</a> ")
                    .append("<span class=\"badge\" id=\"received-").append(r.id()).append("-status\">")
                    .append(Html.escape(request.text(r.status().messageKey()))).append("</span>");
            if (r.status() == ReferralStatus.SENT && r.answerDue() != null && today.isAfter(r.answerDue())) {
                html.append(" <span class=\"badge badge-warning\">").append(Html.escape(request.text("web.referral.overdue"))).append("</span>");
            }
            html.append("<p class=\"meta\">").append(Html.escape(request.text("web.inbox.from", r.fromOrganisation(),
                    r.sentAt() == null ? "" : CaseWork.time(r.sentAt())))).append("</p></li>\n");
        }
        html.append("</ul>\n");
        if (offset > 0 || items.size() > PAGE) {
            html.append("<nav class=\"pager\">");
            if (offset > 0) {
                html.append("<a href=\"/app/inbox?status=").append(Html.escape(chosen)).append("&amp;offset=")
                        .append(Math.max(0, offset - PAGE)).append("\">").append(Html.escape(request.text("web.pager.previous")))
                        .append("</a> ");
            }
            if (items.size() > PAGE) {
                html.append("<a href=\"/app/inbox?status=").append(Html.escape(chosen)).append("&amp;offset=").append(offset + PAGE)
                        .append("\">").append(Html.escape(request.text("web.pager.next"))).append("</a>");
            }
            html.append("</nav>\n");
        }
        return PageResult.ok(html.toString());
    }

    private PageResult one(PageRequest request, Actor actor, long id) {
        String error = null;
        String notice = null;
        int status = 200;
        if ("POST".equals(request.method())) {
            String next = CaseWork.param(request, "status");
            try {
                ReferralStatus target = null;
                for (ReferralStatus s : ReferralStatus.values()) {
                    if (s.name().equals(next)) {
                        target = s;
                    }
                }
                referrals.answer(actor, id, target, CaseWork.param(request, "reason"));
                return PageResult.redirect("/app/inbox/" + id + "?done=" + next);
            } catch (ValidationException e) {
                error = CaseWork.text(request, e.errors().get(0));
                status = 400;
            } catch (ConflictException e) {
                error = request.text(e.messageKey(), e.arguments().toArray());
                status = 409;
            }
        } else if (request.parameter("done").isPresent()) {
            notice = request.text("web.inbox.saved");
        }
        Received r = referrals.received(actor, id);
        StringBuilder html = new StringBuilder(8192);
        html.append("<p><a href=\"/app/inbox\" id=\"back-to-inbox\">").append(Html.escape(request.text("web.inbox.back")))
                .append("</a></p>\n");
        if (notice != null) {
            html.append("<div class=\"notice\" role=\"status\" id=\"inbox-notice\"><p>").append(Html.escape(notice)).append("</p></div>\n");
        }
        if (error != null) {
            html.append("<div class=\"error\" role=\"alert\" id=\"inbox-error\"><p>").append(Html.escape(error)).append("</p></div>\n");
        }
        html.append("<h2>").append(Html.escape(CaseWork.ltr(r.reference()))).append(" — ").append(Html.escape(r.serviceName()))
                .append("</h2>\n<dl class=\"facts\"><dt>").append(Html.escape(request.text("web.referral.status")))
                .append("</dt><dd id=\"received-status\">").append(Html.escape(request.text(r.status().messageKey()))).append("</dd><dt>")
                .append(Html.escape(request.text("web.inbox.fromLabel"))).append("</dt><dd>").append(Html.escape(r.fromOrganisation()))
                .append("</dd>");
        if (r.answerDue() != null) {
            html.append("<dt>").append(Html.escape(request.text("web.referral.answerDue"))).append("</dt><dd>")
                    .append(Html.escape(CaseWork.date(r.answerDue()))).append("</dd>");
        }
        html.append("</dl>\n<h2>").append(Html.escape(request.text("web.inbox.shared"))).append("</h2>\n<dl class=\"facts\">");
        for (SharedValue value : r.values()) {
            String text = value.value().isEmpty() ? request.text("web.referral.preview.empty") : value.value();
            if (value.field().name().equals("NEED") && messages.has("catalog.term." + value.value())) {
                text = request.text("catalog.term." + value.value());
            }
            if (!value.noteKey().isEmpty()) {
                text = text + " (" + request.text(value.noteKey()) + ")";
            }
            html.append("<dt>").append(Html.escape(request.text(value.field().messageKey()))).append("</dt><dd id=\"shared-")
                    .append(value.field().name()).append("\">").append(Html.escape(text)).append("</dd>");
        }
        html.append("</dl>\n");
        if (!r.message().isEmpty()) {
            html.append("<h3>").append(Html.escape(request.text("web.inbox.message"))).append("</h3><p id=\"received-message\">")
                    .append(Html.escape(r.message())).append("</p>\n");
        }
        if (!r.status().ended()) {
            html.append("<h2>").append(Html.escape(request.text("web.inbox.answer"))).append("</h2>\n")
                    .append("<form class=\"form\" method=\"post\" action=\"/app/inbox/").append(id).append("\">")
                    .append(request.csrfField())
                    .append(CaseWork.textarea("answer-reason", "reason", request.text("web.inbox.reason"), "", null, false))
                    .append("<div class=\"actions\">");
            for (ReferralStatus next : r.status().next()) {
                if (next == ReferralStatus.WITHDRAWN) {
                    continue;
                }
                html.append("<button type=\"submit\" name=\"status\" value=\"").append(next.name()).append("\" id=\"answer-")
                        .append(next.name()).append("\"").append(next == ReferralStatus.DECLINED ? " class=\"secondary\"" : "")
                        .append('>').append(Html.escape(request.text("web.inbox.to." + next.name().toLowerCase(Locale.ROOT))))
                        .append("</button> ");
            }
            html.append("</div></form>\n");
        }
        html.append("<h2>").append(Html.escape(request.text("web.referral.history"))).append("</h2>\n<ol class=\"history\">\n");
        for (ReferralEvent e : r.history()) {
            html.append("<li>").append(Html.escape(CaseWork.time(e.at()))).append(" — ")
                    .append(Html.escape(e.reminder() ? request.text("web.referral.reminder") : request.text(e.status().messageKey())));
            if (!e.reason().isEmpty()) {
                html.append("<p>").append(Html.escape(e.reason())).append("</p>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
        return PageResult.status(status, html.toString());
    }
}
