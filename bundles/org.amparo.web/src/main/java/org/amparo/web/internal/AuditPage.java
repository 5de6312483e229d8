package org.amparo.web.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.AuditVerification;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /app/audit}, for auditors and system administrators: the audit record newest first, a
 * page at a time, filtered by actor and action prefix, and a button that verifies the hash chain
 * and says the result in words. Filters and page numbers travel in POST forms, so no user name
 * ends up in an address. Goes away with the {@link AuditLog} service.
 */
@Component(service = Page.class)
public final class AuditPage implements Page {
    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final Set<String> KNOWN_PROBLEMS = Set.of("altered", "missing", "truncated");
    static final List<String> COLUMNS = List.of("sequence", "time", "actor", "action", "target", "outcome", "detail");

    private final AuditLog audit;

    @Activate
    public AuditPage(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String path() {
        return "audit";
    }

    @Override
    public String titleKey() {
        return "web.audit.title";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Set<String> roles() {
        return Set.of("AUDITOR", "SYSTEM_ADMIN");
    }

    @Override
    public PageResult handle(PageRequest request) {
        if (!request.subPath().isEmpty()) {
            return PageResult.status(404, "<p>" + Html.escape(request.text("web.error.notFound.text")) + "</p>");
        }
        boolean post = "POST".equals(request.method());
        StringBuilder html = new StringBuilder(8192);
        if (post && "verify".equals(request.parameter("op").orElse(""))) {
            html.append(verify(request));
        }
        String actor = post ? request.parameter("actor").orElse("").strip() : "";
        String action = post ? request.parameter("action").orElse("").strip() : "";
        String actorError = actor.length() > 100 ? request.text("web.audit.error.actor") : null;
        String actionError = action.length() > 100 || !action.matches("[A-Za-z0-9.]*") ? request.text("web.audit.error.action") : null;

        html.append("<form class=\"form filter-form\" method=\"post\" action=\"/app/audit\">\n")
                .append(request.csrfField())
                .append("<input type=\"hidden\" name=\"op\" value=\"filter\">\n")
                .append(Forms.input("audit-actor", "actor", request.text("web.audit.filter.actor"), "text", actor, actorError, "off", false))
                .append(Forms.input("audit-action", "action", request.text("web.audit.filter.action"), "text", action, actionError, "off", false))
                .append("<button type=\"submit\" name=\"page\" value=\"1\" id=\"audit-filter-submit\">")
                .append(Html.escape(request.text("web.audit.filter.submit"))).append("</button>\n</form>\n");
        if (actorError == null && actionError == null) {
            table(request, html, actor, action);
        }
        html.append("<form class=\"form verify-form\" method=\"post\" action=\"/app/audit\">\n")
                .append(request.csrfField())
                .append("<input type=\"hidden\" name=\"op\" value=\"verify\">\n")
                .append("<button type=\"submit\" id=\"audit-verify\">").append(Html.escape(request.text("web.audit.verify.submit")))
                .append("</button>\n</form>\n");
        return PageResult.ok(html.toString());
    }

    private void table(PageRequest request, StringBuilder html, String actor, String action) {
        String actorFilter = actor.isEmpty() ? null : actor;
        String actionFilter = action.isEmpty() ? null : action;
        long total = audit.count(new AuditQuery(actorFilter, actionFilter, 0, 1));
        Paging paging = Paging.of(request.parameter("page"), PAGE_SIZE, total);
        if (total == 0) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.audit.empty"))).append("</p>\n");
            return;
        }
        List<AuditEntry> entries = audit.page(new AuditQuery(actorFilter, actionFilter, paging.offset(), PAGE_SIZE));
        html.append("<div class=\"table-wrap\">\n<table class=\"data-table audit-table\">\n<caption>")
                .append(Html.escape(request.text("web.audit.caption", paging.firstShown(), paging.lastShown(), total)))
                .append("</caption>\n<thead><tr>");
        for (String column : COLUMNS) {
            html.append("<th scope=\"col\">").append(Html.escape(request.text("web.audit.column." + column))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (AuditEntry entry : entries) {
            html.append("<tr><td>").append(entry.sequence())
                    .append("</td><td><time datetime=\"").append(Html.escape(entry.at().toString())).append("\">")
                    .append(Html.escape(TIME.format(entry.at()))).append("</time></td><td>")
                    .append(Html.escape(entry.actor())).append("</td><td>")
                    .append(Html.escape(entry.action())).append("</td><td>")
                    .append(Html.escape(entry.target())).append("</td><td>")
                    .append(Html.escape(request.text("web.audit.outcome." + entry.outcome().name()))).append("</td><td>")
                    .append(Html.escape(entry.detail())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
        if (paging.last() > 1) {
            html.append("<form class=\"pager\" method=\"post\" action=\"/app/audit\">\n")
                    .append(request.csrfField())
                    .append("<input type=\"hidden\" name=\"op\" value=\"filter\">\n")
                    .append("<input type=\"hidden\" name=\"actor\" value=\"").append(Html.escape(actor)).append("\">\n")
                    .append("<input type=\"hidden\" name=\"action\" value=\"").append(Html.escape(action)).append("\">\n");
            if (paging.hasPrevious()) {
                html.append("<button type=\"submit\" name=\"page\" value=\"").append(paging.page() - 1)
                        .append("\" id=\"audit-previous\">").append(Html.escape(request.text("web.pager.previous"))).append("</button>\n");
            }
            html.append("<span class=\"pager-position\">")
                    .append(Html.escape(request.text("web.pager.position", paging.page(), paging.last()))).append("</span>\n");
            if (paging.hasNext()) {
                html.append("<button type=\"submit\" name=\"page\" value=\"").append(paging.page() + 1)
                        .append("\" id=\"audit-next\">").append(Html.escape(request.text("web.pager.next"))).append("</button>\n");
            }
            html.append("</form>\n");
        }
    }

    private String verify(PageRequest request) {
        AuditVerification result = audit.verify();
        if (result.intact()) {
            audit.record(AuditEvent.success(request.username(), "audit.verify", "", "entries=" + result.entriesChecked()));
            return "<div class=\"notice\" role=\"status\" id=\"audit-verify-result\"><p>"
                    + Html.escape(request.text("web.audit.verify.intact", result.entriesChecked())) + "</p></div>\n";
        }
        audit.record(AuditEvent.failure(request.username(), "audit.verify", "",
                "firstBroken=" + result.firstBroken() + ";problem=" + Shell.limit(result.problem(), 100)));
        return "<div class=\"error\" role=\"alert\" id=\"audit-verify-result\"><p>"
                + Html.escape(request.text("web.audit.verify.broken", result.entriesChecked(), result.firstBroken(),
                        request.text(problemKey(result.problem()))))
                + "</p></div>\n";
    }

    /** The text key describing a verification problem ({@code audit.verify.altered} and so on). */
    static String problemKey(String problem) {
        String suffix = problem.startsWith("audit.verify.") ? problem.substring("audit.verify.".length()) : problem;
        return KNOWN_PROBLEMS.contains(suffix) ? "web.audit.problem." + suffix : "web.audit.problem.unknown";
    }
}
