package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.catalog.Eligibility;
import org.amparo.catalog.HsdsRecord;
import org.amparo.catalog.ImportProblem;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.ImportRun;
import org.amparo.catalog.LocationDetail;
import org.amparo.catalog.ServiceDetail;
import org.amparo.catalog.ServicePage;
import org.amparo.catalog.ServiceSummary;
import org.amparo.catalog.Term;

/**
 * Request and response bodies of the catalogue resource. HSDS records travel as their fields, as
 * stored; a confidential location never carries its address or coordinates here.
 */
final class CatalogDto {
    private CatalogDto() {
    }

    /** A page of services; {@code total} counts every match. */
    public record ServicePageView(List<ServiceSummary> items, int offset, int limit, long total, boolean more) {
        static ServicePageView of(ServicePage page, Paging paging) {
            return new ServicePageView(page.items(), paging.offset(), paging.limit(), page.total(), page.more());
        }
    }

    /** A term with its label in the reply's language (the name given in the data when it has no label). */
    public record TermView(String id, String code, String taxonomy, String name, String label) {
        static TermView of(Term term, ScreeningDto.Texts texts) {
            String label = term.label() == null || term.label().isEmpty() ? term.name() : texts.of(term.label());
            return new TermView(term.id(), term.code(), term.taxonomy(), term.name(), label);
        }
    }

    /** Counts per HSDS resource, by resource name. */
    public record Counts(Map<String, Long> counts) {
        static Counts of(Map<String, Long> counts) {
            return new Counts(new TreeMap<>(counts));
        }
    }

    /** A location as it may be shown: a confidential one without addresses or coordinates. */
    public record LocationView(Map<String, Object> location, boolean confidential, List<Map<String, Object>> addresses,
            List<Map<String, Object>> phones, List<Map<String, Object>> schedules, List<Map<String, Object>> languages) {
        static LocationView of(LocationDetail detail) {
            LocationDetail shown = detail.withoutAddress();
            return new LocationView(shown.location().fields(), shown.confidential(), fields(shown.addresses()),
                    fields(shown.phones()), fields(shown.schedules()), fields(shown.languages()));
        }
    }

    /** A service and what a caseworker needs to refer to it. */
    public record ServiceView(Map<String, Object> service, Map<String, Object> organization,
            List<Map<String, Object>> serviceAtLocations, List<LocationView> locations, List<Map<String, Object>> phones,
            List<Map<String, Object>> contacts, List<Map<String, Object>> schedules, List<Map<String, Object>> languages,
            List<Map<String, Object>> serviceAreas, List<Eligibility> eligibility, List<TermView> terms) {
        static ServiceView of(ServiceDetail d, ScreeningDto.Texts texts) {
            return new ServiceView(d.service().fields(), d.organization() == null ? null : d.organization().fields(),
                    fields(d.serviceAtLocations()), d.locations().stream().map(LocationView::of).toList(), fields(d.phones()),
                    fields(d.contacts()), fields(d.schedules()), fields(d.languages()), fields(d.serviceAreas()), d.eligibility(),
                    d.terms().stream().map(t -> TermView.of(t, texts)).toList());
        }
    }

    public record ImportRunView(long id, String source, String format, String importedBy, String importedAt, int inserted,
            int updated) {
        static ImportRunView of(ImportRun run) {
            return new ImportRunView(run.id(), run.source(), run.format(), run.importedBy(), Dto.iso(run.importedAt()),
                    run.inserted(), run.updated());
        }
    }

    /** One reason an import was refused, with its text in the reply's language. */
    public record ProblemView(String file, int row, String path, String field, String code, String message) {
        static ProblemView of(ImportProblem p, ScreeningDto.Texts texts) {
            String message = texts.messages().has(p.reason())
                    ? texts.messages().get(texts.language(), p.reason(), p.arguments().toArray())
                    : p.reason();
            return new ProblemView(p.file(), p.row(), p.path(), p.field(), p.reason(), message);
        }
    }

    /** The outcome of an import: {@code stored} false and the problems when it was refused (nothing was stored). */
    public record ImportReportView(boolean stored, long importId, String source, Map<String, Integer> inserted,
            Map<String, Integer> updated, List<ProblemView> problems) {
        static ImportReportView of(ImportReport r, ScreeningDto.Texts texts) {
            return new ImportReportView(r.stored(), r.importId(), r.source(), new TreeMap<>(r.inserted()),
                    new TreeMap<>(r.updated()), r.problems().stream().map(p -> ProblemView.of(p, texts)).toList());
        }
    }

    /**
     * An import: {@code format} {@code json} with the HSDS {@code kind} of the objects in
     * {@code document} (one object, an array, or a page with {@code contents}), or {@code datapackage}
     * with {@code archive}, a zip of the CSV datapackage encoded in base64. {@code label} names the
     * source in the import's provenance.
     */
    public record ImportRequest(String format, String kind, String label, JsonNode document, String archive) {
    }

    private static List<Map<String, Object>> fields(List<HsdsRecord> records) {
        List<Map<String, Object>> result = new ArrayList<>(records.size());
        for (HsdsRecord r : records) {
            result.add(r.fields());
        }
        return result;
    }
}
