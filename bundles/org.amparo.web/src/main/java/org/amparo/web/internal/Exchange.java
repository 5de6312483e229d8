package org.amparo.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One request and its response as the shell handles them: the visitor (resolved once, lazily),
 * the parsed query and form, and the cookies to set, which are written with whatever response is
 * finally sent (a page, an error page or a redirect).
 */
final class Exchange {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Exchange.class);
    private final Shell shell;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Visitor visitor;
    private FormData query;
    private FormData form = FormData.EMPTY;

    Exchange(Shell shell, HttpServletRequest request, HttpServletResponse response) {
        this.shell = shell;
        this.request = request;
        this.response = response;
    }

    HttpServletRequest request() {
        return request;
    }

    HttpServletResponse response() {
        return response;
    }

    String method() {
        return request.getMethod();
    }

    boolean isPost() {
        return "POST".equals(request.getMethod());
    }

    /** The path inside the web application, decoded, e.g. {@code /app/audit}. */
    String path() {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }

    Visitor visitor() {
        if (visitor == null) {
            visitor = shell.resolve(this);
        }
        return visitor;
    }

    /** Forgets the resolved visitor, e.g. after the language or the session changed. */
    void refreshVisitor() {
        visitor = null;
    }

    FormData query() {
        if (query == null) {
            try {
                query = FormData.parse(request.getQueryString());
            } catch (FormData.TooLargeException e) {
                query = FormData.EMPTY;
            }
        }
        return query;
    }

    FormData form() {
        return form;
    }

    /** Reads a POST body within the size limit. */
    void readForm() throws IOException, FormData.TooLargeException {
        form = FormData.read(request.getInputStream(), request.getContentLengthLong(), request.getContentType());
    }

    /** How much of a refused body is still read and thrown away before answering. */
    static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    /**
     * Reads and throws away the rest of a refused request body (when it is at most
     * {@link #DRAIN_LIMIT}), and closes the connection after the answer: a client still sending
     * would otherwise have its connection reset before it could read why it was refused.
     */
    void discardBody() {
        response.setHeader("Connection", "close");
        long declared = request.getContentLengthLong();
        if (declared > DRAIN_LIMIT) {
            return;
        }
        try {
            java.io.InputStream in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long left = DRAIN_LIMIT;
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException | RuntimeException clientGone) {
            // nothing more to read: the answer is still sent
        }
    }

    /** A form field (POST) or else a query parameter. */
    Optional<String> parameter(String name) {
        return form.first(name).or(() -> query().first(name));
    }

    /** Remembers a {@code Set-Cookie} value to send; a later call for the same cookie replaces it. */
    void setCookie(String name, String header) {
        cookies.put(name, header);
    }

    String cookie(String name) {
        java.util.Enumeration<String> headers = request.getHeaders("Cookie");
        return headers == null ? null : Cookies.read(java.util.Collections.list(headers), name).orElse(null);
    }

    /** 303 See Other to a path on this site. */
    void redirect(String location) {
        String target = location == null || !location.startsWith("/") || location.startsWith("//")
                || location.contains("\\") ? "/" : location;
        writeCookies();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
        response.setContentLength(0);
    }

    /**
     * Sends a file as an attachment: never shown inline, never sniffed into another type, never
     * cached. The name goes in {@code filename*} (RFC 6266) with a plain ASCII fallback.
     */
    void download(org.amparo.web.api.Download file) throws IOException {
        writeCookies();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", org.amparo.common.Downloads.attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setContentLength(file.content().length);
        if (!"HEAD".equals(request.getMethod())) {
            try {
                OutputStream out = response.getOutputStream();
                out.write(file.content());
                out.flush();
            } catch (IOException clientGone) {
                LOG.debug("Download from {} not delivered: {}", path(), clientGone.toString());
            }
        }
    }


    void html(int status, String html) throws IOException {
        writeCookies();
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            OutputStream out = response.getOutputStream();
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException clientGone) {
                // the browser closed the connection (or the server is stopping): nobody is left to answer
                LOG.debug("Response to {} {} not delivered: {}", request.getMethod(), path(), clientGone.toString());
            }
        }
    }

    private void writeCookies() {
        cookies.values().forEach(header -> response.addHeader("Set-Cookie", header));
        cookies.clear();
    }
}
