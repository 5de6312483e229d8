package org.amparo.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.amparo.countries.Confidence;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.NationalQuestion;
import org.amparo.countries.PackState;
import org.amparo.countries.PackStatus;
import org.amparo.countries.Pathway;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /app/country}, for every signed-in user: what the active country packs say (the country,
 * its languages, age of majority, coordinating body, hotlines, laws and provisions, referral
 * pathways, national screening questions) with the evidence of every fact next to it, and a
 * search over the pack's administrative divisions that shows one page at a time. A fact that is not
 * verified against a source carries a visible "not verified" label; a fictional pack a banner.
 * Texts of the pack are message keys, shown in the user's language; official law titles, numbers,
 * citations and place names are shown verbatim with their language or {@code dir="auto"}.
 */
@Component(service = Page.class)
public final class CountryPage implements Page {
    static final int DIVISIONS_PER_PAGE = 20;
    static final int MAX_QUERY = 100;
    static final Set<String> TOPICS = Set.of("identification-authority", "reflection-period", "residence",
            "non-punishment", "shelter", "legal-aid", "offence", "coordination", "child-protection", "return", "other");
    static final Set<String> DATE_KINDS = Set.of("adopted", "promulgated", "published", "in-force");
    static final Set<String> CASE_TYPES = Set.of("trafficking", "smuggling", "child", "other-vulnerable");
    static final Set<String> INSTRUMENTS = Set.of("trafficking-identification", "vulnerability", "smuggling", "child");
    static final Set<String> ANSWER_TYPES = Set.of("yes-no", "single-choice", "multiple-choice", "text", "number", "date");
    static final Set<String> SECTIONS = Set.of("general", "languages", "hotlines", "laws", "pathways", "questions",
            "divisions");

    private final CountryPacks packs;

    @Activate
    public CountryPage(@Reference CountryPacks packs) {
        this.packs = packs;
    }

    @Override
    public String path() {
        return "country";
    }

    @Override
    public String titleKey() {
        return "web.country.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<String> roles() {
        return Set.of();
    }

    @Override
    public PageResult handle(PageRequest request) {
        if (!request.subPath().isEmpty()) {
            return PageResult.status(404, "<p>" + Html.escape(request.text("web.error.notFound.text")) + "</p>");
        }
        List<PackStatus> all = packs.packs();
        List<Country> countries = new ArrayList<>();
        for (PackStatus status : all) {
            if (status.state() == PackState.ACTIVE && status.code() != null) {
                packs.country(status.code()).ifPresent(countries::add);
            }
        }
        StringBuilder html = new StringBuilder(16384);
        long refused = all.stream().filter(s -> s.state() == PackState.REFUSED).count();
        if (countries.isEmpty()) {
            html.append("<div class=\"notice\" role=\"status\" id=\"country-none\"><p>")
                    .append(Html.escape(request.text("web.country.none"))).append("</p></div>\n");
        }
        if (refused > 0) {
            html.append("<div class=\"error\" role=\"status\" id=\"country-refused\"><p>")
                    .append(Html.escape(request.text("web.country.refused", refused))).append("</p></div>\n");
        }
        for (Country country : countries) {
            country(request, html, country, countries.size() == 1);
        }
        return PageResult.ok(html.toString());
    }

    private void country(PageRequest request, StringBuilder html, Country country, boolean only) {
        String code = country.code();
        html.append("<section class=\"country-pack\" id=\"country-").append(Html.escape(code))
                .append("\" data-country=\"").append(Html.escape(code)).append("\" aria-labelledby=\"country-")
                .append(Html.escape(code)).append("-name\">\n");
        if (country.fictional()) {
            html.append("<div class=\"fictional-banner\" role=\"note\" id=\"country-").append(Html.escape(code))
                    .append("-fictional\"><strong>").append(Html.escape(request.text("web.country.fictional.title")))
                    .append("</strong> ").append(Html.escape(request.text("web.country.fictional.text"))).append("</div>\n");
        }
        html.append("<h2 id=\"country-").append(Html.escape(code)).append("-name\">")
                .append(packText(request, country.nameKey())).append("</h2>\n")
                .append("<p class=\"pack-version\">")
                .append(Html.escape(request.text("web.country.pack", code, country.version()))).append("</p>\n");
        general(request, html, country);
        languages(request, html, country);
        hotlines(request, html, country);
        laws(request, html, country);
        pathways(request, html, country);
        questions(request, html, country);
        divisions(request, html, country, only);
        html.append("</section>\n");
    }

    private static void heading(PageRequest request, StringBuilder html, Country country, String section) {
        html.append("<h3 id=\"country-").append(Html.escape(country.code())).append('-').append(section).append("\">")
                .append(Html.escape(request.text("web.country.section." + section))).append("</h3>\n");
    }

    private void general(PageRequest request, StringBuilder html, Country country) {
        heading(request, html, country, "general");
        html.append("<dl class=\"facts\">\n");
        html.append("<div class=\"fact\" id=\"fact-majority\"><dt>").append(Html.escape(request.text("web.country.majority")))
                .append("</dt><dd>");
        if (country.ageOfMajority() == null) {
            html.append(Html.escape(request.text("web.country.notStated")));
        } else {
            html.append(Html.escape(request.text("web.country.majority.value", country.ageOfMajority().value())));
            evidence(request, html, country.ageOfMajority().evidence());
        }
        html.append("</dd></div>\n");
        html.append("<div class=\"fact\" id=\"fact-body\"><dt>").append(Html.escape(request.text("web.country.body")))
                .append("</dt><dd>");
        if (country.coordinatingBody() == null) {
            html.append(Html.escape(request.text("web.country.notStated")));
        } else {
            html.append(packText(request, country.coordinatingBody().nameKey()));
            evidence(request, html, country.coordinatingBody().evidence());
        }
        html.append("</dd></div>\n</dl>\n");
    }

    private void languages(PageRequest request, StringBuilder html, Country country) {
        heading(request, html, country, "languages");
        if (country.languages().isEmpty()) {
            html.append("<p>").append(Html.escape(request.text("web.country.notStated"))).append("</p>\n");
            return;
        }
        Locale ui = request.language().toLocale();
        html.append("<ul class=\"fact-list\">\n");
        for (Country.CountryLanguage language : country.languages()) {
            Locale locale = Locale.forLanguageTag(language.tag());
            String shown = locale.getDisplayLanguage(ui);
            String own = locale.getDisplayLanguage(locale);
            html.append("<li class=\"fact\" data-language=\"").append(Html.escape(language.tag())).append("\">")
                    .append(Html.escape(shown.isEmpty() ? language.tag() : shown));
            if (!own.isEmpty() && !own.equals(shown) && !own.equals(language.tag())) {
                html.append(" (<span lang=\"").append(Html.escape(language.tag())).append("\" dir=\"")
                        .append(language.rightToLeft() ? "rtl" : "ltr").append("\">").append(Html.escape(own))
                        .append("</span>)");
            }
            String details = language.official()
                    ? language.rightToLeft() ? "web.country.language.officialRtl" : "web.country.language.official"
                    : language.rightToLeft() ? "web.country.language.notOfficialRtl" : "web.country.language.notOfficial";
            html.append(" – ").append(Html.escape(request.text(details)));
            evidence(request, html, language.evidence());
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void hotlines(PageRequest request, StringBuilder html, Country country) {
        heading(request, html, country, "hotlines");
        if (country.hotlines().isEmpty() && country.hotlinesNoteKey() == null) {
            html.append("<p>").append(Html.escape(request.text("web.country.hotlines.none"))).append("</p>\n");
        }
        if (country.hotlinesNoteKey() != null) {
            html.append("<p class=\"hotlines-note\">").append(packText(request, country.hotlinesNoteKey()))
                    .append("</p>\n");
        }
        if (country.hotlines().isEmpty()) {
            return;
        }
        html.append("<ul class=\"fact-list hotlines\">\n");
        for (Country.Hotline hotline : country.hotlines()) {
            html.append("<li class=\"fact hotline\" id=\"hotline-").append(Html.escape(hotline.id())).append("\"><strong>")
                    .append(packText(request, hotline.nameKey())).append("</strong><br>")
                    .append(Html.escape(request.text("web.country.hotline.number"))).append(' ')
                    .append("<a class=\"phone\" dir=\"ltr\" href=\"tel:")
                    .append(Html.escape(hotline.number().replaceAll("[^0-9+]", ""))).append("\">")
                    .append(Html.escape(hotline.number())).append("</a>");
            if (hotline.hoursKey() != null) {
                html.append("<br>").append(Html.escape(request.text("web.country.hotline.hours"))).append(' ')
                        .append(packText(request, hotline.hoursKey()));
            }
            evidence(request, html, hotline.evidence());
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void laws(PageRequest request, StringBuilder html, Country country) {
        heading(request, html, country, "laws");
        if (country.laws().isEmpty()) {
            html.append("<p>").append(Html.escape(request.text("web.country.laws.none"))).append("</p>\n");
            return;
        }
        for (Law law : country.laws()) {
            html.append("<article class=\"fact law\" id=\"law-").append(Html.escape(law.id())).append("\">\n<h4>");
            lawTitle(html, law);
            html.append("</h4>\n<p class=\"law-meta\">");
            List<String> meta = new ArrayList<>();
            if (law.number() != null && !law.number().isEmpty()) {
                meta.add(Html.escape(request.text("web.country.law.number")) + " <bdi dir=\"ltr\">" + Html.escape(law.number()) + "</bdi>");
            }
            if (law.date() != null) {
                String kind = law.dateKind() != null && DATE_KINDS.contains(law.dateKind())
                        ? request.text("web.country.dateKind." + law.dateKind())
                        : request.text("web.country.law.date");
                meta.add(Html.escape(kind) + " <time dir=\"ltr\" datetime=\"" + law.date() + "\">" + law.date() + "</time>");
            }
            html.append(String.join(" · ", meta)).append("</p>\n");
            if (law.summaryKey() != null) {
                html.append("<p class=\"summary\">").append(packText(request, law.summaryKey())).append("</p>\n");
            }
            evidence(request, html, law.evidence());
            if (!law.provisions().isEmpty()) {
                html.append("<h5>").append(Html.escape(request.text("web.country.provisions"))).append("</h5>\n")
                        .append("<ul class=\"fact-list provisions\">\n");
                for (Law.Provision provision : law.provisions()) {
                    html.append("<li class=\"fact provision\" id=\"provision-").append(Html.escape(law.id())).append('-')
                            .append(Html.escape(provision.id())).append("\"><strong>")
                            .append(Html.escape(topic(request, provision.topic()))).append("</strong> – <bdi>")
                            .append(Html.escape(provision.citation())).append("</bdi>");
                    if (provision.summaryKey() != null) {
                        html.append("<br>").append(packText(request, provision.summaryKey()));
                    }
                    evidence(request, html, provision.evidence());
                    html.append("</li>\n");
                }
                html.append("</ul>\n");
            }
            html.append("</article>\n");
        }
    }

    /**
     * A text of the pack in the user's language, isolated: it may be the English fallback inside a
     * right-to-left page, whose punctuation would otherwise be reordered.
     */
    private static String packText(PageRequest request, String key) {
        return "<bdi>" + Html.escape(request.text(key)) + "</bdi>";
    }

    /** The official title, verbatim, in its own language. */
    private static void lawTitle(StringBuilder html, Law law) {
        html.append("<span class=\"law-title\" dir=\"auto\"");
        if (law.titleLanguage() != null && !law.titleLanguage().isEmpty()) {
            html.append(" lang=\"").append(Html.escape(law.titleLanguage())).append('"');
        }
        html.append('>').append(Html.escape(law.title())).append("</span>");
    }

    private static String topic(PageRequest request, String topic) {
        return topic != null && TOPICS.contains(topic) ? request.text("web.country.topic." + topic) : String.valueOf(topic);
    }

    private void pathways(PageRequest request, StringBuilder html, Country country) {
        heading(request, html, country, "pathways");
        if (country.pathways().isEmpty()) {
            html.append("<p>").append(Html.escape(request.text("web.country.pathways.none"))).append("</p>\n");
            return;
        }
        for (Pathway pathway : country.pathways()) {
            html.append("<article class=\"pathway\" id=\"pathway-").append(Html.escape(pathway.id())).append("\">\n<h4>")
                    .append(packText(request, pathway.titleKey())).append("</h4>\n");
            if (CASE_TYPES.contains(pathway.caseType())) {
                html.append("<p class=\"case-type\">").append(Html.escape(request.text("web.country.caseType",
                        request.text("web.country.caseType." + pathway.caseType())))).append("</p>\n");
            }
            html.append("<ol class=\"steps\">\n");
            for (Pathway.Step step : pathway.steps()) {
                html.append("<li class=\"fact step\" id=\"step-").append(Html.escape(pathway.id())).append('-')
                        .append(Html.escape(step.id())).append("\"><strong>").append(packText(request, step.titleKey()))
                        .append("</strong>");
                if (step.responsibleKey() != null) {
                    html.append("<br>").append(Html.escape(request.text("web.country.step.responsible"))).append(' ')
                            .append(packText(request, step.responsibleKey()));
                }
                html.append("<br><span class=\"deadline\">").append(Html.escape(deadline(request, step))).append("</span>");
                basis(request, html, country, step.basis());
                evidence(request, html, step.evidence());
                html.append("</li>\n");
            }
            html.append("</ol>\n</article>\n");
        }
    }

    static String deadline(PageRequest request, Pathway.Step step) {
        if (step.deadlineDays() == null) {
            return request.text("web.country.deadline.none");
        }
        String key = "previous-step".equals(step.deadlineFrom()) ? "web.country.deadline.fromPrevious"
                : "web.country.deadline.fromIdentification";
        return request.text(key, step.deadlineDays());
    }

    /** Law and provision references, shown as the citation and the law's official title. */
    private static void basis(PageRequest request, StringBuilder html, Country country, List<String> references) {
        if (references.isEmpty()) {
            return;
        }
        html.append("<br><span class=\"basis\">").append(Html.escape(request.text("web.country.basis"))).append(' ');
        boolean first = true;
        for (String reference : references) {
            if (!first) {
                html.append("; ");
            }
            first = false;
            int hash = reference.indexOf('#');
            String lawId = hash < 0 ? reference : reference.substring(0, hash);
            Optional<Law> law = country.laws().stream().filter(l -> l.id().equals(lawId)).findFirst();
            if (law.isEmpty()) {
                html.append("<bdi>").append(Html.escape(reference)).append("</bdi>");
                continue;
            }
            if (hash >= 0) {
                String provisionId = reference.substring(hash + 1);
                law.get().provisions().stream().filter(p -> p.id().equals(provisionId)).findFirst()
                        .ifPresent(p -> html.append("<bdi>").append(Html.escape(p.citation())).append("</bdi> – "));
            }
            html.append("<a href=\"#law-").append(Html.escape(lawId)).append("\">");
            lawTitle(html, law.get());
            html.append("</a>");
        }
        html.append("</span>");
    }

    private void questions(PageRequest request, StringBuilder html, Country country) {
        heading(request, html, country, "questions");
        if (country.questions().isEmpty()) {
            html.append("<p>").append(Html.escape(request.text("web.country.questions.none"))).append("</p>\n");
            return;
        }
        html.append("<p>").append(Html.escape(request.text("web.country.questions.intro"))).append("</p>\n")
                .append("<ul class=\"fact-list questions\">\n");
        for (NationalQuestion question : country.questions()) {
            html.append("<li class=\"fact question\" id=\"question-").append(Html.escape(question.id())).append("\"><strong>")
                    .append(packText(request, question.textKey())).append("</strong>");
            if (question.helpKey() != null) {
                html.append("<br><span class=\"help\">").append(packText(request, question.helpKey())).append("</span>");
            }
            List<String> meta = new ArrayList<>();
            if (INSTRUMENTS.contains(question.instrument())) {
                meta.add(request.text("web.country.instrument", request.text("web.country.instrument." + question.instrument())));
            }
            if (ANSWER_TYPES.contains(question.answerType())) {
                meta.add(request.text("web.country.answerType", request.text("web.country.answerType." + question.answerType())));
            }
            if (!meta.isEmpty()) {
                html.append("<br><span class=\"question-meta\">").append(Html.escape(String.join(" · ", meta))).append("</span>");
            }
            if (!question.options().isEmpty()) {
                html.append("<ul class=\"options\">");
                for (NationalQuestion.Option option : question.options()) {
                    html.append("<li>").append(packText(request, option.labelKey())).append("</li>");
                }
                html.append("</ul>");
            }
            basis(request, html, country, question.basis());
            evidence(request, html, question.evidence());
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void divisions(PageRequest request, StringBuilder html, Country country, boolean only) {
        heading(request, html, country, "divisions");
        if (country.divisions() == 0) {
            html.append("<p>").append(Html.escape(request.text("web.country.divisions.none"))).append("</p>\n");
            return;
        }
        String code = country.code();
        String requested = request.parameter("country").orElse("").strip();
        boolean forThis = requested.isEmpty() ? only : requested.equalsIgnoreCase(code);
        String query = forThis ? request.parameter("q").map(String::strip).orElse(null) : null;
        String parent = forThis ? request.parameter("parent").map(String::strip).filter(p -> !p.isEmpty()).orElse(null) : null;
        String error = query != null && query.length() > MAX_QUERY ? request.text("web.country.divisions.tooLong", MAX_QUERY) : null;
        Optional<Division> parentDivision = parent == null || parent.length() > 200 ? Optional.empty()
                : packs.division(code, parent).filter(d -> !d.withdrawn());
        if (parent != null && parentDivision.isEmpty()) {
            error = request.text("web.country.divisions.noParent");
        }

        String id = "division-" + code.toLowerCase(Locale.ROOT);
        html.append("<p>").append(Html.escape(request.text("web.country.divisions.count", country.divisions()))).append("</p>\n")
                .append("<form class=\"form division-search\" method=\"get\" action=\"/app/country\" role=\"search\" id=\"")
                .append(id).append("-search\">\n")
                .append("<input type=\"hidden\" name=\"country\" value=\"").append(Html.escape(code)).append("\">\n");
        if (parentDivision.isPresent()) {
            html.append("<input type=\"hidden\" name=\"parent\" value=\"").append(Html.escape(parentDivision.get().id()))
                    .append("\">\n");
        }
        html.append(Forms.input(id + "-q", "q", request.text("web.country.divisions.query"), "search",
                        query == null ? "" : query, error, "off", false))
                .append("<button type=\"submit\" id=\"").append(id).append("-submit\">")
                .append(Html.escape(request.text("web.country.divisions.submit"))).append("</button>\n</form>\n");
        if (parentDivision.isPresent()) {
            html.append("<p class=\"division-parent\">").append(Html.escape(request.text("web.country.divisions.inside")))
                    .append(' ').append(divisionName(request, parentDivision.get())).append(" – <a href=\"")
                    .append(Html.escape(searchHref(code, query, null, 1))).append("\" id=\"").append(id).append("-all\">")
                    .append(Html.escape(request.text("web.country.divisions.clearParent"))).append("</a></p>\n");
        }
        if (error != null || (query == null || query.isEmpty()) && parentDivision.isEmpty()) {
            return; // never the whole list: a search needs words or a parent
        }
        int page = pageNumber(request.parameter("page"));
        DivisionPage result = packs.divisions(code, query == null ? "" : query, parentDivision.map(Division::id).orElse(null),
                (page - 1) * DIVISIONS_PER_PAGE, DIVISIONS_PER_PAGE);
        List<Division> items = result.items().size() > DIVISIONS_PER_PAGE
                ? result.items().subList(0, DIVISIONS_PER_PAGE) : result.items();
        if (items.isEmpty()) {
            html.append("<p class=\"empty\" id=\"").append(id).append("-empty\">")
                    .append(Html.escape(request.text("web.country.divisions.empty"))).append("</p>\n");
        } else {
            int first = (page - 1) * DIVISIONS_PER_PAGE + 1;
            html.append("<p id=\"").append(id).append("-shown\">").append(Html.escape(request.text("web.country.divisions.shown",
                    first, first + items.size() - 1))).append("</p>\n")
                    .append("<ol class=\"division-list\" start=\"").append(first).append("\">\n");
            for (Division division : items) {
                html.append("<li class=\"division\" data-division=\"").append(Html.escape(division.id())).append("\">")
                        .append("<strong>").append(divisionName(request, division)).append("</strong>");
                int level = division.level();
                if (level >= 1 && level <= country.divisionLevelKeys().size()) {
                    html.append(" <span class=\"division-level\">(")
                            .append(packText(request, country.divisionLevelKeys().get(level - 1))).append(")</span>");
                }
                if (!division.path().isEmpty()) {
                    html.append("<br><span class=\"division-path\">")
                            .append(Html.escape(request.text("web.country.divisions.path"))).append(' ');
                    for (int i = 0; i < division.path().size(); i++) {
                        if (i > 0) {
                            html.append(" › ");
                        }
                        html.append("<bdi dir=\"auto\">").append(Html.escape(division.path().get(i))).append("</bdi>");
                    }
                    html.append("</span>");
                }
                if (level < country.divisionLevelKeys().size()) {
                    html.append("<br><a href=\"").append(Html.escape(searchHref(code, null, division.id(), 1))).append("\">")
                            .append(Html.escape(request.text("web.country.divisions.children"))).append("</a>");
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n");
        }
        if (page > 1 || result.more()) {
            String parentId = parentDivision.map(Division::id).orElse(null);
            html.append("<nav class=\"pager\" aria-label=\"").append(Html.escape(request.text("web.pager.label"))).append("\">\n");
            if (page > 1) {
                html.append("<a href=\"").append(Html.escape(searchHref(code, query, parentId, page - 1)))
                        .append("\" id=\"").append(id).append("-previous\" rel=\"prev\">")
                        .append(Html.escape(request.text("web.pager.previous"))).append("</a>\n");
            }
            if (result.more()) {
                html.append("<a href=\"").append(Html.escape(searchHref(code, query, parentId, page + 1)))
                        .append("\" id=\"").append(id).append("-next\" rel=\"next\">")
                        .append(Html.escape(request.text("web.pager.next"))).append("</a>\n");
            }
            html.append("</nav>\n");
        }
    }

    /** The division's name in the user's language if the pack has one, else as the pack gives it first. */
    private static String divisionName(PageRequest request, Division division) {
        String tag = request.language().value();
        String language = request.language().language();
        String name = division.names().get(tag);
        String lang = tag;
        if (name == null) {
            name = division.names().get(language);
            lang = language;
        }
        if (name == null) {
            return "<bdi dir=\"auto\">" + Html.escape(division.name()) + "</bdi>";
        }
        return "<bdi lang=\"" + Html.escape(lang) + "\" dir=\"auto\">" + Html.escape(name) + "</bdi>";
    }

    /** A link to a division search page; not escaped for HTML yet. */
    static String searchHref(String code, String query, String parentId, int page) {
        StringBuilder href = new StringBuilder("/app/country?country=").append(encode(code));
        if (query != null && !query.isEmpty()) {
            href.append("&q=").append(encode(query));
        }
        if (parentId != null) {
            href.append("&parent=").append(encode(parentId));
        }
        if (page > 1) {
            href.append("&page=").append(page);
        }
        href.append("#division-").append(code.toLowerCase(Locale.ROOT)).append("-search");
        return href.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page number from untrusted input: 1 to 100000, anything else 1. */
    static int pageNumber(Optional<String> requested) {
        String text = requested.orElse("").strip();
        if (text.matches("[0-9]{1,6}")) {
            int page = Integer.parseInt(text);
            return page < 1 ? 1 : Math.min(page, 100_000);
        }
        return 1;
    }

    /**
     * What a fact rests on: a badge with its confidence (verified, partly verified, general
     * knowledge, uncertain), the sources as links, when it was last checked, and the caveat.
     */
    static void evidence(PageRequest request, StringBuilder html, Evidence evidence) {
        if (evidence == null) {
            return;
        }
        Confidence confidence = evidence.confidence();
        String level = confidence.name();
        html.append("<div class=\"evidence ").append(confidence.verified() ? "fact-verified" : "fact-unverified")
                .append(" confidence-").append(level.toLowerCase(Locale.ROOT)).append("\" data-confidence=\"").append(level)
                .append("\">");
        html.append("<span class=\"badge\" title=\"").append(Html.escape(request.text("web.country.confidence.title", level)))
                .append("\">").append(Html.escape(request.text("web.country.confidence." + level))).append("</span>");
        if (evidence.verifiedOn() != null) {
            html.append(" <span class=\"verified-on\">").append(Html.escape(request.text("web.country.verifiedOn")))
                    .append(" <time dir=\"ltr\" datetime=\"").append(evidence.verifiedOn()).append("\">").append(evidence.verifiedOn())
                    .append("</time></span>");
        }
        if (evidence.noteKey() != null) {
            html.append("<p class=\"evidence-note\">").append(packText(request, evidence.noteKey())).append("</p>");
        }
        List<String> links = evidence.sources().stream().filter(CountryPage::isWebAddress).toList();
        if (!links.isEmpty()) {
            html.append("<p class=\"sources\">").append(Html.escape(request.text("web.country.sources"))).append("</p><ul class=\"sources\">");
            for (String source : links) {
                html.append("<li><a href=\"").append(Html.escape(source))
                        .append("\" rel=\"noopener noreferrer\" target=\"_blank\" dir=\"ltr\">").append(Html.escape(source))
                        .append("</a></li>");
            }
            html.append("</ul>");
        }
        html.append("</div>");
    }

    private static boolean isWebAddress(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
