package org.amparo.web.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import javax.servlet.Servlet;

import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.countries.CountryPacks;
import org.amparo.screening.Instruments;
import org.amparo.standards.Library;
import org.amparo.standards.PublicReading;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /library} and {@code /library/...}: the standards library, read-only, for anyone, while a
 * country administrator has opened it ({@link PublicReading#isPublic()}); otherwise, and for
 * anything but reading, the friendly 404. Only the library: training, cases and everything else
 * stay behind the log-in. The same pages as {@code /app/library} ({@link LibraryView}), in the
 * visitor's language (cookie or browser), in the shell's layout without navigation. Exists only
 * while the library is on.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/library", "/library/*" })
@HttpWhiteboardServletName("amparo-web-public-library")
public final class PublicLibraryServlet extends ShellServlet {
    private static final long serialVersionUID = 1L;
    static final String BASE = "/library";

    private final transient PublicReading reading;
    private final transient LibraryView view;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile Instruments instruments;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile CountryPacks packs;

    @Activate
    public PublicLibraryServlet(@Reference Shell shell, @Reference Library library, @Reference PublicReading reading,
            @Reference Messages messages) {
        super(shell);
        this.reading = reading;
        this.view = new LibraryView(library, messages, () -> instruments, () -> packs);
    }

    @Override
    protected void get(Exchange exchange) throws IOException {
        if (!reading.isPublic()) {
            shell.notFound(exchange);
            return;
        }
        String info = exchange.request().getPathInfo();
        String sub = info == null || info.equals("/") ? "" : info.substring(1);
        PageResult result;
        try {
            result = view.handle(new VisitorRequest(shell, exchange), BASE, sub, "<p class=\"notice\" id=\"public-library-notice\">"
                    + org.amparo.web.api.Html.escape(shell.text(exchange, "web.library.public.visitorNotice")) + "</p>\n");
        } catch (NotFoundException e) {
            shell.notFound(exchange);
            return;
        }
        shell.page(exchange, result.status(), shell.text(exchange, "web.library.title"), result.html(), null);
    }

    @Override
    protected void post(Exchange exchange) throws IOException {
        shell.notFound(exchange);
    }

    @Override
    protected String allowedMethods() {
        return "GET, HEAD";
    }

    /** A {@link PageRequest} for a visitor who may not be signed in: no user, no roles, no forms. */
    static final class VisitorRequest implements PageRequest {
        private final Shell shell;
        private final Exchange exchange;

        VisitorRequest(Shell shell, Exchange exchange) {
            this.shell = shell;
            this.exchange = exchange;
        }

        @Override
        public String method() {
            return "GET";
        }

        @Override
        public String subPath() {
            return "";
        }

        @Override
        public Optional<String> parameter(String name) {
            return exchange.query().first(name);
        }

        @Override
        public String username() {
            return "";
        }

        @Override
        public String displayName() {
            return "";
        }

        @Override
        public Set<String> roles() {
            return Set.of();
        }

        @Override
        public LanguageTag language() {
            return exchange.visitor().language();
        }

        @Override
        public String text(String key, Object... arguments) {
            return shell.text(exchange, key, arguments);
        }

        @Override
        public String csrfField() {
            return Layout.hiddenCsrf(exchange.visitor().csrfToken());
        }
    }
}
