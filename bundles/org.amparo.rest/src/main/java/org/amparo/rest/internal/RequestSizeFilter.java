package org.amparo.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Refuses request bodies larger than {@link #MAX_BYTES} ({@link #MAX_ATTACHMENT_BYTES} for an
 * attachment upload) with 413 {@code payloadTooLarge}: at once
 * when {@code Content-Length} says so, otherwise while the body is read (chunked bodies, or a
 * length header that lies). Runs before matching, hence before the (post-matching) authentication filter.
 *
 * <p>Registered under its extension interface: the whiteboard ignores extensions that are not.
 */
@Component(service = javax.ws.rs.container.ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("amparo.size")
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@PreMatching
public final class RequestSizeFilter implements ContainerRequestFilter {
    /** 1 MiB. */
    static final long MAX_BYTES = 1024L * 1024L;

    /** An attachment upload: 5 MiB of file, base64-encoded (4/3), and its JSON around it. */
    static final long MAX_ATTACHMENT_BYTES = 7L * 1024L * 1024L;

    /** A catalogue import by an administrator: a zipped datapackage of up to 12 MiB, base64-encoded, and its JSON. */
    static final long MAX_IMPORT_BYTES = 17L * 1024L * 1024L;
    private static final java.util.regex.Pattern IMPORTS = java.util.regex.Pattern.compile("/?catalog/imports/?");
    private static final java.util.regex.Pattern ATTACHMENTS = java.util.regex.Pattern.compile("/?cases/[0-9]+/attachments/?");

    /** A refused body up to this size is read and thrown away so that the client can read the 413. */
    static final long DRAIN_LIMIT = 4L * 1024L * 1024L;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limit(request.getUriInfo().getPath());
        try {
            rejectIfDeclaredTooLarge(request.getHeaderString(HttpHeaders.CONTENT_LENGTH), limit);
        } catch (RestException tooLarge) {
            drain(request.getEntityStream(), request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
            throw tooLarge;
        }
        if (request.getEntityStream() != null) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        }
    }

    /** The limit for a path of the application: larger only for attachment uploads and catalogue imports. */
    static long limit(String path) {
        if (path != null && IMPORTS.matcher(path).matches()) {
            return MAX_IMPORT_BYTES;
        }
        return path != null && ATTACHMENTS.matcher(path).matches() ? MAX_ATTACHMENT_BYTES : MAX_BYTES;
    }

    /**
     * Reads and discards a refused body of at most {@link #DRAIN_LIMIT} bytes: a client still
     * sending would otherwise see its connection reset instead of the 413.
     */
    static void drain(java.io.InputStream body, String contentLength) {
        if (body == null) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.trim()) > DRAIN_LIMIT) {
                return;
            }
            byte[] buffer = new byte[8192];
            long left = DRAIN_LIMIT;
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (java.io.IOException | RuntimeException clientGoneOrNoNumber) {
            // the 413 is sent anyway
        }
    }

    /** Throws 413 when {@code contentLength} is a number above {@code limit}; anything else passes to the counting. */
    static void rejectIfDeclaredTooLarge(String contentLength, long limit) {
        if (contentLength == null || contentLength.isBlank()) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.trim()) > limit) {
                throw new RestException(ErrorCode.PAYLOAD_TOO_LARGE);
            }
        } catch (NumberFormatException tooLongForALong) {
            if (contentLength.trim().matches("[0-9]+")) {
                throw new RestException(ErrorCode.PAYLOAD_TOO_LARGE);
            }
        }
    }
}
