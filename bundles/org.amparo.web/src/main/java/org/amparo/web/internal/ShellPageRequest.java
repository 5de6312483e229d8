package org.amparo.web.internal;

import java.util.Optional;
import java.util.Set;

import org.amparo.common.LanguageTag;
import org.amparo.web.api.PageRequest;

/** The {@link PageRequest} a page gets: the request as the shell parsed it, for the signed-in visitor. */
final class ShellPageRequest implements PageRequest {
    private final Shell shell;
    private final Exchange exchange;
    private final Visitor visitor;
    private final String subPath;

    ShellPageRequest(Shell shell, Exchange exchange, String subPath) {
        this.shell = shell;
        this.exchange = exchange;
        this.visitor = exchange.visitor();
        this.subPath = subPath;
        if (!visitor.signedIn()) {
            throw new IllegalStateException("pages are only for signed-in users");
        }
    }

    @Override
    public String method() {
        return exchange.isPost() ? "POST" : "GET";
    }

    @Override
    public String subPath() {
        return subPath;
    }

    @Override
    public Optional<String> parameter(String name) {
        return exchange.parameter(name);
    }

    @Override
    public Optional<org.amparo.web.api.Upload> upload(String name) {
        return exchange.form().file(name);
    }

    @Override
    public String username() {
        return visitor.session().user().username();
    }

    @Override
    public String displayName() {
        return visitor.session().user().displayName();
    }

    @Override
    public Set<String> roles() {
        return visitor.roleNames();
    }

    @Override
    public LanguageTag language() {
        return visitor.language();
    }

    @Override
    public String text(String key, Object... arguments) {
        return shell.text(visitor.language(), key, arguments);
    }

    @Override
    public String csrfField() {
        return Layout.hiddenCsrf(visitor.csrfToken());
    }
}
