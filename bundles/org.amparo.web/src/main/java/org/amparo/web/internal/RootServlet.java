package org.amparo.web.internal;

import java.io.IOException;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The default servlet ({@code /}) of the default context: at exactly {@code /} it sends the visitor
 * to {@code /app/} or {@code /login}; any other address that no servlet or resource claims gets
 * the friendly 404 page in the layout.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("amparo-web-root")
public final class RootServlet extends ShellServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public RootServlet(@Reference Shell shell) {
        super(shell);
    }

    @Override
    protected void get(Exchange exchange) throws IOException {
        if ("/".equals(exchange.path())) {
            exchange.redirect(exchange.visitor().signedIn() ? "/app/" : "/login");
        } else {
            shell.notFound(exchange);
        }
    }

    @Override
    protected void post(Exchange exchange) throws IOException {
        shell.notFound(exchange);
    }

    @Override
    protected boolean checksCsrf() {
        return false;
    }
}
