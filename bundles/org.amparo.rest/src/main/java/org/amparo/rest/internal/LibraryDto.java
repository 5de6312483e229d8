package org.amparo.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.amparo.standards.Evidence;
import org.amparo.standards.Facet;
import org.amparo.standards.Facets;
import org.amparo.standards.Highlight;
import org.amparo.standards.LanguageVersion;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.LibraryPage;
import org.amparo.standards.Place;
import org.amparo.standards.PublicReadingSetting;
import org.amparo.standards.SearchHit;
import org.amparo.standards.SearchPage;
import org.amparo.standards.Section;
import org.amparo.standards.Source;

/**
 * Response and request bodies of the library resources. Texts of items are data by language and
 * travel as maps keyed by language tag; names of types, topics, audiences, countries and confidence
 * tags are resolved to the reply's language, next to their codes.
 */
final class LibraryDto {
    private LibraryDto() {
    }

    /** A code with its name in the reply's language. */
    public record Label(String code, String label) {
        static Label of(String code, String key, ScreeningDto.Texts texts) {
            return new Label(code, texts.of(key));
        }
    }

    public record SourceView(String title, String organisation, Integer year, String link) {
        static SourceView of(Source s) {
            return new SourceView(s.title(), s.organisation(), s.year(), s.link());
        }
    }

    /** What a text rests on; {@code verified} is true only for {@code V}, the rest is shown as not verified. */
    public record EvidenceView(String confidence, String label, boolean verified, List<String> sources, String verifiedOn,
            String note) {
        static EvidenceView of(Evidence e, ScreeningDto.Texts texts) {
            return e == null ? null : new EvidenceView(e.confidence(), texts.of(e.labelKey()), e.verified(), e.sources(),
                    e.verifiedOn() == null ? null : e.verifiedOn().toString(), texts.of(e.noteKey()));
        }
    }

    public record LanguageView(String language, boolean unofficialTranslation) {
        static LanguageView of(LanguageVersion l) {
            return new LanguageView(l.language(), l.unofficialTranslation());
        }
    }

    /** A place of the platform, by its key ({@code screening:child/ch-age-doubt}, {@code case:INTAKE} ...). */
    public record PlaceView(String key, String kind, String kindLabel) {
        static PlaceView of(Place place, ScreeningDto.Texts texts) {
            return new PlaceView(place.key(), place.key().substring(0, place.key().indexOf(':')), texts.of(place.kindLabelKey()));
        }
    }

    /** An item as listed: {@code title} in the reply's language (else English, else any). */
    public record ItemSummary(String id, String version, Label type, String title, List<Label> topics, List<Label> audiences,
            String country, boolean fictional, SourceView source, List<LanguageView> languages, String lastReviewed) {
        static ItemSummary of(LibraryItem item, ScreeningDto.Texts texts) {
            return new ItemSummary(item.id(), item.version(), Label.of(item.type().code(), item.type().labelKey(), texts),
                    item.title(texts.language().value()), topicLabels(item, texts), audienceLabels(item, texts), item.country(),
                    item.fictional(), SourceView.of(item.source()), item.languages().stream().map(LanguageView::of).toList(),
                    item.lastReviewed() == null ? null : item.lastReviewed().toString());
        }
    }

    /** A section in every language the item has. */
    public record SectionView(String id, Map<String, String> heading, Map<String, String> text, String citation,
            EvidenceView evidence, List<PlaceView> places) {
        static SectionView of(Section s, ScreeningDto.Texts texts) {
            return new SectionView(s.id(), new TreeMap<>(s.heading()), new TreeMap<>(s.text()), s.citation(),
                    EvidenceView.of(s.evidence(), texts), s.places().stream().map(p -> PlaceView.of(p, texts)).toList());
        }
    }

    /** An item in full: its titles and sections in every language, what it rests on. */
    public record ItemView(String id, String version, Label type, String title, Map<String, String> titles, List<Label> topics,
            List<Label> audiences, String country, boolean fictional, SourceView source, EvidenceView evidence,
            List<LanguageView> languages, String lastReviewed, List<SectionView> sections) {
        static ItemView of(LibraryItem item, ScreeningDto.Texts texts) {
            return new ItemView(item.id(), item.version(), Label.of(item.type().code(), item.type().labelKey(), texts),
                    item.title(texts.language().value()), new TreeMap<>(item.title()), topicLabels(item, texts), audienceLabels(item, texts),
                    item.country(), item.fictional(), SourceView.of(item.source()), EvidenceView.of(item.evidence(), texts),
                    item.languages().stream().map(LanguageView::of).toList(),
                    item.lastReviewed() == null ? null : item.lastReviewed().toString(),
                    item.sections().stream().map(s -> SectionView.of(s, texts)).toList());
        }
    }

    public record ItemPageView(List<ItemSummary> items, int offset, int limit, long total) {
        static ItemPageView of(LibraryPage page, ScreeningDto.Texts texts) {
            return new ItemPageView(page.items().stream().map(i -> ItemSummary.of(i, texts)).toList(), page.offset(), page.limit(),
                    page.total());
        }
    }

    public record FacetView(String code, String label, int count) {
        static List<FacetView> of(List<Facet> facets, ScreeningDto.Texts texts) {
            return facets.stream().map(f -> new FacetView(f.code(), texts.of(f.labelKey()), f.count())).toList();
        }
    }

    public record FacetsView(List<FacetView> types, List<FacetView> topics, List<FacetView> audiences, List<FacetView> countries) {
        static FacetsView of(Facets f, ScreeningDto.Texts texts) {
            return new FacetsView(FacetView.of(f.types(), texts), FacetView.of(f.topics(), texts), FacetView.of(f.audiences(), texts),
                    FacetView.of(f.countries(), texts));
        }
    }

    /** UTF-16 offsets into {@code passage}, end exclusive. */
    public record HighlightView(int start, int end) {
        static HighlightView of(Highlight h) {
            return new HighlightView(h.start(), h.end());
        }
    }

    /** A matching section: the passage (sentence or heading) to show and the words to mark in it. */
    public record HitView(String itemId, String itemTitle, Label type, String country, boolean fictional, String sectionId,
            String heading, String language, boolean inHeading, String passage, List<HighlightView> highlights, double score) {
        static HitView of(SearchHit hit, ScreeningDto.Texts texts) {
            LibraryItem item = hit.item();
            return new HitView(item.id(), item.title(hit.language()), Label.of(item.type().code(), item.type().labelKey(), texts),
                    item.country(), item.fictional(), hit.section().id(), hit.section().heading(hit.language()), hit.language(),
                    hit.inHeading(), hit.passage(), hit.highlights().stream().map(HighlightView::of).toList(), hit.score());
        }
    }

    public record SearchPageView(String query, List<HitView> hits, int offset, int limit, long total) {
        static SearchPageView of(SearchPage page, ScreeningDto.Texts texts) {
            return new SearchPageView(page.query(), page.hits().stream().map(h -> HitView.of(h, texts)).toList(), page.offset(),
                    page.limit(), page.total());
        }
    }

    /** The items behind a place ("why this is asked"). */
    public record WhyView(PlaceView place, List<ItemSummary> items) {
    }

    public record PublicReadingView(boolean open, String changedBy, String changedAt) {
        static PublicReadingView of(PublicReadingSetting s) {
            return new PublicReadingView(s.open(), s.changedBy(), s.changedAt() == null ? null : Dto.iso(s.changedAt()));
        }
    }

    /** {@code open}: true to open the library, read-only, to people without an account; false to close it. */
    public record PublicReadingRequest(Boolean open) {
    }

    private static List<Label> topicLabels(LibraryItem item, ScreeningDto.Texts texts) {
        return item.topics().stream().map(t -> Label.of(t, "standards.topic." + t, texts)).toList();
    }

    private static List<Label> audienceLabels(LibraryItem item, ScreeningDto.Texts texts) {
        return item.audiences().stream().map(a -> Label.of(a, "standards.audience." + a, texts)).toList();
    }
}
