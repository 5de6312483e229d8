package org.amparo.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.amparo.catalog.Catalog;
import org.amparo.catalog.CatalogImport;
import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.HsdsObject;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.ServicePage;
import org.amparo.common.FieldError;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.security.Role;
import org.amparo.security.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/catalog}: the HSDS service catalogue. Reading it needs a session only (it holds no
 * personal data); a confidential location (a shelter) is shown without its address or coordinates to
 * everyone. Importing and exporting are for system and country administrators. An import is one
 * JSON body (see {@link CatalogDto.ImportRequest}), checked in full: a refused import stores nothing
 * and replies 422 with every problem by file, row and field. Depends on the catalogue only, so that
 * it stays when the referral module is switched off.
 */
@Component(service = CatalogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("catalog")
public final class CatalogResource {
    /** HTTP 422: the import was read but refused. */
    static final int UNPROCESSABLE = 422;

    private final Catalog catalog;
    private final CatalogImport imports;
    private final Messages messages;

    @Activate
    public CatalogResource(@Reference Catalog catalog, @Reference CatalogImport imports, @Reference Messages messages) {
        this.catalog = catalog;
        this.imports = imports;
        this.messages = messages;
    }

    @GET
    @Path("counts")
    @Produces(MediaType.APPLICATION_JSON)
    public CatalogDto.Counts counts(@Context SecurityContext security) {
        Access.session(security);
        return CatalogDto.Counts.of(catalog.counts());
    }

    /** The terms of a taxonomy (default: the protection needs), labelled in the reply's language. */
    @GET
    @Path("terms")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CatalogDto.TermView> terms(@QueryParam("taxonomy") String taxonomy,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Access.session(security);
        String name = taxonomy == null || taxonomy.isBlank() ? Catalog.PROTECTION_TAXONOMY : taxonomy.strip();
        ScreeningDto.Texts texts = texts(acceptLanguage, security);
        return CaseDto.Items.of(catalog.terms(name), t -> CatalogDto.TermView.of(t, texts));
    }

    @GET
    @Path("services")
    @Produces(MediaType.APPLICATION_JSON)
    public CatalogDto.ServicePageView services(@QueryParam("term") String term, @QueryParam("q") String q,
            @QueryParam("organization") String organization, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext security) {
        Access.session(security);
        Paging paging = Paging.parse(offset, limit, Paging.DEFAULT_LIMIT, ServicePage.MAX_LIMIT);
        if (q != null && q.length() > 200) {
            throw org.amparo.common.ValidationException.of("q", "rest.field.tooLong", 200);
        }
        return CatalogDto.ServicePageView.of(catalog.services(blankToNull(term), blankToNull(q), blankToNull(organization),
                paging.offset(), paging.limit()), paging);
    }

    @GET
    @Path("services/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CatalogDto.ServiceView service(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Access.session(security);
        return catalog.service(id).map(s -> CatalogDto.ServiceView.of(s, texts(acceptLanguage, security)))
                .orElseThrow(() -> new NotFoundException("rest.catalog.unknownService", id));
    }

    @GET
    @Path("organizations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public java.util.Map<String, Object> organization(@PathParam("id") String id, @Context SecurityContext security) {
        Access.session(security);
        return catalog.organization(id).map(o -> o.fields())
                .orElseThrow(() -> new NotFoundException("rest.catalog.unknownOrganization", id));
    }

    /** Stored imports, newest first; administrators only. */
    @GET
    @Path("imports")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseDto.Items<CatalogDto.ImportRunView> imports(@Context SecurityContext security) {
        Access.requireAny(security, Role.SYSTEM_ADMIN, Role.COUNTRY_ADMIN);
        return CaseDto.Items.of(catalog.imports(), CatalogDto.ImportRunView::of);
    }

    /**
     * Imports HSDS JSON or a zipped CSV datapackage; administrators only. 201 with the report when
     * stored; 422 with the report's problems (file, row, field) when refused, nothing stored; 400 for
     * a request that is not of the documented form.
     */
    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCatalog(CatalogDto.ImportRequest body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context SecurityContext security) {
        Session session = Access.requireAny(security, Role.SYSTEM_ADMIN, Role.COUNTRY_ADMIN);
        CatalogDto.ImportRequest request = CaseCalls.body(body);
        List<FieldError> errors = new ArrayList<>();
        String format = request.format() == null ? "" : request.format().strip().toLowerCase(Locale.ROOT);
        String label = request.label() == null || request.label().isBlank() ? "api" : request.label().strip();
        if (label.length() > 200) {
            errors.add(new FieldError("label", "rest.field.tooLong", 200));
        }
        String importedBy = session.user().username();
        ImportReport report;
        switch (format) {
            case "json" -> {
                HsdsObject kind = kind(request.kind(), errors);
                if (request.document() == null || !(request.document().isObject() || request.document().isArray())) {
                    errors.add(new FieldError("document", "rest.catalog.document"));
                }
                if (request.archive() != null) {
                    errors.add(new FieldError("archive", "rest.field.unknownProperty"));
                }
                CaseCalls.check(errors);
                report = imports.importJson(importedBy, kind, new ByteArrayInputStream(bytes(request)), label);
            }
            case "datapackage" -> {
                if (request.kind() != null) {
                    errors.add(new FieldError("kind", "rest.field.unknownProperty"));
                }
                if (request.document() != null) {
                    errors.add(new FieldError("document", "rest.field.unknownProperty"));
                }
                CatalogSource source = archive(request.archive(), errors);
                CaseCalls.check(errors);
                report = imports.importDatapackage(importedBy, source, label);
            }
            default -> {
                errors.add(new FieldError("format", "rest.catalog.format"));
                throw new org.amparo.common.ValidationException(errors);
            }
        }
        CatalogDto.ImportReportView view = CatalogDto.ImportReportView.of(report, texts(acceptLanguage, security));
        return Response.status(report.stored() ? Response.Status.CREATED.getStatusCode() : UNPROCESSABLE)
                .type(ErrorResponses.JSON).entity(view).build();
    }

    /** The whole catalogue as HSDS JSON (a page of {@code organization_full}); administrators only. */
    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@Context SecurityContext security) {
        Access.requireAny(security, Role.SYSTEM_ADMIN, Role.COUNTRY_ADMIN);
        com.fasterxml.jackson.databind.JsonNode document;
        try {
            document = JacksonJsonProvider.MAPPER.readTree(imports.exportJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the catalogue's JSON export does not parse", e);
        }
        return Response.ok(document, ErrorResponses.JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"catalog-hsds.json\"").build();
    }

    private ScreeningDto.Texts texts(String acceptLanguage, SecurityContext security) {
        return new ScreeningDto.Texts(messages, CaseCalls.language(messages, acceptLanguage, security));
    }

    private static HsdsObject kind(String kind, List<FieldError> errors) {
        if (kind == null || kind.isBlank()) {
            errors.add(new FieldError("kind", "rest.field.required"));
            return null;
        }
        try {
            return HsdsObject.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "rest.field.unknownValue"));
            return null;
        }
    }

    private static CatalogSource archive(String archive, List<FieldError> errors) {
        if (archive == null || archive.isBlank()) {
            errors.add(new FieldError("archive", "rest.field.required"));
            return null;
        }
        try {
            byte[] zip = Base64.getMimeDecoder().decode(archive);
            if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
                errors.add(new FieldError("archive", "rest.catalog.archive"));
                return null;
            }
            return CatalogSource.zip(zip);
        } catch (IllegalArgumentException | IOException e) {
            errors.add(new FieldError("archive", "rest.catalog.archive"));
            return null;
        }
    }

    private static byte[] bytes(CatalogDto.ImportRequest request) {
        try {
            return JacksonJsonProvider.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(request.document());
        } catch (JsonProcessingException e) {
            throw new RestException(ErrorCode.MALFORMED_JSON);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
