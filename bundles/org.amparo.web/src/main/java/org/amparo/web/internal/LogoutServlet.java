package org.amparo.web.internal;

import java.io.IOException;

import javax.servlet.Servlet;

import org.amparo.security.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /logout}, POST only: ends the session (audited by SessionService as {@code auth.logout}), deletes the cookie
 * and goes back to the log-in page. Without a session there is nothing to end.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/logout")
@HttpWhiteboardServletName("amparo-web-logout")
public final class LogoutServlet extends ShellServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public LogoutServlet(@Reference Shell shell) {
        super(shell);
    }

    @Override
    protected boolean beforeCsrf(Exchange exchange) {
        if (!exchange.visitor().signedIn()) {
            exchange.redirect(exchange.visitor().expired() ? "/login?m=expired" : "/login");
            return false;
        }
        return true;
    }

    @Override
    protected void post(Exchange exchange) {
        Session session = exchange.visitor().session();
        shell.sessions().close(session.token());
        // SessionService.close audits auth.logout itself.
        exchange.setCookie(Cookies.SESSION, Cookies.clear(Cookies.SESSION));
        exchange.redirect("/login?m=loggedOut");
    }

    @Override
    protected String allowedMethods() {
        return "POST";
    }

    @Override
    protected void get(Exchange exchange) throws IOException {
        shell.methodNotAllowed(exchange, allowedMethods());
    }
}
