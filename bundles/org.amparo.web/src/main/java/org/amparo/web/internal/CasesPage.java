package org.amparo.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CasePage;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseView;
import org.amparo.security.UserService;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /app/cases}, for caseworkers and supervisors: the cases the service lets the user see,
 * newest first, a page at a time, filtered by name (any script), case number, status, flag,
 * assigned worker and overdue tasks, with a link to register a person. Filters and paging travel
 * in POST forms so that no name ends up in an address. {@code /app/cases/<id>} is one case (see
 * {@link CaseDetail}).
 *
 * <p>Stable element ids: {@code register-person}, {@code case-filter-name}, {@code case-filter-number},
 * {@code case-filter-status}, {@code case-filter-flag}, {@code case-filter-assigned},
 * {@code case-filter-overdue}, {@code case-filter-submit}, {@code cases-table}, {@code case-link-ID},
 * {@code cases-previous}, {@code cases-next}, {@code cases-empty}. Case page ids: see {@link CaseDetail}.
 */
@Component(service = Page.class)
public final class CasesPage implements Page {
    static final int PAGE_SIZE = 25;
    static final List<String> COLUMNS = List.of("number", "status", "flags", "child", "assignedTo", "updatedAt");

    private final CaseService cases;
    private final UserService users;
    private static final java.util.regex.Pattern ATTACHMENT = java.util.regex.Pattern.compile("([0-9]{1,18})/attachments/([0-9]{1,18})");
    private final CaseDetail detail;
    /** Present while the referral module is on: the case page then links to the case's referrals. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.amparo.referral.Referrals referrals;
    /** Present while the standards library is on: the workflow step then links to why it is done. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.amparo.standards.Library library;

    @Activate
    public CasesPage(@Reference CaseService cases, @Reference UserService users) {
        this.cases = cases;
        this.users = users;
        this.detail = new CaseDetail(cases, users, () -> referrals != null, () -> library != null);
    }

    @Override
    public String path() {
        return "cases";
    }

    @Override
    public String titleKey() {
        return "web.cases.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<String> roles() {
        return CaseWork.ROLES;
    }

    @Override
    public PageResult handle(PageRequest request) {
        Actor actor = CaseWork.actor(request, users);
        java.util.regex.Matcher file = ATTACHMENT.matcher(request.subPath());
        if (file.matches()) {
            return detail.download(actor, CaseWork.id(file.group(1)), CaseWork.id(file.group(2)));
        }
        if (!request.subPath().isEmpty()) {
            return detail.handle(request, actor, CaseWork.id(request.subPath()));
        }
        boolean post = "POST".equals(request.method());
        String name = post ? CaseWork.param(request, "name") : "";
        String number = post ? CaseWork.param(request, "number") : "";
        String status = post ? CaseWork.param(request, "status") : "";
        String flag = post ? CaseWork.param(request, "flag") : "";
        String assigned = post ? CaseWork.param(request, "assignedTo") : "";
        boolean overdue = post && request.parameter("overdue").isPresent();
        int offset = 0;
        String offsetText = post ? CaseWork.param(request, "offset") : "";
        if (offsetText.matches("[0-9]{1,7}")) {
            offset = Integer.parseInt(offsetText);
        }
        String nameError = name.length() > 200 ? request.text("web.cases.error.tooLong", 200) : null;
        String numberError = number.length() > 40 ? request.text("web.cases.error.tooLong", 40) : null;
        String assignedError = assigned.length() > 64 ? request.text("web.cases.error.tooLong", 64) : null;
        CaseStatus statusValue = status(status);
        CaseFlag flagValue = flag(flag);

        StringBuilder html = new StringBuilder(8192);
        html.append("<p><a class=\"button-link\" href=\"/app/persons/new\" id=\"register-person\">")
                .append(Html.escape(request.text("web.cases.registerPerson"))).append("</a></p>\n");
        html.append("<form class=\"form filter-form\" method=\"post\" action=\"/app/cases\">\n").append(request.csrfField())
                .append(Forms.input("case-filter-name", "name", request.text("web.cases.filter.name"), "search", name, nameError,
                        "off", false))
                .append(Forms.input("case-filter-number", "number", request.text("web.cases.filter.number"), "search", number,
                        numberError, "off", false));
        List<Forms.Option> statuses = new ArrayList<>();
        statuses.add(new Forms.Option("", request.text("web.cases.filter.any")));
        for (CaseStatus s : CaseStatus.values()) {
            statuses.add(new Forms.Option(s.name(), request.text("web.cases.status." + s.name())));
        }
        List<Forms.Option> flags = new ArrayList<>();
        flags.add(new Forms.Option("", request.text("web.cases.filter.any")));
        for (CaseFlag f : CaseFlag.values()) {
            flags.add(new Forms.Option(f.name(), request.text("web.cases.flag." + f.name())));
        }
        html.append(Forms.select("case-filter-status", "status", request.text("web.cases.filter.status"), statuses, status, null))
                .append(Forms.select("case-filter-flag", "flag", request.text("web.cases.filter.flag"), flags, flag, null))
                .append(Forms.input("case-filter-assigned", "assignedTo", request.text("web.cases.filter.assignedTo"), "search",
                        assigned, assignedError, "off", false))
                .append(CaseWork.checkbox("case-filter-overdue", "overdue", request.text("web.cases.filter.overdue"), overdue))
                .append("<button type=\"submit\" id=\"case-filter-submit\">").append(Html.escape(request.text("web.cases.filter.submit")))
                .append("</button>\n</form>\n");
        if (nameError != null || numberError != null || assignedError != null) {
            return PageResult.status(400, html.toString());
        }
        CasePage page = cases.search(actor, new CaseQuery(name, number, statusValue, flagValue, assigned, overdue, offset,
                PAGE_SIZE));
        table(request, html, page);
        pager(request, html, page, name, number, status, flag, assigned, overdue);
        return PageResult.ok(html.toString());
    }

    static CaseStatus status(String name) {
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static CaseFlag flag(String name) {
        for (CaseFlag f : CaseFlag.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The flags of a case in the user's language, in the order of {@link CaseFlag}. */
    static String flags(PageRequest request, Set<CaseFlag> flags) {
        List<String> labels = new ArrayList<>();
        for (CaseFlag flag : CaseFlag.values()) {
            if (flags.contains(flag)) {
                labels.add(request.text("web.cases.flag." + flag.name()));
            }
        }
        return String.join(", ", labels);
    }

    private static void table(PageRequest request, StringBuilder html, CasePage page) {
        if (page.items().isEmpty()) {
            html.append("<p class=\"empty\" id=\"cases-empty\">").append(Html.escape(request.text("web.cases.empty"))).append("</p>\n");
            return;
        }
        html.append("<div class=\"table-wrap\">\n<table class=\"data-table cases-table\" id=\"cases-table\">\n<caption>")
                .append(Html.escape(request.text("web.cases.caption", page.offset() + 1, page.offset() + page.items().size())))
                .append("</caption>\n<thead><tr>");
        for (String column : COLUMNS) {
            html.append("<th scope=\"col\">").append(Html.escape(request.text("web.cases.column." + column))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (CaseView view : page.items()) {
            html.append("<tr><td><a href=\"/app/cases/").append(view.id()).append("\" id=\"case-link-").append(view.id()).append("\">")
                    .append(Html.escape(view.number())).append("</a></td><td>")
                    .append(Html.escape(request.text("web.cases.status." + view.status().name()))).append("</td><td>")
                    .append(Html.escape(flags(request, view.flags()))).append("</td><td>")
                    .append(Html.escape(view.child() ? request.text("web.cases.child.yes") : "")).append("</td><td>")
                    .append(Html.escape(view.assignedTo())).append("</td><td>")
                    .append(Html.escape(CaseWork.time(view.updatedAt()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    private static void pager(PageRequest request, StringBuilder html, CasePage page, String name, String number,
            String status, String flag, String assigned, boolean overdue) {
        if (page.offset() == 0 && !page.more()) {
            return;
        }
        html.append("<form class=\"pager\" method=\"post\" action=\"/app/cases\" aria-label=\"")
                .append(Html.escape(request.text("web.pager.label"))).append("\">\n").append(request.csrfField())
                .append(CaseWork.hidden("name", name)).append(CaseWork.hidden("number", number))
                .append(CaseWork.hidden("status", status)).append(CaseWork.hidden("flag", flag))
                .append(CaseWork.hidden("assignedTo", assigned));
        if (overdue) {
            html.append(CaseWork.hidden("overdue", "on"));
        }
        if (page.offset() > 0) {
            html.append("<button type=\"submit\" name=\"offset\" value=\"").append(Math.max(0, page.offset() - page.limit()))
                    .append("\" id=\"cases-previous\">").append(Html.escape(request.text("web.pager.previous"))).append("</button>\n");
        }
        html.append("<span class=\"pager-position\">")
                .append(Html.escape(request.text("web.cases.pagePosition", page.offset() / page.limit() + 1))).append("</span>\n");
        if (page.more()) {
            html.append("<button type=\"submit\" name=\"offset\" value=\"").append(page.offset() + page.limit())
                    .append("\" id=\"cases-next\">").append(Html.escape(request.text("web.pager.next"))).append("</button>\n");
        }
        html.append("</form>\n");
    }
}
