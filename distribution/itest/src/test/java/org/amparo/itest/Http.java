package org.amparo.itest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client with a cookie jar, for tests that talk to a running Amparo like a browser
 * or a script would. Cookies are kept by name regardless of their Secure flag, because tests run
 * over plain HTTP on localhost.
 */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String acceptLanguage = "en";

    public Http(String base) {
        this.base = base;
    }

    public Http language(String language) {
        this.acceptLanguage = language;
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b);
    }

    public HttpResponse<String> putJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b);
    }

    /** A GET whose body is kept as bytes (a downloaded file). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> delete(String path, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).DELETE();
        headers.forEach(b::header);
        return send(b);
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", acceptLanguage);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1);
                    boolean deleted = value.isEmpty() || header.toLowerCase().contains("max-age=0");
                    if (deleted) {
                        cookies.remove(pair.substring(0, eq).trim());
                    } else {
                        cookies.put(pair.substring(0, eq).trim(), value);
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of the hidden input named {@code name} in an HTML page, or null. */
    /** A client logged in to the web shell at {@link AmparoContainer#BASE} through the log-in form. */
    public static Http webLogin(String username, String password) {
        Http http = new Http(AmparoContainer.BASE);
        String csrf = hiddenField(http.get("/login").body(), "_csrf");
        HttpResponse<String> ok = http.postForm("/login", Map.of("_csrf", csrf, "username", username, "password", password));
        if (ok.statusCode() != 303) {
            throw new AssertionError("log-in of " + username + " failed: " + ok.statusCode() + " " + ok.body());
        }
        return http;
    }

    public static String hiddenField(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        if (!m.find()) {
            return null;
        }
        Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
        return v.find() ? v.group(1) : null;
    }

    /** The string value of a top-level JSON field, naive but enough for the tests' flat replies. */
    public static String jsonField(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    public static List<String> setCookieHeaders(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }
}
