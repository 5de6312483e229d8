package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectedConnectionTest {

    @ParameterizedTest
    @CsvSource({
        "false, localhost, '', true",
        "false, 127.0.0.1, '', true",
        "false, ::1, '', true",
        "false, amparo.local, '', false",
        "false, 192.168.1.20, '', false",
        "true, 192.168.1.20, '', true",
        "false, amparo.example.org, https, true",
        "false, amparo.example.org, http, false"})
    void onlyHttpsOrThisComputerKeepSecureCookies(boolean secure, String host, String forwardedProto, boolean expected) {
        assertThat(LoginServlet.protectedConnection(request(secure, host, forwardedProto))).isEqualTo(expected);
    }

    /** A request answering only what the check asks. */
    private static HttpServletRequest request(boolean secure, String host, String forwardedProto) {
        Map<String, String> headers = forwardedProto.isEmpty() ? Map.of() : Map.of("X-Forwarded-Proto", forwardedProto);
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getServerName" -> host;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
