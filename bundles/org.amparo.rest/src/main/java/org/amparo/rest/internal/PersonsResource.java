package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseService;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.PersonService;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/persons}: registration with consent first, a person's consent history and
 * withdrawals, possible duplicates, and the person's cases. URLs carry ids only; names and other
 * personal data travel in bodies. The {@link PersonService} enforces need-to-know and audits.
 */
@Component(service = PersonsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("persons")
public final class PersonsResource {
    /** The {@code error.code} of a registration stopped by possible duplicates (409). */
    static final String POSSIBLE_DUPLICATES = "possibleDuplicates";

    private final PersonService persons;
    private final CaseService cases;
    private final Messages messages;

    @Activate
    public PersonsResource(@Reference PersonService persons, @Reference CaseService cases, @Reference Messages messages) {
        this.persons = persons;
        this.cases = cases;
        this.messages = messages;
    }

    /**
     * Registers a person: 201 with the person and the stored consent decisions, or 409 with the
     * possible duplicates (nothing stored) unless {@code notADuplicate} is true.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(CaseDto.RegistrationRequest body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        CaseDto.RegistrationRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        if (request.consent() == null) {
            errors.add(new FieldError("consent", "rest.field.required"));
            CaseCalls.check(errors);
        }
        ConsentDecision consent = request.consent().toDecision("consent.", errors);
        var details = CaseDto.details(request, errors);
        CaseCalls.check(errors);
        RegistrationResult result = persons.register(actor, new Registration(consent, details, request.confirmedNotADuplicate()));
        if (result instanceof RegistrationResult.Registered registered) {
            return Response.status(Response.Status.CREATED)
                    .entity(new CaseDto.RegisteredView(CaseDto.PersonView.of(registered.person()),
                            registered.consents().stream().map(CaseDto.ConsentView::of).toList()))
                    .build();
        }
        RegistrationResult.PossibleDuplicates duplicates = (RegistrationResult.PossibleDuplicates) result;
        LanguageTag language = CaseCalls.language(messages, acceptLanguage, security);
        Dto.ErrorDetail error = new Dto.ErrorDetail(POSSIBLE_DUPLICATES,
                messages.get(language, "rest.persons.possibleDuplicates", duplicates.candidates().size()), List.of(), null);
        return Response.status(Response.Status.CONFLICT)
                .type(ErrorResponses.JSON)
                .language(language.toLocale())
                .entity(new CaseDto.PossibleDuplicatesBody(error, duplicates.candidates().stream()
                        .map(c -> CaseDto.DuplicateView.of(c, key -> reason(language, key))).toList()))
                .build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.PersonView get(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.PersonView.of(persons.get(CaseCalls.actor(security), id));
    }

    /** Corrects a person's details: every field replaced, checked as at registration. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.PersonView update(@PathParam("id") long id, CaseDto.DetailsRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        CaseDto.DetailsRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        var details = CaseDto.details(request.asRegistration(), errors);
        CaseCalls.check(errors);
        return CaseDto.PersonView.of(persons.update(actor, id, details));
    }

    @GET
    @Path("{id}/changes")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.ChangeView> changes(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(persons.changes(CaseCalls.actor(security), id), CaseDto.ChangeView::of);
    }

    @GET
    @Path("{id}/consents")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.ConsentView> consents(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(persons.consents(CaseCalls.actor(security), id), CaseDto.ConsentView::of);
    }

    /** Records a further decision of the person; 201 with the person's whole consent history. */
    @POST
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response recordConsent(@PathParam("id") long id, CaseDto.ConsentRequest body,
            @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        List<FieldError> errors = new ArrayList<>();
        ConsentDecision decision = CaseCalls.body(body).toDecision("", errors);
        CaseCalls.check(errors);
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(CaseDto.Items.of(persons.recordConsent(actor, id, decision), CaseDto.ConsentView::of))
                    .build();
        } catch (ValidationException e) {
            throw CaseCalls.withoutPrefix(e, "consent.");
        }
    }

    /** Records that the person withdrew consent to {@code purpose} (a {@link ConsentPurpose} name). */
    @POST
    @Path("{id}/consents/{purpose}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.ConsentView withdraw(@PathParam("id") long id, @PathParam("purpose") String purpose,
            CaseDto.WithdrawalRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        ConsentPurpose consentPurpose = purpose(purpose);
        List<FieldError> errors = new ArrayList<>();
        var date = CaseDto.date("date", CaseCalls.body(body).date(), errors);
        if (date == null && errors.isEmpty()) {
            errors.add(new FieldError("date", "rest.field.required"));
        }
        CaseCalls.check(errors);
        return CaseDto.ConsentView.of(persons.withdrawConsent(actor, id, consentPurpose, date));
    }

    @GET
    @Path("{id}/duplicates")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.DuplicateView> duplicates(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        LanguageTag language = CaseCalls.language(messages, acceptLanguage, security);
        return CaseDto.Items.of(persons.duplicates(actor, id), c -> CaseDto.DuplicateView.of(c, key -> reason(language, key)));
    }

    @GET
    @Path("{id}/cases")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.CaseView> cases(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(cases.casesOf(CaseCalls.actor(security), id), CaseDto.CaseView::of);
    }

    @GET
    @Path("{id}/merges")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CaseDto.MergeView> merges(@PathParam("id") long id, @Context SecurityContext security) {
        return CaseDto.Items.of(persons.merges(CaseCalls.actor(security), id), CaseDto.MergeView::of);
    }

    /** Merges another record of the same person into this one; both stay, and it can be undone. */
    @POST
    @Path("{id}/merges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("id") long id, CaseDto.MergeRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        if (body == null || body.mergedId() == null) {
            CaseCalls.check(List.of(new FieldError("mergedId", "rest.field.required")));
        }
        CaseDto.MergeView merge = CaseDto.MergeView.of(persons.merge(actor, id, body.mergedId(), body.reason()));
        return Response.status(Response.Status.CREATED).entity(merge).build();
    }

    @POST
    @Path("merges/{mergeId}/undo")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.MergeView undoMerge(@PathParam("mergeId") long mergeId, @Context SecurityContext security) {
        return CaseDto.MergeView.of(persons.undoMerge(CaseCalls.actor(security), mergeId));
    }

    /** A purpose in the path: its constant name in any case; anything else is a 404, as no such resource exists. */
    static ConsentPurpose purpose(String purpose) {
        String p = purpose == null ? "" : purpose.trim().toUpperCase(Locale.ROOT);
        for (ConsentPurpose candidate : ConsentPurpose.values()) {
            if (candidate.name().equals(p)) {
                return candidate;
            }
        }
        throw new NotFoundException("rest.persons.unknownPurpose");
    }

    /** The label of a duplicate reason code if some bundle defines it, else the code. */
    private String reason(LanguageTag language, String code) {
        return messages.has(code) ? messages.get(language, code) : code;
    }
}
