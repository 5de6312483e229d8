package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CookiesTest {
    @Test
    void sessionCookieIsHttpOnlySecureStrictForTheWholeSite() {
        String header = Cookies.header(Cookies.SESSION, "abc_DEF-123", Cookies.BROWSER_SESSION);

        assertThat(header).startsWith("AMPARO_SESSION=abc_DEF-123;")
                .contains("; Path=/")
                .contains("; HttpOnly")
                .contains("; Secure")
                .contains("; SameSite=Strict")
                .doesNotContain("Max-Age");
    }

    @Test
    void languageCookieLastsAYear() {
        assertThat(Cookies.header(Cookies.LANGUAGE, "ar", Cookies.ONE_YEAR))
                .contains("AMPARO_LANG=ar;").contains("Max-Age=31536000").contains("SameSite=Strict");
    }

    @Test
    void clearingACookieEmptiesItAndExpiresItNow() {
        assertThat(Cookies.clear(Cookies.SESSION))
                .startsWith("AMPARO_SESSION=;").contains("Max-Age=0").contains("Expires=Thu, 01 Jan 1970")
                .contains("HttpOnly").contains("Secure").contains("SameSite=Strict");
    }

    @Test
    void valuesThatCouldInjectAttributesAreRefused() {
        assertThatThrownBy(() -> Cookies.header(Cookies.SESSION, "x; Domain=evil.example", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cookies.header("bad name", "x", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheNamedCookieAmongOthers() {
        List<String> headers = List.of("theme=dark; AMPARO_SESSION=tok-123; AMPARO_LANG=fr");

        assertThat(Cookies.read(headers, Cookies.SESSION)).contains("tok-123");
        assertThat(Cookies.read(headers, Cookies.LANGUAGE)).contains("fr");
        assertThat(Cookies.read(headers, Cookies.CSRF)).isEmpty();
    }

    @Test
    void malformedOrHostileCookieValuesCountAsAbsent() {
        assertThat(Cookies.read(List.of("AMPARO_SESSION=<script>"), Cookies.SESSION)).isEmpty();
        assertThat(Cookies.read(List.of("AMPARO_SESSION="), Cookies.SESSION)).isEmpty();
        assertThat(Cookies.read(List.of(";;=;AMPARO_SESSION"), Cookies.SESSION)).isEmpty();
        assertThat(Cookies.read(null, Cookies.SESSION)).isEmpty();
        assertThat(Cookies.read(List.of("AMPARO_SESSION=\"quoted\""), Cookies.SESSION)).contains("quoted");
    }
}
