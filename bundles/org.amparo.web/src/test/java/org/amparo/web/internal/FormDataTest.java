package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FormDataTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void decodesPlusPercentAndUtf8() throws Exception {
        FormData form = FormData.parse("name=Ana+Mar%C3%ADa&lang=ar&empty=&flag&name=second");

        assertThat(form.first("name")).contains("Ana María");
        assertThat(form.all("name")).containsExactly("Ana María", "second");
        assertThat(form.first("empty")).contains("");
        assertThat(form.first("flag")).contains("");
        assertThat(form.first("missing")).isEmpty();
    }

    @Test
    void malformedPairsAreSkippedNotFatal() throws Exception {
        FormData form = FormData.parse("bad=%E0%A4%A&good=1&worse=%zz&=novalue&&x=%");

        assertThat(form.first("good")).contains("1");
        assertThat(form.first("bad")).isEmpty();
        assertThat(form.first("worse")).isEmpty();
        assertThat(form.first("x")).isEmpty();
    }

    @Test
    void aBodyUpToTheLimitIsRead() throws Exception {
        String body = "a=" + "x".repeat(FormData.MAX_BYTES - 2);
        FormData form = FormData.read(stream(body), body.length(), FORM);

        assertThat(form.first("a")).hasValueSatisfying(v -> assertThat(v).hasSize(FormData.MAX_BYTES - 2));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
        assertThatThrownBy(() -> FormData.read(untouchable, FormData.MAX_BYTES + 1L, FORM))
                .isInstanceOf(FormData.TooLargeException.class);
    }

    @Test
    void aBodyLargerThanTheLimitWithoutLengthIsRefused() {
        String body = "a=" + "x".repeat(FormData.MAX_BYTES);
        assertThatThrownBy(() -> FormData.read(stream(body), -1, FORM)).isInstanceOf(FormData.TooLargeException.class);
        assertThatThrownBy(() -> FormData.read(stream(body), 10, FORM))
                .as("a lying Content-Length does not help").isInstanceOf(FormData.TooLargeException.class);
    }

    @Test
    void tooManyFieldsAreRefused() {
        String body = "a=1&".repeat(FormData.MAX_FIELDS + 1);
        assertThatThrownBy(() -> FormData.parse(body)).isInstanceOf(FormData.TooLargeException.class);
    }

    @Test
    void otherContentTypesGiveNoParametersButCountTowardsTheLimit() throws Exception {
        assertThat(FormData.read(stream("a=1"), 3, "multipart/form-data; boundary=x").isEmpty()).isTrue();
        assertThat(FormData.read(stream("a=1"), 3, "application/x-www-form-urlencoded; charset=UTF-8").first("a")).contains("1");
        assertThatThrownBy(() -> FormData.read(stream("x".repeat(FormData.MAX_BYTES + 1)), -1, "text/plain"))
                .isInstanceOf(FormData.TooLargeException.class);
    }

    private static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
