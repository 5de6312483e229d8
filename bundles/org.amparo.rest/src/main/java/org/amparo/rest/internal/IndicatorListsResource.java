package org.amparo.rest.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.interviews.ListVerification;
import org.amparo.interviews.ListVerifications;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.Instruments;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/indicator-lists}: the indicator lists of the current instruments, whether each
 * counts as verified against its official text and who decided so; a country administrator marks a
 * list verified or not ({@link ListVerifications} enforces the role and audits). Lists carry no
 * personal data: any signed-in user may read them.
 */
@Component(service = IndicatorListsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("indicator-lists")
public final class IndicatorListsResource {
    private final Instruments instruments;
    private final ListVerifications verifications;
    private final Messages messages;

    @Activate
    public IndicatorListsResource(@Reference Instruments instruments, @Reference ListVerifications verifications,
            @Reference Messages messages) {
        this.instruments = instruments;
        this.verifications = verifications;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<ScreeningDto.IndicatorListView> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Access.session(security);
        ScreeningDto.Texts texts = new ScreeningDto.Texts(messages, CaseCalls.language(messages, acceptLanguage, security));
        Map<String, Boolean> states = verifications.states();
        List<ListVerification> history = verifications.history();
        return CaseDto.Items.of(instruments.current().indicatorLists(),
                l -> ScreeningDto.IndicatorListView.of(l, states, history, texts));
    }

    /** Marks the list verified or not, with a note of what was checked; country administrators only. */
    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ScreeningDto.IndicatorListView verify(@PathParam("id") String id, ScreeningDto.VerificationRequest body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        ScreeningDto.VerificationRequest request = CaseCalls.body(body);
        if (request.verified() == null) {
            throw ValidationException.of("verified", "rest.field.required");
        }
        try {
            verifications.decide(actor, id, request.verified(), request.note());
        } catch (ValidationException e) {
            if (e.errors().stream().anyMatch(f -> f.field().equals("listId"))) {
                throw new NotFoundException("interviews.list.unknown", id);
            }
            throw e;
        }
        IndicatorList list = instruments.current().indicatorList(id)
                .orElseThrow(() -> new NotFoundException("interviews.list.unknown", id));
        ScreeningDto.Texts texts = new ScreeningDto.Texts(messages, CaseCalls.language(messages, acceptLanguage, security));
        return ScreeningDto.IndicatorListView.of(list, verifications.states(), verifications.history(), texts);
    }
}
