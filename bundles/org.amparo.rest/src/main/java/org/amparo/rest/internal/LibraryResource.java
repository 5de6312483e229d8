package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.standards.ItemType;
import org.amparo.standards.Library;
import org.amparo.standards.LibraryFilter;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.Place;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/library}: the standards and guidance library for signed-in users: browsing by
 * topic, audience, country and type, the values to browse by, one item in every language, full-text
 * search with the passage and the words to highlight, where the platform applies an item, and the
 * items behind a place ("why this is asked"). The library holds no personal data. The component
 * needs {@link Library}, which is there only while the module {@code standards-library} is on, so
 * these endpoints go away with it. (Reading without an account is the web's public pages; this API
 * always needs a session.)
 */
@Component(service = LibraryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("library")
public final class LibraryResource {
    /** The longest query, topic or audience accepted. */
    static final int MAX_TEXT = 200;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    private final Library library;
    private final Messages messages;

    @Activate
    public LibraryResource(@Reference Library library, @Reference Messages messages) {
        this.library = library;
        this.messages = messages;
    }

    @GET
    @Path("items")
    @Produces(MediaType.APPLICATION_JSON)
    public LibraryDto.ItemPageView items(@QueryParam("topic") String topic, @QueryParam("audience") String audience,
            @QueryParam("country") String country, @QueryParam("type") String type, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Access.session(security);
        List<FieldError> errors = new ArrayList<>();
        LibraryFilter filter = filter(topic, audience, country, type, errors);
        Paging paging = paging(offset, limit, errors);
        CaseCalls.check(errors);
        return LibraryDto.ItemPageView.of(library.browse(filter, paging.offset(), paging.limit()), texts(acceptLanguage, security));
    }

    @GET
    @Path("facets")
    @Produces(MediaType.APPLICATION_JSON)
    public LibraryDto.FacetsView facets(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Access.session(security);
        return LibraryDto.FacetsView.of(library.facets(), texts(acceptLanguage, security));
    }

    @GET
    @Path("items/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public LibraryDto.ItemView item(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Access.session(security);
        return LibraryDto.ItemView.of(find(id), texts(acceptLanguage, security));
    }

    /**
     * Sections whose heading or text hold every word of {@code q}, best first; {@code lang} (a BCP 47
     * tag) ranks texts in that language higher and defaults to the reply's language.
     */
    @GET
    @Path("search")
    @Produces(MediaType.APPLICATION_JSON)
    public LibraryDto.SearchPageView search(@QueryParam("q") String q, @QueryParam("lang") String lang,
            @QueryParam("topic") String topic, @QueryParam("audience") String audience, @QueryParam("country") String country,
            @QueryParam("type") String type, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Access.session(security);
        List<FieldError> errors = new ArrayList<>();
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            errors.add(new FieldError("q", "rest.field.required"));
        } else if (query.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "rest.field.tooLong", MAX_TEXT));
        }
        String language = blankToNull(lang);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add(new FieldError("lang", "rest.field.language"));
        }
        LibraryFilter filter = filter(topic, audience, country, type, errors);
        Paging paging = paging(offset, limit, errors);
        CaseCalls.check(errors);
        ScreeningDto.Texts texts = texts(acceptLanguage, security);
        return LibraryDto.SearchPageView.of(library.search(query, language == null ? texts.language().value() : language, filter,
                paging.offset(), paging.limit()), texts);
    }

    /** Where the platform applies the item: screening questions, case steps, pathway steps. */
    @GET
    @Path("items/{id}/applied-in")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<LibraryDto.PlaceView> appliedIn(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Access.session(security);
        find(id);
        ScreeningDto.Texts texts = texts(acceptLanguage, security);
        return CaseDto.Items.of(library.appliedIn(id), p -> LibraryDto.PlaceView.of(p, texts));
    }

    /** The items behind a place, by its key ({@code screening:<instrument>/<question>}, {@code case:<STATUS>}, {@code pathway:<CC>/<pathway>/<step>}). */
    @GET
    @Path("why")
    @Produces(MediaType.APPLICATION_JSON)
    public LibraryDto.WhyView why(@QueryParam("place") String place, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Access.session(security);
        if (place == null || place.isBlank()) {
            throw ValidationException.of("place", "rest.field.required");
        }
        Place parsed = Place.parse(place.strip()).orElseThrow(() -> ValidationException.of("place", "rest.library.place"));
        ScreeningDto.Texts texts = texts(acceptLanguage, security);
        return new LibraryDto.WhyView(LibraryDto.PlaceView.of(parsed, texts),
                library.standardsFor(parsed).stream().map(i -> LibraryDto.ItemSummary.of(i, texts)).toList());
    }

    private LibraryItem find(String id) {
        return library.item(id).orElseThrow(() -> new NotFoundException("rest.library.unknownItem", id));
    }

    private ScreeningDto.Texts texts(String acceptLanguage, SecurityContext security) {
        return new ScreeningDto.Texts(messages, CaseCalls.language(messages, acceptLanguage, security));
    }

    /** The filter of the query parameters, each wrong one added to {@code errors}. */
    private static LibraryFilter filter(String topic, String audience, String country, String type, List<FieldError> errors) {
        String t = code("topic", topic, errors);
        String a = code("audience", audience, errors);
        String c = blankToNull(country);
        if (c != null && !c.equalsIgnoreCase(LibraryFilter.INTERNATIONAL) && !COUNTRY.matcher(c).matches()) {
            errors.add(new FieldError("country", "rest.library.country"));
        }
        if (c != null && c.equalsIgnoreCase(LibraryFilter.INTERNATIONAL)) {
            c = LibraryFilter.INTERNATIONAL;
        }
        ItemType itemType = null;
        String ty = blankToNull(type);
        if (ty != null) {
            itemType = ItemType.ofCode(ty.toLowerCase(Locale.ROOT)).orElse(null);
            if (itemType == null) {
                errors.add(new FieldError("type", "rest.field.unknownValue"));
            }
        }
        return new LibraryFilter(t, a, c, itemType);
    }

    private static String code(String field, String value, List<FieldError> errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (!CODE.matcher(v).matches()) {
            errors.add(new FieldError(field, "rest.field.unknownValue"));
        }
        return v;
    }

    private static Paging paging(String offset, String limit, List<FieldError> errors) {
        try {
            return Paging.parse(offset, limit, 20, Library.MAX_LIMIT);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return new Paging(0, 1);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
