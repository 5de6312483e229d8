package org.amparo.web.internal;

import org.amparo.cases.Actor;
import org.amparo.common.Messages;
import org.amparo.countries.CountryPacks;
import org.amparo.screening.Instruments;
import org.amparo.security.Role;
import org.amparo.security.UserService;
import org.amparo.standards.Library;
import org.amparo.standards.PublicReading;
import org.amparo.standards.PublicReadingSetting;
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
 * {@code /app/library}, for every signed-in user while the standards library is on: browse, search,
 * items and "why this is asked" (see {@link LibraryView}). A country administrator also sees the
 * switch that opens the library, read-only, to people without an account ({@code /library}, see
 * {@link PublicLibraryServlet}); {@code POST /app/library/public} with {@code open=true|false}
 * changes it (the service audits it).
 *
 * <p>Stable element ids: those of {@link LibraryView}, and {@code public-reading},
 * {@code public-reading-state}, {@code public-reading-open}, {@code public-reading-close},
 * {@code public-reading-link}, {@code library-notice}.
 */
@Component(service = Page.class)
public final class LibraryPage implements Page {
    static final String BASE = "/app/library";

    private final UserService users;
    private final LibraryView view;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile PublicReading reading;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Instruments instruments;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CountryPacks packs;

    @Activate
    public LibraryPage(@Reference Library library, @Reference UserService users, @Reference Messages messages) {
        this.users = users;
        this.view = new LibraryView(library, messages, () -> instruments, () -> packs);
    }

    /** For tests: with the services that DS would bind. */
    LibraryPage(Library library, UserService users, Messages messages, PublicReading reading, Instruments instruments,
            CountryPacks packs) {
        this(library, users, messages);
        this.reading = reading;
        this.instruments = instruments;
        this.packs = packs;
    }

    @Override
    public String path() {
        return "library";
    }

    @Override
    public String titleKey() {
        return "web.library.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public PageResult handle(PageRequest request) {
        String sub = request.subPath();
        if (sub.equals("public")) {
            return publicSwitch(request);
        }
        return view.handle(request, BASE, sub, sub.isEmpty() ? publicReading(request) : "");
    }

    private PageResult publicSwitch(PageRequest request) {
        PublicReading switchService = reading;
        if (!"POST".equals(request.method()) || switchService == null) {
            return PageResult.redirect(BASE);
        }
        Actor actor = CaseWork.actor(request, users);
        boolean open = "true".equals(CaseWork.param(request, "open"));
        switchService.setPublic(actor, open);
        return PageResult.redirect(BASE + "?done=" + (open ? "opened" : "closed"));
    }

    /** The notice after a change, and for a country administrator the public-reading switch. */
    private String publicReading(PageRequest request) {
        StringBuilder html = new StringBuilder(1024);
        String done = request.parameter("done").orElse("");
        if (done.equals("opened") || done.equals("closed")) {
            html.append("<div class=\"notice\" role=\"status\" id=\"library-notice\"><p>")
                    .append(Html.escape(request.text(done.equals("opened") ? "web.library.public.opened" : "web.library.public.closed")))
                    .append("</p></div>\n");
        }
        PublicReading switchService = reading;
        if (switchService == null || !request.roles().contains(Role.COUNTRY_ADMIN.name())) {
            return html.toString();
        }
        PublicReadingSetting setting = switchService.setting();
        html.append("<section class=\"card no-print\" id=\"public-reading\"><h2>").append(Html.escape(request.text("web.library.public.title")))
                .append("</h2>\n<p id=\"public-reading-state\">")
                .append(Html.escape(request.text(setting.open() ? "web.library.public.isOpen" : "web.library.public.isClosed")));
        if (setting.changedBy() != null && setting.changedAt() != null) {
            html.append(' ').append(Html.escape(request.text("web.library.public.changed", CaseWork.isolate(setting.changedBy()),
                    CaseWork.time(setting.changedAt()))));
        }
        html.append("</p>\n");
        if (setting.open()) {
            html.append("<p><a href=\"/library\" id=\"public-reading-link\">").append(Html.escape(request.text("web.library.public.link")))
                    .append("</a></p>\n");
        }
        html.append("<form class=\"inline-form\" method=\"post\" action=\"").append(BASE).append("/public\">").append(request.csrfField())
                .append(CaseWork.hidden("open", setting.open() ? "false" : "true"))
                .append("<button type=\"submit\" id=\"").append(setting.open() ? "public-reading-close" : "public-reading-open")
                .append('"').append(setting.open() ? " class=\"secondary\"" : "").append('>')
                .append(Html.escape(request.text(setting.open() ? "web.library.public.close" : "web.library.public.open")))
                .append("</button></form>\n<p class=\"hint\">").append(Html.escape(request.text("web.library.public.explain")))
                .append("</p>\n</section>\n");
        return html.toString();
    }
}
