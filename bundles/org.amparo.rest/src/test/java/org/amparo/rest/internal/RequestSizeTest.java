package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;

import org.amparo.i18n.internal.ClasspathMessages;
import org.junit.jupiter.api.Test;

class RequestSizeTest {
    private static final long MIB = RequestSizeFilter.MAX_BYTES;

    @Test
    void theLimitIsOneMebibyte() {
        assertThat(MIB).isEqualTo(1_048_576L);
    }

    @Test
    void onlyAttachmentUploadsAndCatalogueImportsMayBeLarger() {
        assertThat(RequestSizeFilter.limit("cases/12/attachments")).isEqualTo(RequestSizeFilter.MAX_ATTACHMENT_BYTES);
        assertThat(RequestSizeFilter.limit("/catalog/imports")).isEqualTo(RequestSizeFilter.MAX_IMPORT_BYTES);
        assertThat(RequestSizeFilter.limit("catalog/imports/7")).isEqualTo(RequestSizeFilter.MAX_BYTES);
        assertThat(RequestSizeFilter.limit("catalog/services")).isEqualTo(RequestSizeFilter.MAX_BYTES);
        assertThat(RequestSizeFilter.limit("referrals/3/send")).isEqualTo(RequestSizeFilter.MAX_BYTES);
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedAtOnce() {
        assertThatThrownBy(() -> RequestSizeFilter.rejectIfDeclaredTooLarge("1048577", MIB))
                .isInstanceOfSatisfying(RestException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
                    assertThat(e.getResponse().getStatus()).isEqualTo(413);
                });
        assertThatThrownBy(() -> RequestSizeFilter.rejectIfDeclaredTooLarge("99999999999999999999999", MIB))
                .isInstanceOf(RestException.class);
    }

    @Test
    void aDeclaredLengthUpToTheLimitOrNoneOrGarbagePassesToTheCounting() {
        assertThatCode(() -> RequestSizeFilter.rejectIfDeclaredTooLarge("1048576", MIB)).doesNotThrowAnyException();
        assertThatCode(() -> RequestSizeFilter.rejectIfDeclaredTooLarge(null, MIB)).doesNotThrowAnyException();
        assertThatCode(() -> RequestSizeFilter.rejectIfDeclaredTooLarge("abc", MIB)).doesNotThrowAnyException();
    }

    @Test
    void aStreamOfExactlyTheLimitCanBeReadWhole() throws IOException {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[(int) MIB]), MIB)) {
            assertThat(in.readAllBytes()).hasSize((int) MIB);
        }
    }

    @Test
    void aChunkedStreamIsCountedAndStoppedOneBytePastTheLimit() {
        // a chunked body has no Content-Length: only counting catches it
        InputStream chunks = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(new byte[700_000]), new ByteArrayInputStream(new byte[348_576]),
                new ByteArrayInputStream(new byte[1]))));

        assertThatThrownBy(() -> new LimitedInputStream(chunks, MIB).readAllBytes()).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void singleByteReadsAndSkipsAreCountedToo() throws IOException {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[20]), 10);
        in.skip(5);
        for (int i = 0; i < 5; i++) {
            assertThat(in.read()).isZero();
        }

        assertThatThrownBy(in::read).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void theFilterAnswersLikeTheMapperExpects() {
        ErrorResponses errors = new ErrorResponses(new ClasspathMessages("rest"), (id, e) -> { });

        assertThat(errors.toResponse(new PayloadTooLargeException(MIB), org.amparo.common.LanguageTag.ENGLISH).getStatus())
                .isEqualTo(413);
    }
}
