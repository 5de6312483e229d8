package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.amparo.audit.AuditQuery;
import org.amparo.cases.Actor;
import org.amparo.cases.Attachment;
import org.amparo.cases.AttachmentContent;
import org.amparo.cases.CaseService;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case attachments on real Derby: type from content, size limit, need-to-know, audit, nothing half-stored. */
class AttachmentsTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };

    private final Fixture f = new Fixture();
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor bea = f.user("bea", f.org, Role.CASEWORKER);
    private final Actor sol = f.user("sol", f.org, Role.SUPERVISOR);
    private final long caseId = f.cases.open(ana, f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad")), Set.of()).id();

    @Test
    void anAttachmentIsStoredInTheDatabaseAndReadBackExactlyByWhoeverMayReadTheCase() {
        Attachment scan = f.cases.addAttachment(ana, caseId, "C:\\fakepath\\passport-copy.pdf", " copy of the first page ", PDF);
        assertThat(scan.fileName()).isEqualTo("passport-copy.pdf");
        assertThat(scan.mediaType()).isEqualTo("application/pdf");
        assertThat(scan.size()).isEqualTo(PDF.length);
        assertThat(scan.description()).isEqualTo("copy of the first page");
        assertThat(scan.sha256()).hasSize(64);
        f.cases.addAttachment(ana, caseId, "photo.JPG", "", JPEG);
        f.cases.addAttachment(ana, caseId, "form.png", "", PNG);

        assertThat(f.cases.attachments(sol, caseId)).extracting(Attachment::fileName, Attachment::mediaType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("passport-copy.pdf", "application/pdf"),
                org.assertj.core.groups.Tuple.tuple("photo.JPG", "image/jpeg"),
                org.assertj.core.groups.Tuple.tuple("form.png", "image/png"));
        AttachmentContent read = f.cases.attachment(sol, scan.id());
        assertThat(read.content()).isEqualTo(PDF);
        assertThat(read.attachment()).isEqualTo(scan);

        assertThatThrownBy(() -> f.cases.attachment(bea, scan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.attachments(bea, caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.addAttachment(bea, caseId, "x.pdf", "", PDF)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.attachment(sol, 999_999)).isInstanceOf(NotFoundException.class);

        assertThat(f.audit.page(new AuditQuery("sol", "case.attachment.read", 0, 5))).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("attachment=" + scan.id()));
        assertThat(f.audit.page(new AuditQuery("bea", "case.attachment", 0, 5))).extracting(e -> e.outcome().name())
                .containsOnly("DENIED");
        assertThat(f.audit.page(new AuditQuery("ana", "case.attachment", 0, 10)))
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("passport").doesNotContain("photo"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a text file renamed to pdf, notes.pdf, text, content, cases.attachment.typeRefused",
            "an executable, setup.exe, exe, content, cases.attachment.typeRefused",
            "a pdf named as an image, scan.png, pdf, fileName, cases.attachment.extensionMismatch",
            "a png without extension, scan, png, fileName, cases.attachment.extensionMismatch",
            "an empty file, empty.pdf, empty, content, cases.attachment.empty",
            "no name, '', pdf, fileName, cases.attachment.nameRequired",
            "only a folder, 'C:\\docs\\', pdf, fileName, cases.attachment.nameRequired",
            "over the size limit, big.pdf, big, content, cases.attachment.tooLarge" })
    void aRefusedFileSaysWhyAndLeavesNothing(String label, String name, String kind, String field, String key) {
        byte[] content = switch (kind) {
            case "text" -> "just some words".getBytes(StandardCharsets.UTF_8);
            case "exe" -> new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
            case "pdf" -> PDF;
            case "png" -> PNG;
            case "empty" -> new byte[0];
            case "big" -> {
                byte[] big = Arrays.copyOf(PDF, CaseService.MAX_ATTACHMENT_BYTES + 1);
                yield big;
            }
            default -> throw new IllegalArgumentException(kind);
        };
        assertThatThrownBy(() -> f.cases.addAttachment(ana, caseId, name, "", content))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).contains(org.assertj.core.groups.Tuple.tuple(field, key)));
        assertThat(count("cases.attachment")).isZero();
        assertThat(count("cases.attachment_content")).isZero();
    }

    private long count(String table) {
        Long n = f.database.inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM " + table));
        return n;
    }

    @Test
    void aFileAtExactlyTheLimitIsAccepted() {
        byte[] limit = Arrays.copyOf(PDF, CaseService.MAX_ATTACHMENT_BYTES);
        Attachment stored = f.cases.addAttachment(ana, caseId, "limit.pdf", "", limit);
        assertThat(f.cases.attachment(ana, stored.id()).content()).isEqualTo(limit);
    }
}
