package org.amparo.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Pathway;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Instruments;
import org.amparo.standards.Evidence;
import org.amparo.standards.Facet;
import org.amparo.standards.Facets;
import org.amparo.standards.Highlight;
import org.amparo.standards.ItemType;
import org.amparo.standards.LanguageVersion;
import org.amparo.standards.Library;
import org.amparo.standards.LibraryFilter;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.LibraryPage;
import org.amparo.standards.Place;
import org.amparo.standards.SearchHit;
import org.amparo.standards.SearchPage;
import org.amparo.standards.Section;
import org.amparo.web.api.Html;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;

/**
 * The library's reading pages, the same for signed-in users ({@code /app/library}) and, when a
 * country administrator opened the library, for anyone ({@code /library}): only the base of the
 * links differs. Nothing here reads or shows personal data.
 *
 * <ul>
 * <li>{@code BASE}: browse by type, topic, audience and country (facets with counts) and search;
 * with {@code q} the search results, each with its passage and {@code <mark>} around the matched words.</li>
 * <li>{@code BASE/item/<id>}: one item: sections, source, language versions, last review, and where
 * the platform applies it.</li>
 * <li>{@code BASE/why/<place key>}: the standards behind a place ({@link Place#key()}).</li>
 * </ul>
 *
 * <p>Stable element ids: {@code library-search}, {@code library-q}, {@code library-search-submit},
 * {@code facet-type-CODE}, {@code facet-topic-CODE}, {@code facet-audience-CODE},
 * {@code facet-country-CODE}, {@code library-filter-clear}, {@code library-items},
 * {@code item-ID} (link to an item), {@code library-empty}, {@code search-results}, {@code hit-N}
 * (N from 1), {@code library-no-results}, {@code library-next}, {@code library-previous};
 * item page: {@code library-item}, {@code item-fictional}, {@code item-own-words},
 * {@code section-ID}, {@code item-source}, {@code item-languages}, {@code item-reviewed},
 * {@code item-evidence}, {@code item-applied}, {@code place-N} (N from 1), {@code print-page};
 * "why" page: {@code why-place}, {@code why-items}, {@code why-none}.
 */
final class LibraryView {
    static final int PAGE = 20;

    private final Library library;
    private final Messages messages;
    private final Supplier<Instruments> instruments;
    private final Supplier<CountryPacks> packs;

    LibraryView(Library library, Messages messages, Supplier<Instruments> instruments, Supplier<CountryPacks> packs) {
        this.library = library;
        this.messages = messages;
        this.instruments = instruments;
        this.packs = packs;
    }

    /** Answers {@code subPath} (after the base, no leading slash); {@code extraTop} goes above a browse page. */
    PageResult handle(PageRequest request, String base, String subPath, String extraTop) {
        if (subPath.isEmpty()) {
            return PageResult.ok(extraTop + browse(request, base));
        }
        if (subPath.startsWith("item/")) {
            return PageResult.ok(item(request, base, subPath.substring("item/".length())));
        }
        if (subPath.startsWith("why/")) {
            return PageResult.ok(why(request, base, subPath.substring("why/".length())));
        }
        throw new NotFoundException();
    }

    // ---- browse and search

    private String browse(PageRequest request, String base) {
        String q = param(request, "q");
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        LibraryFilter filter = filter(request);
        int offset = offset(request);
        StringBuilder html = new StringBuilder(16384);
        html.append("<p class=\"explain\">").append(Html.escape(request.text("web.library.explain"))).append("</p>\n");
        html.append("<form class=\"form library-search\" method=\"get\" action=\"").append(base).append("\" id=\"library-search\" role=\"search\">\n")
                .append(Forms.input("library-q", "q", request.text("web.library.search"), "search", q, null, "off", false));
        keep(html, filter);
        html.append("<button type=\"submit\" id=\"library-search-submit\">").append(Html.escape(request.text("web.library.searchSubmit")))
                .append("</button>\n</form>\n");
        facets(request, html, base, q, filter);
        if (!q.isBlank()) {
            results(request, html, base, q, filter, offset);
        } else {
            items(request, html, base, filter, offset);
        }
        return html.toString();
    }

    private static void keep(StringBuilder html, LibraryFilter filter) {
        if (filter.type() != null) {
            html.append(CaseWork.hidden("type", filter.type().code()));
        }
        if (filter.topic() != null) {
            html.append(CaseWork.hidden("topic", filter.topic()));
        }
        if (filter.audience() != null) {
            html.append(CaseWork.hidden("audience", filter.audience()));
        }
        if (filter.country() != null) {
            html.append(CaseWork.hidden("country", filter.country()));
        }
    }

    private void facets(PageRequest request, StringBuilder html, String base, String q, LibraryFilter filter) {
        Facets facets = library.facets();
        html.append("<details class=\"facets\" id=\"library-facets\"").append(filtered(filter) ? " open" : "").append("><summary>")
                .append(Html.escape(request.text("web.library.browse"))).append("</summary>\n");
        facetGroup(request, html, base, q, filter, "type", request.text("web.library.facet.type"), facets.types(), filter.type() == null ? null : filter.type().code());
        facetGroup(request, html, base, q, filter, "topic", request.text("web.library.facet.topic"), facets.topics(), filter.topic());
        facetGroup(request, html, base, q, filter, "audience", request.text("web.library.facet.audience"), facets.audiences(), filter.audience());
        facetGroup(request, html, base, q, filter, "country", request.text("web.library.facet.country"), facets.countries(), filter.country());
        if (filtered(filter)) {
            html.append("<p><a href=\"").append(base).append(q.isBlank() ? "" : "?q=" + url(q)).append("\" id=\"library-filter-clear\">")
                    .append(Html.escape(request.text("web.library.clearFilters"))).append("</a></p>\n");
        }
        html.append("</details>\n");
    }

    private static boolean filtered(LibraryFilter filter) {
        return filter.type() != null || filter.topic() != null || filter.audience() != null || filter.country() != null;
    }

    private void facetGroup(PageRequest request, StringBuilder html, String base, String q, LibraryFilter filter, String name,
            String legend, List<Facet> facets, String chosen) {
        if (facets.isEmpty()) {
            return;
        }
        html.append("<h3>").append(Html.escape(legend)).append("</h3>\n<ul class=\"facet-list\">\n");
        for (Facet facet : facets) {
            LibraryFilter next = with(filter, name, facet.code());
            html.append("<li><a href=\"").append(Html.escape(link(base, q, next, 0))).append("\" id=\"facet-").append(name).append('-')
                    .append(Html.escape(facet.code().toLowerCase(Locale.ROOT))).append('"');
            if (facet.code().equalsIgnoreCase(chosen == null ? "" : chosen)) {
                html.append(" aria-current=\"true\"");
            }
            html.append('>').append(Html.escape(label(request, facet.labelKey(), facet.code()))).append(" <span class=\"count\">")
                    .append(CaseWork.ltr(Integer.toString(facet.count()))).append("</span></a></li>\n");
        }
        html.append("</ul>\n");
    }

    private static LibraryFilter with(LibraryFilter f, String name, String code) {
        return switch (name) {
            case "type" -> new LibraryFilter(f.topic(), f.audience(), f.country(), ItemType.ofCode(code).orElse(null));
            case "topic" -> new LibraryFilter(code, f.audience(), f.country(), f.type());
            case "audience" -> new LibraryFilter(f.topic(), code, f.country(), f.type());
            default -> new LibraryFilter(f.topic(), f.audience(), code, f.type());
        };
    }

    /** A browse or search address with its filter and offset. */
    static String link(String base, String q, LibraryFilter f, int offset) {
        List<String> parts = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            parts.add("q=" + url(q));
        }
        if (f.type() != null) {
            parts.add("type=" + url(f.type().code()));
        }
        if (f.topic() != null) {
            parts.add("topic=" + url(f.topic()));
        }
        if (f.audience() != null) {
            parts.add("audience=" + url(f.audience()));
        }
        if (f.country() != null) {
            parts.add("country=" + url(f.country()));
        }
        if (offset > 0) {
            parts.add("offset=" + offset);
        }
        return parts.isEmpty() ? base : base + "?" + String.join("&", parts);
    }

    private void items(PageRequest request, StringBuilder html, String base, LibraryFilter filter, int offset) {
        LibraryPage page = library.browse(filter, offset, PAGE);
        String language = request.language().value();
        html.append("<h2>").append(Html.escape(request.text("web.library.items", page.total()))).append("</h2>\n");
        if (page.items().isEmpty()) {
            html.append("<p class=\"empty\" id=\"library-empty\">").append(Html.escape(request.text("web.library.none"))).append("</p>\n");
            return;
        }
        html.append("<ul class=\"record-list\" id=\"library-items\">\n");
        for (LibraryItem item : page.items()) {
            html.append("<li><a href=\"").append(base).append("/item/").append(Html.escape(item.id())).append("\" id=\"item-")
                    .append(Html.escape(item.id())).append("\" dir=\"auto\">").append(Html.escape(item.title(language))).append("</a>");
            html.append("<p class=\"meta\">").append(Html.escape(request.text(item.type().labelKey()))).append(" · ")
                    .append(Html.escape(countryLabel(request, item.country())));
            if (item.fictional()) {
                html.append(" · <span class=\"badge badge-warning\">").append(Html.escape(request.text("web.library.fictional"))).append("</span>");
            }
            html.append("</p></li>\n");
        }
        html.append("</ul>\n");
        pager(request, html, base, "", filter, offset, page.total());
    }

    private void results(PageRequest request, StringBuilder html, String base, String q, LibraryFilter filter, int offset) {
        String language = request.language().value();
        SearchPage page = library.search(q, language, filter, offset, PAGE);
        html.append("<h2>").append(Html.escape(request.text("web.library.results", page.total(), q))).append("</h2>\n");
        if (page.hits().isEmpty()) {
            html.append("<p class=\"empty\" id=\"library-no-results\">").append(Html.escape(request.text("web.library.noResults")))
                    .append("</p>\n");
            return;
        }
        html.append("<ol class=\"record-list search-results\" id=\"search-results\">\n");
        int n = offset;
        for (SearchHit hit : page.hits()) {
            n++;
            html.append("<li id=\"hit-").append(n).append("\"><a href=\"").append(base).append("/item/").append(Html.escape(hit.item().id()))
                    .append("#section-").append(Html.escape(hit.section().id())).append("\" dir=\"auto\">")
                    .append(Html.escape(hit.item().title(language))).append(" — ").append(Html.escape(hit.section().heading(language)))
                    .append("</a>\n<p class=\"passage\" lang=\"").append(Html.escape(hit.language())).append("\" dir=\"auto\">")
                    .append(marked(hit.passage(), hit.highlights())).append("</p>");
            if (!hit.language().equals(request.language().language())) {
                html.append("<p class=\"meta\">").append(Html.escape(request.text("web.library.foundIn",
                        CaseWork.languageName(request, hit.language())))).append("</p>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
        pager(request, html, base, q, filter, offset, page.total());
    }

    /** {@code passage} escaped, with {@code <mark>} around each highlight; offsets out of range are ignored. */
    static String marked(String passage, List<Highlight> highlights) {
        StringBuilder out = new StringBuilder(passage.length() + 32);
        int at = 0;
        for (Highlight h : highlights) {
            if (h.start() < at || h.end() > passage.length()) {
                continue;
            }
            out.append(Html.escape(passage.substring(at, h.start()))).append("<mark>")
                    .append(Html.escape(passage.substring(h.start(), h.end()))).append("</mark>");
            at = h.end();
        }
        return out.append(Html.escape(passage.substring(at))).toString();
    }

    private static void pager(PageRequest request, StringBuilder html, String base, String q, LibraryFilter filter, int offset, int total) {
        if (offset == 0 && total <= PAGE) {
            return;
        }
        html.append("<nav class=\"pager\">");
        if (offset > 0) {
            html.append("<a href=\"").append(Html.escape(link(base, q, filter, Math.max(0, offset - PAGE))))
                    .append("\" id=\"library-previous\">").append(Html.escape(request.text("web.pager.previous"))).append("</a> ");
        }
        if (offset + PAGE < total) {
            html.append("<a href=\"").append(Html.escape(link(base, q, filter, offset + PAGE))).append("\" id=\"library-next\">")
                    .append(Html.escape(request.text("web.pager.next"))).append("</a>");
        }
        html.append("</nav>\n");
    }

    // ---- one item

    private String item(PageRequest request, String base, String id) {
        LibraryItem item = library.item(id).orElseThrow(NotFoundException::new);
        String language = request.language().value();
        StringBuilder html = new StringBuilder(16384);
        html.append("<article class=\"library-item\" id=\"library-item\">\n<p class=\"no-print\"><a href=\"").append(base)
                .append("\" id=\"back-to-library\">").append(Html.escape(request.text("web.library.back"))).append("</a></p>\n")
                .append("<h2 dir=\"auto\">").append(Html.escape(item.title(language))).append("</h2>\n<p class=\"meta\">")
                .append(Html.escape(request.text(item.type().labelKey()))).append(" · ").append(Html.escape(countryLabel(request, item.country())))
                .append("</p>\n");
        if (item.fictional()) {
            html.append("<p class=\"badge badge-warning\" id=\"item-fictional\">").append(Html.escape(request.text("web.library.fictional")))
                    .append("</p>\n");
        }
        if (item.type() != ItemType.NATIONAL_LAW) {
            html.append("<p class=\"hint\" id=\"item-own-words\">").append(Html.escape(request.text("web.library.ownWords"))).append("</p>\n");
        }
        Optional<LanguageVersion> shown = item.language(request.language().language());
        if (shown.isEmpty()) {
            html.append("<p class=\"hint\">").append(Html.escape(request.text("web.library.notInYourLanguage"))).append("</p>\n");
        } else if (shown.get().unofficialTranslation()) {
            html.append("<p class=\"hint\">").append(Html.escape(request.text("web.library.unofficialShown"))).append("</p>\n");
        }
        printButton(request, html);
        for (Section section : item.sections()) {
            html.append("<section class=\"library-section\" id=\"section-").append(Html.escape(section.id())).append("\">\n<h3 dir=\"auto\">")
                    .append(Html.escape(section.heading(language))).append("</h3>\n");
            if (section.citation() != null && !section.citation().isBlank()) {
                html.append("<p class=\"meta citation\">").append(Html.escape(request.text("web.library.citation", section.citation())))
                        .append("</p>\n");
            }
            for (String paragraph : section.text(language).split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    html.append("<p dir=\"auto\">").append(Html.escape(paragraph.strip())).append("</p>\n");
                }
            }
            if (section.evidence() != null) {
                evidence(request, html, section.evidence(), null);
            }
            html.append("</section>\n");
        }
        html.append("<h3>").append(Html.escape(request.text("web.library.about"))).append("</h3>\n<dl class=\"facts\">\n");
        source(request, html, item);
        html.append("<div id=\"item-languages\"><dt>").append(Html.escape(request.text("web.library.languages"))).append("</dt><dd><ul>");
        for (LanguageVersion version : item.languages()) {
            html.append("<li>").append(Html.escape(CaseWork.languageName(request, version.language())));
            if (version.unofficialTranslation()) {
                html.append(" <span class=\"badge\">").append(Html.escape(request.text("web.library.unofficialTranslation"))).append("</span>");
            }
            html.append("</li>");
        }
        html.append("</ul></dd></div>\n<div id=\"item-reviewed\"><dt>").append(Html.escape(request.text("web.library.lastReviewed")))
                .append("</dt><dd>").append(Html.escape(item.lastReviewed() == null ? request.text("web.library.unknown")
                        : CaseWork.date(item.lastReviewed()))).append("</dd></div>\n")
                .append("<div><dt>").append(Html.escape(request.text("web.library.version"))).append("</dt><dd>")
                .append(Html.escape(CaseWork.ltr(item.version()))).append("</dd></div>\n");
        evidence(request, html, item.evidence(), "item-evidence");
        html.append("</dl>\n");
        applied(request, html, base, library.appliedIn(item.id()));
        html.append("</article>\n");
        return html.toString();
    }

    static void printButton(PageRequest request, StringBuilder html) {
        html.append("<p class=\"no-print\"><button type=\"button\" class=\"secondary\" id=\"print-page\" data-print>")
                .append(Html.escape(request.text("web.library.print"))).append("</button></p>\n")
                .append("<script src=\"/static/print.js\" defer></script>\n");
    }

    private void source(PageRequest request, StringBuilder html, LibraryItem item) {
        var s = item.source();
        html.append("<div id=\"item-source\"><dt>").append(Html.escape(request.text("web.library.source"))).append("</dt><dd dir=\"auto\">");
        List<String> parts = new ArrayList<>();
        if (s.title() != null) {
            parts.add(Html.escape(s.title()));
        }
        if (s.organisation() != null) {
            parts.add(Html.escape(s.organisation()));
        }
        if (s.year() != null) {
            parts.add(Html.escape(CaseWork.ltr(s.year().toString())));
        }
        html.append(parts.isEmpty() ? Html.escape(request.text("web.library.unknown")) : String.join(" · ", parts));
        if (s.link() != null && (s.link().startsWith("https://") || s.link().startsWith("http://"))) {
            html.append("<br><a href=\"").append(Html.escape(s.link())).append("\" rel=\"noopener noreferrer\" class=\"source-link\">")
                    .append(Html.escape(request.text("web.library.sourceLink"))).append("</a>");
        }
        html.append("</dd></div>\n");
    }

    private void evidence(PageRequest request, StringBuilder html, Evidence evidence, String id) {
        boolean inList = id != null;
        html.append(inList ? "<div id=\"" + id + "\"><dt>" + Html.escape(request.text("web.library.evidence")) + "</dt><dd>" : "<p class=\"meta\">");
        html.append("<span class=\"badge").append(evidence.verified() ? "" : " badge-warning").append("\">")
                .append(Html.escape(label(request, evidence.labelKey(), evidence.confidence()))).append("</span>");
        if (evidence.noteKey() != null && messages.has(evidence.noteKey())) {
            html.append(' ').append(Html.escape(request.text(evidence.noteKey())));
        }
        if (evidence.verifiedOn() != null) {
            html.append(' ').append(Html.escape(request.text("web.library.checkedOn", CaseWork.date(evidence.verifiedOn()))));
        }
        html.append(inList ? "</dd></div>\n" : "</p>\n");
    }

    private void applied(PageRequest request, StringBuilder html, String base, List<Place> places) {
        html.append("<h3>").append(Html.escape(request.text("web.library.appliedIn"))).append("</h3>\n");
        if (places.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.library.appliedNowhere"))).append("</p>\n");
            return;
        }
        html.append("<ul class=\"record-list\" id=\"item-applied\">\n");
        int n = 0;
        for (Place place : places) {
            n++;
            html.append("<li><a href=\"").append(base).append("/why/").append(Html.escape(place.key())).append("\" id=\"place-").append(n)
                    .append("\">").append(Html.escape(placeName(request, place))).append("</a> <span class=\"meta\">")
                    .append(Html.escape(label(request, place.kindLabelKey(), ""))).append("</span></li>\n");
        }
        html.append("</ul>\n");
    }

    // ---- why this is asked

    private String why(PageRequest request, String base, String key) {
        Place place = Place.parse(key).orElseThrow(NotFoundException::new);
        String language = request.language().value();
        StringBuilder html = new StringBuilder(8192);
        html.append("<section class=\"card\" id=\"why-place\"><p class=\"meta\">").append(Html.escape(label(request, place.kindLabelKey(), "")))
                .append("</p>\n<h2 dir=\"auto\">").append(Html.escape(placeName(request, place))).append("</h2>\n");
        String explanation = placeExplanation(request, place);
        if (!explanation.isEmpty()) {
            html.append("<p dir=\"auto\">").append(Html.escape(explanation)).append("</p>\n");
        }
        html.append("</section>\n<h2>").append(Html.escape(request.text("web.library.why.standards"))).append("</h2>\n");
        List<LibraryItem> items = library.standardsFor(place);
        if (items.isEmpty()) {
            html.append("<p class=\"empty\" id=\"why-none\">").append(Html.escape(request.text("web.library.why.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"record-list\" id=\"why-items\">\n");
            for (LibraryItem item : items) {
                html.append("<li><a href=\"").append(base).append("/item/").append(Html.escape(item.id())).append("\" id=\"item-")
                        .append(Html.escape(item.id())).append("\" dir=\"auto\">").append(Html.escape(item.title(language)))
                        .append("</a><p class=\"meta\">").append(Html.escape(request.text(item.type().labelKey()))).append(" · ")
                        .append(Html.escape(countryLabel(request, item.country()))).append("</p>");
                List<String> headings = new ArrayList<>();
                for (Section section : item.sections()) {
                    if (section.places().contains(place)) {
                        headings.add(section.heading(language));
                    }
                }
                if (!headings.isEmpty()) {
                    html.append("<p dir=\"auto\">").append(Html.escape(String.join(" · ", headings))).append("</p>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<p class=\"no-print\"><a href=\"").append(base).append("\">").append(Html.escape(request.text("web.library.back")))
                .append("</a></p>\n");
        return html.toString();
    }

    /** A place named for people: the question's text, the step's name, the pathway step's title. */
    String placeName(PageRequest request, Place place) {
        if (place instanceof Place.ScreeningQuestion q) {
            Instruments source = instruments.get();
            if (source != null) {
                InstrumentSet set = source.current();
                Optional<String> text = Interviews.question(set, q.questionId()).map(x -> x.textKey()).filter(messages::has)
                        .map(request::text);
                if (text.isPresent()) {
                    return text.get();
                }
            }
            return request.text("web.library.place.question", q.instrumentId(), q.questionId());
        }
        if (place instanceof Place.CaseStep step) {
            return label(request, "web.cases.status." + step.status(), step.status());
        }
        Place.PathwayStep step = (Place.PathwayStep) place;
        CountryPacks source = packs.get();
        if (source != null) {
            Optional<Country> country = source.country(step.country());
            if (country.isPresent()) {
                for (Pathway pathway : country.get().pathways()) {
                    if (pathway.id().equals(step.pathwayId())) {
                        for (Pathway.Step s : pathway.steps()) {
                            if (s.id().equals(step.stepId()) && messages.has(s.titleKey())) {
                                return label(request, pathway.titleKey(), pathway.id()) + " — " + request.text(s.titleKey());
                            }
                        }
                    }
                }
            }
        }
        return request.text("web.library.place.pathway", step.country(), step.pathwayId(), step.stepId());
    }

    private String placeExplanation(PageRequest request, Place place) {
        if (place instanceof Place.CaseStep step) {
            String key = "web.library.caseStep." + step.status();
            return messages.has(key) ? request.text(key) : "";
        }
        if (place instanceof Place.ScreeningQuestion q) {
            Instruments source = instruments.get();
            if (source != null) {
                return source.current().instrument(q.instrumentId()).map(i -> i.titleKey()).filter(messages::has)
                        .map(k -> request.text("web.library.place.inInstrument", request.text(k))).orElse("");
            }
        }
        return "";
    }

    // ---- small helpers

    private String countryLabel(PageRequest request, String country) {
        if (country == null) {
            return label(request, "standards.label.international", LibraryFilter.INTERNATIONAL);
        }
        return CaseWork.countryName(request, country);
    }

    private String label(PageRequest request, String key, String fallback) {
        return key != null && messages.has(key) ? request.text(key) : fallback;
    }

    static LibraryFilter filter(PageRequest request) {
        String type = code(param(request, "type"));
        return new LibraryFilter(code(param(request, "topic")), code(param(request, "audience")), code(param(request, "country")),
                type == null ? null : ItemType.ofCode(type).orElse(null));
    }

    private static String code(String value) {
        return value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}") ? value : null;
    }

    private static int offset(PageRequest request) {
        String text = param(request, "offset");
        return text.matches("[0-9]{1,6}") ? Integer.parseInt(text) : 0;
    }

    private static String param(PageRequest request, String name) {
        return request.parameter(name).orElse("").strip();
    }

    static String url(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
