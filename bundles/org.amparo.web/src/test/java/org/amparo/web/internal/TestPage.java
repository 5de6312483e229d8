package org.amparo.web.internal;

import java.util.Set;

import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;

/** A page as another bundle would contribute it. */
record TestPage(String path, String titleKey, int order, Set<String> roles, boolean inNavigation) implements Page {
    static TestPage of(String path, int order, String... roles) {
        return new TestPage(path, "test." + path, order, Set.of(roles), true);
    }

    @Override
    public PageResult handle(PageRequest request) {
        if ("POST".equals(request.method())) {
            return PageResult.redirect("/app/" + path + "?done=1");
        }
        return PageResult.ok("<p id=\"page-body\">" + Html.escape(path + "|" + request.subPath() + "|"
                + request.parameter("q").orElse("") + "|" + request.username() + "|" + request.language()) + "</p>"
                + "<form method=\"post\" action=\"/app/" + path + "\">" + request.csrfField() + "</form>");
    }
}
