package org.amparo.web.internal;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;

import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /app/*}: the signed-in part of the UI. Sends visitors without a session to the log-in
 * (telling them when their session expired), finds the registered page for the first path
 * segment, refuses it with 403 if the user's roles do not allow it, and shows its answer in the
 * layout (or follows its redirect).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/app/*")
@HttpWhiteboardServletName("amparo-web-app")
public final class AppServlet extends ShellServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public AppServlet(@Reference Shell shell) {
        super(shell);
    }

    @Override
    protected boolean beforeCsrf(Exchange exchange) {
        return requireSession(exchange);
    }

    @Override
    protected void get(Exchange exchange) throws IOException {
        if (requireSession(exchange)) {
            dispatch(exchange);
        }
    }

    @Override
    protected void post(Exchange exchange) throws IOException {
        dispatch(exchange);
    }

    private static boolean requireSession(Exchange exchange) {
        if (exchange.request().getPathInfo() == null) {
            exchange.redirect("/app/");
            return false;
        }
        if (!exchange.visitor().signedIn()) {
            exchange.redirect(exchange.visitor().expired() ? "/login?m=expired" : "/login");
            return false;
        }
        return true;
    }

    private void dispatch(Exchange exchange) throws IOException {
        String rest = exchange.request().getPathInfo().substring(1);
        int slash = rest.indexOf('/');
        String pagePath = slash < 0 ? rest : rest.substring(0, slash);
        String subPath = slash < 0 ? "" : rest.substring(slash + 1);
        Optional<Page> found = shell.pages().find(pagePath);
        if (found.isEmpty() || (pagePath.isEmpty() && !subPath.isEmpty())) {
            shell.notFound(exchange);
            return;
        }
        Page page = found.get();
        if (!PageRegistry.allows(page, exchange.visitor().roleNames())) {
            shell.forbidden(exchange);
            return;
        }
        PageResult result;
        try {
            result = page.handle(new ShellPageRequest(shell, exchange, subPath));
        } catch (AccessDeniedException e) {
            shell.forbidden(exchange);
            return;
        } catch (NotFoundException e) {
            shell.notFound(exchange);
            return;
        } catch (ConflictException e) {
            shell.message(exchange, HttpServletResponse.SC_CONFLICT, "web.error.conflict.title", e.messageKey(),
                    e.arguments().toArray());
            return;
        } catch (ValidationException e) {
            FieldError first = e.errors().get(0);
            shell.message(exchange, HttpServletResponse.SC_BAD_REQUEST, "web.error.invalid.title", first.messageKey(),
                    first.arguments().toArray());
            return;
        }
        if (result.redirect() != null) {
            exchange.redirect(result.redirect());
            return;
        }
        if (result.download() != null) {
            exchange.download(result.download());
            return;
        }
        shell.page(exchange, result.status(), shell.text(exchange, page.titleKey()), result.html(), page.path());
    }
}
