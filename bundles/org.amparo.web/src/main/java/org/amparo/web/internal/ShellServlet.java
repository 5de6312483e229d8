package org.amparo.web.internal;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The request pipeline every servlet of the UI runs: security headers; for a POST, the body read
 * within 64 KiB (else 413), then {@link #beforeCsrf} (where a servlet that needs a session
 * sends the visitor to the log-in), then the CSRF check (else an audited 403); dispatch to
 * {@link #get} or {@link #post}; and any unexpected exception turned into a 500 page with an
 * incident id.
 */
abstract class ShellServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    protected final transient Shell shell;

    ShellServlet(Shell shell) {
        this.shell = shell;
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.apply(response, true);
        Exchange exchange = new Exchange(shell, request, response);
        try {
            switch (request.getMethod()) {
                case "GET", "HEAD" -> get(exchange);
                case "POST" -> {
                    exchange.readForm();
                    if (!beforeCsrf(exchange)) {
                        return;
                    }
                    if (checksCsrf() && !shell.csrfValid(exchange)) {
                        shell.formExpired(exchange);
                        return;
                    }
                    post(exchange);
                }
                default -> shell.methodNotAllowed(exchange, allowedMethods());
            }
        } catch (FormData.TooLargeException e) {
            try {
                exchange.discardBody();
                shell.tooLarge(exchange);
            } catch (IOException | RuntimeException failure) {
                shell.incident(exchange, failure);
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | Error failure) {
            // also LinkageErrors while a bundle is being refreshed: never the container's stack-trace page
            shell.incident(exchange, failure);
        }
    }

    /** GET (and HEAD); by default 405. */
    protected void get(Exchange exchange) throws IOException {
        shell.methodNotAllowed(exchange, allowedMethods());
    }

    /** POST, after the CSRF check; by default 405. */
    protected void post(Exchange exchange) throws IOException {
        shell.methodNotAllowed(exchange, allowedMethods());
    }

    /** Runs before the CSRF check of a POST; false if it has answered the request itself. */
    protected boolean beforeCsrf(Exchange exchange) throws IOException {
        return true;
    }

    /** False only for servlets whose POST changes nothing (the 404 catch-all). */
    protected boolean checksCsrf() {
        return true;
    }

    protected String allowedMethods() {
        return "GET, HEAD, POST";
    }
}
