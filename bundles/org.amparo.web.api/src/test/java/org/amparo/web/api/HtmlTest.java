package org.amparo.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\"")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("مرحبا ສະບາຍດີ")).isEqualTo("مرحبا ສະບາຍດີ");
    }

    @Test
    void redirectsStayOnSite() {
        assertThatThrownBy(() -> PageResult.redirect("https://evil.example")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PageResult.redirect("/app/home").status()).isEqualTo(303);
    }
}
