package org.amparo.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amparo.cases.CaseService;
import org.amparo.common.FieldError;

/**
 * What an attachment may be: its type recognised from the first bytes of its content (a file's
 * name and the type a browser sends can both lie), a name whose extension agrees with that type,
 * a size within {@link CaseService#MAX_ATTACHMENT_BYTES}. Pure functions.
 */
final class AttachmentFiles {
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 1000;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    /** The extensions each accepted type may carry. */
    static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "application/pdf", Set.of("pdf"),
            "image/jpeg", Set.of("jpg", "jpeg"),
            "image/png", Set.of("png"));

    private AttachmentFiles() {
    }

    /** The accepted type of {@code content}, if its first bytes are those of one. */
    static Optional<String> mediaType(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /**
     * The name without any folder a browser may send ({@code C:\fakepath\scan.pdf}) and without
     * control characters, stripped.
     */
    static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (cut >= 0) {
            name = name.substring(cut + 1);
        }
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Every problem with an upload, by field; empty when it may be stored. */
    static List<FieldError> problems(String name, String description, byte[] content) {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(new FieldError("fileName", "cases.attachment.nameRequired"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("fileName", "cases.field.tooLong", MAX_NAME));
        }
        Checks.tooLong(errors, "description", description, MAX_DESCRIPTION);
        if (content == null || content.length == 0) {
            errors.add(new FieldError("content", "cases.attachment.empty"));
            return errors;
        }
        if (content.length > CaseService.MAX_ATTACHMENT_BYTES) {
            errors.add(new FieldError("content", "cases.attachment.tooLarge", CaseService.MAX_ATTACHMENT_BYTES / (1024 * 1024)));
            return errors;
        }
        Optional<String> type = mediaType(content);
        if (type.isEmpty()) {
            errors.add(new FieldError("content", "cases.attachment.typeRefused"));
        } else if (!name.isEmpty() && !EXTENSIONS.get(type.get()).contains(extension(name))) {
            errors.add(new FieldError("fileName", "cases.attachment.extensionMismatch",
                    String.join(", ", EXTENSIONS.get(type.get()).stream().sorted().toList())));
        }
        return errors;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
