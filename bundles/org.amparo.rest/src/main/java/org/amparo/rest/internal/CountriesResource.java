package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Languages;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.DivisionPage;
import org.amparo.security.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/countries}, for any signed-in user: the installed country packs and their state,
 * the content of an active pack with the evidence of every fact and its texts in the caller's
 * language (the {@code Accept-Language} header, else the session's language), and its
 * administrative divisions, searched a page at a time (never more than
 * {@link DivisionPage#MAX_LIMIT}) or read one by one, withdrawn ones included.
 */
@Component(service = CountriesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("countries")
public final class CountriesResource {
    static final int DEFAULT_DIVISIONS = 20;
    static final int MAX_QUERY = 100;
    static final int MAX_ID = 200;

    private final CountryPacks packs;
    private final Messages messages;

    @Activate
    public CountriesResource(@Reference CountryPacks packs, @Reference Messages messages) {
        this.packs = packs;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CountryDto.PackList list(@Context SecurityContext security) {
        Access.session(security);
        return new CountryDto.PackList(packs.packs().stream().map(CountryDto.PackView::of).toList());
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public CountryDto.CountryView country(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Session session = Access.session(security);
        Country country = activeCountry(code);
        LanguageTag language = language(acceptLanguage, session);
        return CountryDto.CountryView.of(country, language.value(), key -> messages.get(language, key));
    }

    @GET
    @Path("{code}/divisions")
    @Produces(MediaType.APPLICATION_JSON)
    public CountryDto.DivisionPageView divisions(@PathParam("code") String code, @QueryParam("q") String query,
            @QueryParam("parent") String parent, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Session session = Access.session(security);
        List<FieldError> errors = new ArrayList<>();
        if (query != null && query.length() > MAX_QUERY) {
            errors.add(new FieldError("q", "rest.field.tooLong", MAX_QUERY));
        }
        if (parent != null && parent.length() > MAX_ID) {
            errors.add(new FieldError("parent", "rest.field.tooLong", MAX_ID));
        }
        Paging paging = null;
        try {
            paging = Paging.parse(offset, limit, DEFAULT_DIVISIONS, DivisionPage.MAX_LIMIT);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Country country = activeCountry(code);
        String parentId = parent == null || parent.isBlank() ? null : parent.trim();
        if (parentId != null && packs.division(country.code(), parentId).isEmpty()) {
            throw ValidationException.of("parent", "rest.field.unknownDivision");
        }
        LanguageTag language = language(acceptLanguage, session);
        DivisionPage page = packs.divisions(country.code(), query == null ? "" : query.trim(), parentId, paging.offset(),
                paging.limit());
        return CountryDto.DivisionPageView.of(page, language.language());
    }

    @GET
    @Path("{code}/divisions/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CountryDto.DivisionView division(@PathParam("code") String code, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Session session = Access.session(security);
        String normalised = normaliseCode(code);
        if (id == null || id.length() > MAX_ID) {
            throw new NotFoundException("rest.countries.unknownDivision");
        }
        LanguageTag language = language(acceptLanguage, session);
        return packs.division(normalised, id)
                .map(d -> CountryDto.DivisionView.of(d, language.language()))
                .orElseThrow(() -> new NotFoundException("rest.countries.unknownDivision"));
    }

    private Country activeCountry(String code) {
        return packs.country(normaliseCode(code)).orElseThrow(() -> new NotFoundException("rest.countries.unknownCountry"));
    }

    /** The code in capitals; anything but two letters is a 404, as no pack can have it. */
    private static String normaliseCode(String code) {
        String c = code == null ? "" : code.trim();
        if (!c.matches("[A-Za-z]{2}")) {
            throw new NotFoundException("rest.countries.unknownCountry");
        }
        return c.toUpperCase(Locale.ROOT);
    }

    /** The caller's language: the Accept-Language header, else the session's language, else English. */
    private LanguageTag language(String acceptLanguage, Session session) {
        List<LanguageTag> offered = messages.languages();
        return Languages.fromAcceptLanguage(acceptLanguage, offered)
                .or(() -> Languages.supported(session.language(), offered))
                .orElse(LanguageTag.ENGLISH);
    }
}
