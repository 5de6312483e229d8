package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.AuditVerification;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Languages;
import org.amparo.common.Messages;
import org.amparo.common.ValidationException;
import org.amparo.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/audit}: reads the audit record, newest first, filtered by actor and action prefix,
 * and verifies its hash chain (itself audited as {@code audit.verify}). Auditors and system
 * administrators only.
 */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("audit")
public final class AuditResource {
    static final int MAX_FILTER = 100;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public AuditResource(@Reference AuditLog audit, @Reference Messages messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Dto.PageOf<Dto.AuditEntryView> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("actor") String actor, @QueryParam("action") String action, @Context SecurityContext security) {
        Access.requireAny(security, Role.AUDITOR, Role.SYSTEM_ADMIN);
        List<FieldError> errors = new ArrayList<>();
        checkLength("actor", actor, errors);
        checkLength("action", action, errors);
        Paging paging;
        try {
            paging = Paging.parse(offset, limit);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            paging = null;
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AuditQuery query = new AuditQuery(blankToNull(actor), blankToNull(action), paging.offset(), paging.limit());
        List<Dto.AuditEntryView> items = audit.page(query).stream().map(Dto.AuditEntryView::of).toList();
        return new Dto.PageOf<>(items, paging.offset(), paging.limit(), audit.count(query));
    }

    @POST
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public Dto.Verification verify(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        String actor = Access.requireAny(security, Role.AUDITOR, Role.SYSTEM_ADMIN).user().username();
        AuditVerification result = audit.verify();
        LanguageTag language = Languages.fromAcceptLanguage(acceptLanguage, messages.languages()).orElse(LanguageTag.ENGLISH);
        String message;
        if (result.intact()) {
            audit.record(AuditEvent.success(actor, "audit.verify", "", "channel=api;entries=" + result.entriesChecked()));
            message = messages.get(language, "rest.audit.verify.intact", result.entriesChecked());
        } else {
            audit.record(AuditEvent.failure(actor, "audit.verify", "",
                    "channel=api;problem=" + result.problem() + ";entry=" + result.firstBroken()));
            message = messages.get(language, "rest.audit.verify.broken", result.firstBroken());
            if (messages.has(result.problem())) {
                message = message + " " + messages.get(language, result.problem(), result.firstBroken());
            }
        }
        return Dto.Verification.of(result, message);
    }

    private static void checkLength(String field, String value, List<FieldError> errors) {
        if (value != null && value.length() > MAX_FILTER) {
            errors.add(new FieldError(field, "rest.field.tooLong", MAX_FILTER));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
