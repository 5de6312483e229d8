package org.amparo.web.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.amparo.catalog.Catalog;
import org.amparo.catalog.CatalogImport;
import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.HsdsObject;
import org.amparo.catalog.HsdsRecord;
import org.amparo.catalog.ImportProblem;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.ImportRun;
import org.amparo.catalog.LocationDetail;
import org.amparo.catalog.ServiceDetail;
import org.amparo.catalog.ServicePage;
import org.amparo.catalog.ServiceSummary;
import org.amparo.catalog.Term;
import org.amparo.common.Messages;
import org.amparo.common.ValidationException;
import org.amparo.web.api.Download;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.amparo.web.api.Upload;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service catalogue. {@code /app/catalog}: search by need and words, with the catalogue's
 * counts; for system and country administrators also an import form (an HSDS CSV datapackage as a
 * zip, or HSDS JSON of one kind of object), the list of imports and the export.
 * {@code /app/catalog/services/<id>}: one service with its organisation, places (a confidential
 * place never shows its address), languages, areas, hours and eligibility.
 *
 * <p>Stable element ids: {@code catalog-term}, {@code catalog-q}, {@code catalog-search},
 * {@code catalog-results}, {@code catalog-service-ID}, {@code catalog-import-file},
 * {@code catalog-import-kind}, {@code catalog-import-submit}, {@code catalog-import-report},
 * {@code catalog-import-problems}, {@code catalog-imports}, {@code catalog-export-json},
 * {@code catalog-export-csv}, {@code catalog-error}.
 */
@Component(service = Page.class)
public final class CatalogPage implements Page {
    static final Set<String> ADMINS = Set.of("SYSTEM_ADMIN", "COUNTRY_ADMIN");
    private static final int PAGE = 25;
    private static final int MAX_ZIP_ENTRIES = 40;
    private static final long MAX_UNZIPPED = 64L * 1024 * 1024;

    private final Catalog catalog;
    private final CatalogImport imports;
    private final Messages messages;

    @Activate
    public CatalogPage(@Reference Catalog catalog, @Reference CatalogImport imports, @Reference Messages messages) {
        this.catalog = catalog;
        this.imports = imports;
        this.messages = messages;
    }

    @Override
    public String path() {
        return "catalog";
    }

    @Override
    public String titleKey() {
        return "web.catalog.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> roles() {
        return Set.of("CASEWORKER", "SUPERVISOR", "SYSTEM_ADMIN", "COUNTRY_ADMIN", "PARTNER_CASEWORKER");
    }

    @Override
    public PageResult handle(PageRequest request) {
        String sub = request.subPath();
        boolean admin = request.roles().stream().anyMatch(ADMINS::contains);
        if (sub.startsWith("services/")) {
            return service(request, sub.substring("services/".length()));
        }
        if (sub.equals("export.json") && admin) {
            return PageResult.download(new Download("catalogue-hsds.json", "application/json",
                    imports.exportJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (sub.equals("export.zip") && admin) {
            return PageResult.download(new Download("catalogue-hsds-datapackage.zip", "application/zip",
                    imports.exportDatapackage().zip()));
        }
        if ("POST".equals(request.method())) {
            if (!admin) {
                return PageResult.status(403, error(request.text("web.catalog.import.adminOnly")));
            }
            return importFile(request);
        }
        return PageResult.ok(search(request, admin, null));
    }

    private String search(PageRequest request, boolean admin, String report) {
        String term = request.parameter("term").orElse("");
        String text = request.parameter("q").orElse("").strip();
        int offset = request.parameter("offset").filter(v -> v.matches("\\d{1,6}")).map(Integer::parseInt).orElse(0);
        StringBuilder html = new StringBuilder(16384);
        if (report != null) {
            html.append(report);
        }
        Map<String, Long> counts = catalog.counts();
        html.append("<p class=\"meta\" id=\"catalog-counts\">").append(Html.escape(request.text("web.catalog.counts",
                counts.getOrDefault("organizations", 0L), counts.getOrDefault("services", 0L),
                counts.getOrDefault("locations", 0L)))).append("</p>\n");
        List<Forms.Option> options = new ArrayList<>();
        options.add(new Forms.Option("", request.text("web.catalog.anyNeed")));
        for (Term t : catalog.terms(Catalog.PROTECTION_TAXONOMY)) {
            options.add(new Forms.Option(t.code(), termLabel(request, t.code())));
        }
        html.append("<form class=\"form\" method=\"get\" action=\"/app/catalog\">\n")
                .append(Forms.select("catalog-term", "term", request.text("web.catalog.need"), options, term, null))
                .append(Forms.input("catalog-q", "q", request.text("web.catalog.words"), "search", text, null, "off", false))
                .append("<button type=\"submit\" id=\"catalog-search\">").append(Html.escape(request.text("web.catalog.search")))
                .append("</button>\n</form>\n");
        ServicePage page = catalog.services(term.isEmpty() ? null : term, text, null, offset, PAGE);
        if (page.items().isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.catalog.none"))).append("</p>\n");
        } else {
            html.append("<p class=\"meta\">").append(Html.escape(request.text("web.catalog.found", page.total()))).append("</p>\n")
                    .append("<ul class=\"record-list\" id=\"catalog-results\">\n");
            for (ServiceSummary s : page.items()) {
                html.append("<li><a href=\"/app/catalog/services/").append(Html.escape(s.id())).append("\" id=\"catalog-service-")
                        .append(Html.escape(s.id())).append("\">").append(Html.escape(s.name())).append("</a><p class=\"meta\">")
                        .append(Html.escape(s.organizationName()));
                for (String code : s.termCodes()) {
                    html.append(" · ").append(Html.escape(termLabel(request, code)));
                }
                html.append("</p></li>\n");
            }
            html.append("</ul>\n");
            if (offset > 0 || page.more()) {
                String base = "/app/catalog?term=" + Html.escape(term) + "&amp;q=" + Html.escape(java.net.URLEncoder.encode(text,
                        java.nio.charset.StandardCharsets.UTF_8)) + "&amp;offset=";
                html.append("<nav class=\"pager\">");
                if (offset > 0) {
                    html.append("<a href=\"").append(base).append(Math.max(0, offset - PAGE)).append("\">")
                            .append(Html.escape(request.text("web.pager.previous"))).append("</a> ");
                }
                if (page.more()) {
                    html.append("<a href=\"").append(base).append(offset + PAGE).append("\">")
                            .append(Html.escape(request.text("web.pager.next"))).append("</a>");
                }
                html.append("</nav>\n");
            }
        }
        if (admin) {
            adminPart(request, html);
        }
        return html.toString();
    }

    private void adminPart(PageRequest request, StringBuilder html) {
        List<Forms.Option> kinds = new ArrayList<>();
        kinds.add(new Forms.Option("", request.text("web.catalog.import.datapackage")));
        for (HsdsObject kind : HsdsObject.values()) {
            kinds.add(new Forms.Option(kind.name(), request.text("web.catalog.import.json", kind.name().toLowerCase(Locale.ROOT))));
        }
        html.append("<h2>").append(Html.escape(request.text("web.catalog.import"))).append("</h2>\n<p class=\"explain\">")
                .append(Html.escape(request.text("web.catalog.import.explain"))).append("</p>\n")
                .append("<form class=\"form\" method=\"post\" enctype=\"multipart/form-data\" action=\"/app/catalog\">\n")
                .append(request.csrfField())
                .append("<div class=\"field\"><label for=\"catalog-import-file\">").append(Html.escape(request.text("web.catalog.import.file")))
                .append("</label><input type=\"file\" id=\"catalog-import-file\" name=\"file\" accept=\".zip,.json\" required></div>\n")
                .append(Forms.select("catalog-import-kind", "kind", request.text("web.catalog.import.kind"), kinds, "", null))
                .append("<button type=\"submit\" id=\"catalog-import-submit\">").append(Html.escape(request.text("web.catalog.import.submit")))
                .append("</button>\n</form>\n");
        html.append("<h2>").append(Html.escape(request.text("web.catalog.export"))).append("</h2>\n<p>")
                .append("<a href=\"/app/catalog/export.json\" id=\"catalog-export-json\">").append(Html.escape(request.text("web.catalog.export.json")))
                .append("</a> · <a href=\"/app/catalog/export.zip\" id=\"catalog-export-csv\">")
                .append(Html.escape(request.text("web.catalog.export.csv"))).append("</a></p>\n<p class=\"hint\">")
                .append(Html.escape(request.text("web.catalog.export.confidential"))).append("</p>\n");
        List<ImportRun> runs = catalog.imports();
        if (!runs.isEmpty()) {
            html.append("<h2>").append(Html.escape(request.text("web.catalog.imports"))).append("</h2>\n<ul class=\"record-list\" id=\"catalog-imports\">\n");
            for (ImportRun run : runs.subList(0, Math.min(10, runs.size()))) {
                html.append("<li>").append(Html.escape(request.text("web.catalog.imports.item", run.source(), run.format(),
                        CaseWork.isolate(run.importedBy()), CaseWork.time(run.importedAt()), run.inserted(), run.updated())))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    private PageResult importFile(PageRequest request) {
        Optional<Upload> upload = request.upload("file").filter(u -> u.content().length > 0);
        if (upload.isEmpty()) {
            return PageResult.status(400, search(request, true, error(request.text("web.catalog.import.fileRequired"))));
        }
        String kind = request.parameter("kind").orElse("");
        String name = upload.get().fileName();
        ImportReport report;
        try {
            if (kind.isEmpty()) {
                Map<String, byte[]> files = unzip(upload.get().content());
                CatalogSource source = path -> Optional.ofNullable(files.get(path)).map(ByteArrayInputStream::new);
                report = imports.importDatapackage(request.username(), source, name);
            } else {
                HsdsObject object = HsdsObject.valueOf(kind);
                report = imports.importJson(request.username(), object, new ByteArrayInputStream(upload.get().content()), name);
            }
        } catch (IllegalArgumentException | IOException e) {
            return PageResult.status(400, search(request, true, error(request.text("web.catalog.import.unreadable"))));
        } catch (ValidationException e) {
            return PageResult.status(400, search(request, true, error(CaseWork.text(request, e.errors().get(0)))));
        }
        return PageResult.status(report.problems().isEmpty() ? 200 : 400, search(request, true, report(request, report)));
    }

    /** The files of a zipped datapackage by name (folders inside the zip ignored), bounded against zip bombs. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= MAX_ZIP_ENTRIES) {
                    throw new IOException("too many files");
                }
                byte[] content = readBounded(in, MAX_UNZIPPED - total);
                total += content.length;
                String name = entry.getName();
                files.put(name.substring(name.lastIndexOf('/') + 1), content);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("not a zip");
        }
        return files;
    }

    private static byte[] readBounded(InputStream in, long left) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        long read = 0;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > left) {
                throw new IOException("too large");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private String report(PageRequest request, ImportReport report) {
        StringBuilder html = new StringBuilder(2048);
        if (report.problems().isEmpty()) {
            int inserted = report.inserted().values().stream().mapToInt(Integer::intValue).sum();
            int updated = report.updated().values().stream().mapToInt(Integer::intValue).sum();
            html.append("<div class=\"notice\" role=\"status\" id=\"catalog-import-report\"><p>")
                    .append(Html.escape(request.text("web.catalog.import.done", inserted, updated))).append("</p></div>\n");
            return html.toString();
        }
        html.append("<div class=\"error\" role=\"alert\" id=\"catalog-import-report\"><p>")
                .append(Html.escape(request.text("web.catalog.import.refused", report.problems().size()))).append("</p>\n<ul id=\"catalog-import-problems\">");
        for (ImportProblem p : report.problems().subList(0, Math.min(50, report.problems().size()))) {
            String reason = messages.has(p.reason()) ? request.text(p.reason(), p.arguments().toArray()) : p.reason() + " " + p.arguments();
            html.append("<li>").append(Html.escape(request.text("web.catalog.import.problem", p.file(), p.row(),
                    p.field().isEmpty() ? p.path() : p.field(), reason))).append("</li>");
        }
        return html.append("</ul></div>\n").toString();
    }

    private PageResult service(PageRequest request, String id) {
        Optional<ServiceDetail> found = catalog.service(id);
        if (found.isEmpty()) {
            return PageResult.status(404, error(request.text("web.catalog.service.notFound")));
        }
        ServiceDetail s = found.get();
        StringBuilder html = new StringBuilder(8192);
        html.append("<p><a href=\"/app/catalog\" id=\"back-to-catalog\">").append(Html.escape(request.text("web.catalog.back")))
                .append("</a></p>\n<h2 id=\"catalog-service-name\">").append(Html.escape(s.name())).append("</h2>\n");
        s.service().text("description").ifPresent(d -> html.append("<p>").append(Html.escape(d)).append("</p>\n"));
        html.append("<dl class=\"facts\">");
        if (s.organization() != null) {
            fact(request, html, "web.catalog.organisation", s.organization().text("name").orElse(""));
        }
        List<String> needs = new ArrayList<>();
        s.terms().stream().filter(t -> Catalog.PROTECTION_TAXONOMY.equals(t.taxonomy())).forEach(t -> needs.add(termLabel(request, t.code())));
        fact(request, html, "web.catalog.needs", String.join(", ", needs));
        List<String> languages = new ArrayList<>();
        s.languages().forEach(l -> l.text("code").or(() -> l.text("name")).ifPresent(languages::add));
        fact(request, html, "web.catalog.languages", String.join(", ", languages));
        List<String> areas = new ArrayList<>();
        s.serviceAreas().forEach(a -> a.text("name").ifPresent(areas::add));
        fact(request, html, "web.catalog.areas", areas.isEmpty() ? request.text("web.catalog.notStated") : String.join(", ", areas));
        String ages = s.minimumAge().map(String::valueOf).orElse("") + "–" + s.maximumAge().map(String::valueOf).orElse("");
        fact(request, html, "web.catalog.ages", ages.equals("–") ? request.text("web.catalog.notStated") : ages);
        s.eligibility().forEach(e -> fact(request, html, "web.catalog.eligibility." + e.kind(), e.value()));
        for (HsdsRecord schedule : s.schedules()) {
            fact(request, html, "web.catalog.hours", schedule.text("byday").orElse("") + " " + schedule.text("opens_at").orElse("")
                    + "–" + schedule.text("closes_at").orElse(""));
        }
        for (LocationDetail place : s.locations()) {
            fact(request, html, "web.catalog.place", placeText(request, place));
        }
        html.append("</dl>\n");
        return PageResult.ok(html.toString());
    }

    private String placeText(PageRequest request, LocationDetail place) {
        String name = place.location().text("name").orElse("");
        if (place.confidential()) {
            return name + " — " + request.text("web.catalog.confidential");
        }
        List<String> parts = new ArrayList<>();
        place.addresses().forEach(a -> parts.add(String.join(", ", a.text("address_1").orElse(""), a.text("city").orElse(""),
                a.text("state_province").orElse(""))));
        return name + (parts.isEmpty() ? "" : " — " + String.join("; ", parts));
    }

    private static void fact(PageRequest request, StringBuilder html, String key, String value) {
        html.append("<dt>").append(Html.escape(request.text(key))).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
    }

    private String termLabel(PageRequest request, String code) {
        String key = "catalog.term." + code;
        return messages.has(key) ? request.text(key) : code;
    }

    private static String error(String text) {
        return "<div class=\"error\" role=\"alert\" id=\"catalog-error\"><p>" + Html.escape(text) + "</p></div>\n";
    }
}
