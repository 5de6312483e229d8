package org.amparo.web.internal;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.servlet.DispatcherType;

import org.amparo.web.api.Page;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * The shell's servlets, pages and filter in an embedded Jetty 9.4 (the engine under Pax Web 8),
 * mapped to the same patterns as their whiteboard properties, over in-memory security and audit.
 */
final class WebHarness implements AutoCloseable {
    final FakeMessages messages = new FakeMessages();
    final FakeSecurity security = new FakeSecurity();
    final FakeAuditLog audit = new FakeAuditLog();
    final Shell shell = new Shell(messages, security.sessionService, security.organisationService, audit);
    final HomePage home = new HomePage();
    final Server server;
    final URI base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    WebHarness() throws Exception {
        addPage(home);
        addPage(new AuditPage(audit));
        addPage(new UsersPage(security.userService, security.organisationService, messages));

        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new LoginServlet(shell, security.authenticator)), "/login");
        context.addServlet(new ServletHolder(new LogoutServlet(shell)), "/logout");
        context.addServlet(new ServletHolder(new LanguageServlet(shell)), "/lang");
        context.addServlet(new ServletHolder(new SetupServlet(shell, security.setupService)), "/setup");
        context.addServlet(new ServletHolder(new AppServlet(shell)), "/app/*");
        context.addServlet(new ServletHolder(new RootServlet(shell)), "/");
        ServletHolder statics = new ServletHolder("static", DefaultServlet.class);
        statics.setInitParameter("resourceBase", Path.of("target/classes/static").toAbsolutePath().toString());
        statics.setInitParameter("pathInfoOnly", "true");
        statics.setInitParameter("dirAllowed", "false");
        context.addServlet(statics, "/static/*");
        context.addFilter(new FilterHolder(new StaticHeadersFilter()), "/static/*", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    /** Registers a page as SCR would: with the shell and with the home page's own tracker. */
    void addPage(Page page) {
        shell.addPage(page);
        if (page != home) {
            home.addPage(page);
        }
    }

    void removePage(Page page) {
        shell.removePage(page);
        home.removePage(page);
    }

    Browser browser() {
        return new Browser();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    record Response(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> setCookies() {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        String setCookie(String name) {
            return setCookies().stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
        }

        /** The value of the first {@code _csrf} hidden field on the page. */
        String csrf() {
            Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    /** A browser: keeps the cookies it is given (also the Secure ones, as browsers do on localhost). */
    final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        String acceptLanguage;

        Response get(String path) throws Exception {
            return send(request(path).GET());
        }

        Response post(String path, Map<String, String> form) throws Exception {
            return post(path, encode(form));
        }

        Response post(String path, String body) throws Exception {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** A {@code multipart/form-data} POST of text fields and one file, as a browser sends a form with a file input. */
        Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content)
                throws Exception {
            String boundary = "----AmparoTestBoundary" + System.nanoTime();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (fileField != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        }

        /** A POST whose length is not declared (sent in chunks). */
        Response postChunked(String path, byte[] body) throws Exception {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        }

        Response send(String method, String path) throws Exception {
            return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
        }

        /** A GET sent over a plain socket, for addresses {@link java.net.URI} refuses to build; returns the status. */
        int rawGet(String path) throws Exception {
            try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(20_000);
                String cookieHeader = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "));
                String request = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n"
                        + (cookieHeader.isEmpty() ? "" : "Cookie: " + cookieHeader + "\r\n") + "\r\n";
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1)).readLine();
                return Integer.parseInt(statusLine.split(" ")[1]);
            }
        }

        /** Signs in through the form, as a person would. */
        Response login(String username, String password) throws Exception {
            Response form = get("/login");
            return post("/login", Map.of("username", username, "password", password, "_csrf", form.csrf()));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            if (acceptLanguage != null) {
                builder.header("Accept-Language", acceptLanguage);
            }
            return builder;
        }

        private Response send(HttpRequest.Builder builder) throws Exception {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Response result = new Response(response.statusCode(), response.headers().map(), response.body());
            for (String header : result.setCookies()) {
                String pair = header.substring(0, header.indexOf(';'));
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || header.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return result;
        }
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
