package org.amparo.web.internal;

import java.util.List;
import java.util.Set;

import org.amparo.security.Role;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The start page ({@code /app/}): a welcome, the user's roles by name, and links to the other
 * pages their roles open. It tracks the other pages itself (every page but itself), so it needs
 * nothing from the shell.
 */
@Component(service = Page.class)
public final class HomePage implements Page {
    static final String COMPONENT_NAME = "org.amparo.web.internal.HomePage";

    private final PageRegistry others = new PageRegistry();

    @Activate
    public HomePage() {
        // the other pages arrive through addPage
    }

    @Reference(name = "page", service = Page.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removePage",
            target = "(!(component.name=" + COMPONENT_NAME + "))")
    void addPage(Page page) {
        others.add(page);
    }

    void removePage(Page page) {
        others.remove(page);
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public String titleKey() {
        return "web.home.title";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public PageResult handle(PageRequest request) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<p class=\"welcome\">").append(Html.escape(request.text("web.home.welcome", request.displayName())))
                .append("</p>\n<h2>").append(Html.escape(request.text("web.home.roles"))).append("</h2>\n<ul class=\"roles\">\n");
        for (Role role : Role.values()) {
            if (request.roles().contains(role.name())) {
                html.append("<li>").append(Html.escape(request.text(role.messageKey()))).append("</li>\n");
            }
        }
        html.append("</ul>\n<h2>").append(Html.escape(request.text("web.home.tasks"))).append("</h2>\n");
        List<Page> pages = others.navigation(request.roles()).stream().filter(page -> !page.path().isEmpty()).toList();
        if (pages.isEmpty()) {
            html.append("<p>").append(Html.escape(request.text("web.home.noTasks"))).append("</p>\n");
        } else {
            html.append("<ul class=\"tasks\">\n");
            for (Page page : pages) {
                html.append("<li><a href=\"").append(Html.escape(Shell.href(page.path()))).append("\">")
                        .append(Html.escape(request.text(page.titleKey()))).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        return PageResult.ok(html.toString());
    }

    @Override
    public Set<String> roles() {
        return Set.of();
    }
}
