package org.amparo.web.internal;

import java.util.Optional;

import javax.servlet.Servlet;

import org.amparo.common.LanguageTag;
import org.amparo.common.Languages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /lang}, POST only: the language switch, before and after log-in. It stores the choice in
 * the session (when signed in) and in the {@code AMPARO_LANG} cookie, then returns to the page the
 * form was on (only plain local paths of the UI are accepted as the way back).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/lang")
@HttpWhiteboardServletName("amparo-web-language")
public final class LanguageServlet extends ShellServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public LanguageServlet(@Reference Shell shell) {
        super(shell);
    }

    @Override
    protected void post(Exchange exchange) {
        Visitor visitor = exchange.visitor();
        Optional<LanguageTag> chosen = Languages.supported(exchange.form().first("lang").orElse(null),
                shell.languages());
        chosen.ifPresent(language -> {
            if (visitor.signedIn()) {
                shell.sessions().setLanguage(visitor.session().token(), language.value());
            }
            exchange.setCookie(Cookies.LANGUAGE, Cookies.header(Cookies.LANGUAGE, language.value(), Cookies.ONE_YEAR));
        });
        String fallback = visitor.signedIn() ? "/app/" : "/login";
        String back = Shell.safeReturnPath(exchange.form().first("return").orElse(null))
                .filter(path -> !"/".equals(path))
                .orElse(fallback);
        exchange.redirect(back);
    }

    @Override
    protected String allowedMethods() {
        return "POST";
    }
}
