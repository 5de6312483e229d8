package org.amparo.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.amparo.cases.Actor;
import org.amparo.cases.AgeAssessment;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseView;
import org.amparo.cases.Consent;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Document;
import org.amparo.cases.DuplicateCandidate;
import org.amparo.cases.Location;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.PersonService;
import org.amparo.common.ConflictException;
import org.amparo.common.Messages;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.security.UserService;
import org.amparo.web.api.Html;
import org.amparo.web.api.Page;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /app/persons/new} (registration, see {@link PersonRegistration}) and
 * {@code /app/persons/<id>}: a registered person's summary (names, sex, ages and the child flag,
 * nationality, languages, documents, location with a marker when the place was withdrawn from the
 * country pack, contact), their consent decisions with a button to record a withdrawal, their
 * possible duplicates on demand, their cases, and a form that opens a case with flags. The
 * services decide who may see what; a refusal is the shell's 403 page. Only ids go in addresses.
 *
 * <p>Stable element ids (person page): {@code person-summary}, {@code child-flag},
 * {@code location-withdrawn}, {@code consents}, {@code withdraw-PURPOSE} (e.g.
 * {@code withdraw-REFERRAL}), {@code show-duplicates}, {@code duplicates}, {@code duplicate-ID},
 * {@code person-cases}, {@code flag-FLAG} (e.g. {@code flag-SMUGGLED_MIGRANT}),
 * {@code open-case-submit}, {@code person-notice}. Registration ids: see {@link PersonRegistration}.
 */
@Component(service = Page.class)
public final class PersonsPage implements Page {
    static final Map<String, String> NOTICES = Map.of(
            "registered", "web.persons.done.registered",
            "withdrawn", "web.persons.done.withdrawn",
            "merged", "web.persons.done.merged",
            "updated", "web.persons.done.updated",
            "mergeUndone", "web.persons.done.mergeUndone");

    private final PersonService persons;
    private final CaseService cases;
    private final UserService users;
    private final CountryPacks packs;
    private final Messages messages;
    private final PersonRegistration registration;

    @Activate
    public PersonsPage(@Reference PersonService persons, @Reference CaseService cases, @Reference UserService users,
            @Reference CountryPacks packs, @Reference Messages messages) {
        this.persons = persons;
        this.cases = cases;
        this.users = users;
        this.packs = packs;
        this.messages = messages;
        this.registration = new PersonRegistration(persons, packs, messages);
    }

    @Override
    public String path() {
        return "persons";
    }

    @Override
    public String titleKey() {
        return "web.persons.title";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public Set<String> roles() {
        return CaseWork.ROLES;
    }

    @Override
    public boolean inNavigation() {
        return false;
    }

    @Override
    public PageResult handle(PageRequest request) {
        Actor actor = CaseWork.actor(request, users);
        if ("new".equals(request.subPath())) {
            return registration.handle(request, actor);
        }
        if (request.subPath().isEmpty()) {
            return PageResult.redirect("/app/cases");
        }
        if (request.subPath().endsWith("/edit")) {
            String idText = request.subPath().substring(0, request.subPath().length() - "/edit".length());
            return registration.edit(request, actor, CaseWork.id(idText));
        }
        long id = CaseWork.id(request.subPath());
        if ("POST".equals(request.method())) {
            return change(request, actor, id);
        }
        String notice = request.parameter("done").map(NOTICES::get).map(request::text).orElse(null);
        return PageResult.ok(render(request, actor, id, notice, null, "on".equals(request.parameter("duplicates").orElse(""))));
    }

    private PageResult change(PageRequest request, Actor actor, long id) {
        String op = request.parameter("op").orElse("");
        try {
            switch (op) {
                case "withdraw" -> {
                    ConsentPurpose purpose = null;
                    for (ConsentPurpose p : ConsentPurpose.values()) {
                        if (p.name().equals(request.parameter("purpose").orElse(""))) {
                            purpose = p;
                        }
                    }
                    if (purpose == null) {
                        return PageResult.status(400, render(request, actor, id, null,
                                request.text("web.persons.error.unknownAction"), false));
                    }
                    persons.withdrawConsent(actor, id, purpose, LocalDate.now());
                    return PageResult.redirect("/app/persons/" + id + "?done=withdrawn");
                }
                case "open" -> {
                    Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
                    for (CaseFlag flag : CaseFlag.values()) {
                        if (request.parameter("flag." + flag.name()).isPresent()) {
                            flags.add(flag);
                        }
                    }
                    CaseView opened = cases.open(actor, id, flags);
                    return PageResult.redirect("/app/cases/" + opened.id() + "?done=opened");
                }
                case "merge" -> {
                    long mergedId = CaseWork.id(request.parameter("mergedId").orElse(""));
                    persons.merge(actor, id, mergedId, request.parameter("reason").orElse(""));
                    return PageResult.redirect("/app/persons/" + id + "?done=merged");
                }
                case "undoMerge" -> {
                    persons.undoMerge(actor, CaseWork.id(request.parameter("mergeId").orElse("")));
                    return PageResult.redirect("/app/persons/" + id + "?done=mergeUndone");
                }
                default -> {
                    return PageResult.status(400, render(request, actor, id, null,
                            request.text("web.persons.error.unknownAction"), false));
                }
            }
        } catch (org.amparo.common.ValidationException e) {
            String errors = e.errors().stream().map(error -> request.text(error.messageKey(), error.arguments().toArray()))
                    .collect(java.util.stream.Collectors.joining(" "));
            return PageResult.status(400, render(request, actor, id, null, errors, "merge".equals(op)));
        } catch (ConflictException e) {
            return PageResult.status(409, render(request, actor, id, null,
                    request.text(e.messageKey(), e.arguments().toArray()), false));
        }
    }

    private String render(PageRequest request, Actor actor, long id, String notice, String error, boolean duplicates) {
        Person person = persons.get(actor, id);
        PersonDetails d = person.details();
        StringBuilder html = new StringBuilder(8192);
        if (notice != null) {
            html.append("<div class=\"notice\" role=\"status\" id=\"person-notice\"><p>").append(Html.escape(notice))
                    .append("</p></div>\n");
        }
        if (error != null) {
            html.append(Forms.error(error));
        }
        html.append("<h2>").append(Html.escape(displayName(d))).append("</h2>\n");
        if (person.child()) {
            html.append("<p class=\"badge badge-child\" id=\"child-flag\">").append(Html.escape(request.text("web.persons.child")))
                    .append("</p>\n");
        }
        html.append("<dl class=\"facts\" id=\"person-summary\">\n");
        List<String> names = new ArrayList<>();
        for (Name name : d.names()) {
            names.add(name.latin().isEmpty() || name.latin().equals(name.original()) ? name.original()
                    : name.original() + " (" + name.latin() + ")");
        }
        CaseWork.fact(html, request.text("web.persons.names"), String.join(" · ", names));
        CaseWork.fact(html, request.text("web.persons.sex"), d.sex() == null ? "" : request.text("web.persons.sex." + d.sex().name()));
        if (!d.genderIdentity().isEmpty()) {
            CaseWork.fact(html, request.text("web.persons.genderIdentity"), d.genderIdentity());
        }
        if (d.dateOfBirth() != null) {
            CaseWork.fact(html, request.text("web.persons.dob"), d.dateOfBirthEstimated()
                    ? request.text("web.persons.dob.estimate", d.dateOfBirth().toString()) : d.dateOfBirth().toString());
        }
        if (d.claimedAge() != null) {
            CaseWork.fact(html, request.text("web.persons.claimedAge"), d.claimedAge().toString());
        }
        if (d.documentedDateOfBirth() != null) {
            CaseWork.fact(html, request.text("web.persons.documentedDob"), d.documentedDateOfBirth().toString());
        }
        AgeAssessment assessed = d.assessedAge();
        if (assessed != null) {
            CaseWork.fact(html, request.text("web.persons.assessed"), request.text("web.persons.assessed.summary",
                    assessed.minimumAge(), assessed.maximumAge(), CaseWork.date(assessed.assessedOn()), assessed.method(),
                    assessed.assessedBy()));
        }
        CaseWork.fact(html, request.text("web.persons.nationality"), d.nationality().isEmpty()
                ? request.text("web.persons.nationality.unknown") : CaseWork.countryName(request, d.nationality()));
        if (!d.languages().isEmpty()) {
            CaseWork.fact(html, request.text("web.persons.languages"),
                    d.languages().stream().map(t -> CaseWork.languageName(request, t)).collect(Collectors.joining(", ")));
        }
        for (Document document : d.documents()) {
            String type = DOCUMENT_TYPE_KEYS.contains(document.type())
                    ? request.text("web.persons.document.type." + document.type()) : document.type();
            CaseWork.fact(html, request.text("web.persons.document"),
                    type + " – " + request.text("web.persons.holder." + document.heldBy().name()));
        }
        location(request, html, person.location());
        if (!d.contact().isEmpty()) {
            CaseWork.fact(html, request.text("web.persons.contact"), d.contact());
        }
        CaseWork.fact(html, request.text("web.persons.registered"),
                request.text("web.persons.registered.by", CaseWork.isolate(person.createdBy()), CaseWork.time(person.createdAt())));
        for (org.amparo.cases.PersonChange change : persons.changes(actor, id)) {
            CaseWork.fact(html, request.text("web.persons.changed"), request.text("web.persons.changed.by",
                    CaseWork.isolate(change.changedBy()), CaseWork.time(change.changedAt()),
                    change.fields().stream().map(f -> request.text("web.persons.field." + f)).collect(Collectors.joining(", "))));
        }
        html.append("</dl>\n<p><a class=\"button secondary\" href=\"/app/persons/").append(id)
                .append("/edit\" id=\"person-edit\">").append(Html.escape(request.text("web.persons.edit"))).append("</a></p>\n");
        consents(request, html, persons.consents(actor, id), id);
        duplicates(request, actor, html, id, duplicates);
        merges(request, actor, html, id);
        cases(request, actor, html, id);
        return html.toString();
    }

    private static final Set<String> DOCUMENT_TYPE_KEYS = Set.copyOf(PersonRegistration.DOCUMENT_TYPES);

    static String displayName(PersonDetails details) {
        if (details.names().isEmpty()) {
            return "";
        }
        Name first = details.names().get(0);
        return first.original();
    }

    private void location(PageRequest request, StringBuilder html, Location location) {
        if (location == null) {
            return;
        }
        boolean withdrawn = packs.division(location.country(), location.divisionId()).map(Division::withdrawn).orElse(true);
        html.append("<div><dt>").append(Html.escape(request.text("web.persons.place"))).append("</dt><dd>")
                .append(Html.escape(String.join(" › ", location.namePath())));
        if (withdrawn) {
            html.append(" <span class=\"badge badge-warning\" id=\"location-withdrawn\">")
                    .append(Html.escape(request.text("web.persons.place.withdrawn"))).append("</span>");
        }
        html.append("</dd></div>\n");
    }

    private static void consents(PageRequest request, StringBuilder html, List<Consent> consents, long personId) {
        html.append("<h2>").append(Html.escape(request.text("web.persons.consents"))).append("</h2>\n")
                .append("<div class=\"table-wrap\">\n<table class=\"data-table\" id=\"consents\">\n<thead><tr>");
        for (String column : List.of("purpose", "decision", "method", "language", "date", "recordedBy", "actions")) {
            html.append("<th scope=\"col\">").append(Html.escape(request.text("web.persons.consents.column." + column))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Consent consent : consents) {
            String decision = consent.withdrawnOn() != null
                    ? request.text("web.persons.consent.withdrawnOn", consent.withdrawnOn().toString())
                    : request.text(consent.given() ? "web.persons.consent.given.yes" : "web.persons.consent.given.no");
            String purpose = request.text("web.consent.purpose." + consent.purpose().name());
            if (!consent.sharingWith().isEmpty()) {
                purpose = purpose + " (" + String.join(", ", consent.sharingWith().stream().sorted().toList()) + ")";
            }
            html.append("<tr><td>").append(Html.escape(purpose)).append("</td><td>").append(Html.escape(decision))
                    .append("</td><td>").append(Html.escape(request.text("web.consent.method." + consent.method().name())))
                    .append("</td><td>").append(Html.escape(CaseWork.languageName(request, consent.language())))
                    .append("</td><td>").append(Html.escape(CaseWork.date(consent.date())))
                    .append("</td><td>").append(Html.escape(consent.recordedBy())).append("</td><td class=\"actions\">");
            if (consent.active()) {
                String name = consent.purpose().name();
                html.append("<form class=\"inline-form\" method=\"post\" action=\"/app/persons/").append(personId).append("\">")
                        .append(request.csrfField()).append(CaseWork.hidden("op", "withdraw"))
                        .append(CaseWork.hidden("purpose", name))
                        .append("<button type=\"submit\" class=\"secondary\" id=\"withdraw-").append(name).append("\">")
                        .append(Html.escape(request.text("web.persons.consent.withdraw"))).append("</button></form>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    private void duplicates(PageRequest request, Actor actor, StringBuilder html, long id, boolean show) {
        html.append("<h2>").append(Html.escape(request.text("web.persons.duplicates.heading"))).append("</h2>\n");
        if (!show) {
            html.append("<p><a href=\"/app/persons/").append(id).append("?duplicates=on\" id=\"show-duplicates\">")
                    .append(Html.escape(request.text("web.persons.duplicates.show"))).append("</a></p>\n");
            return;
        }
        List<DuplicateCandidate> candidates = persons.duplicates(actor, id);
        if (candidates.isEmpty()) {
            html.append("<p class=\"empty\" id=\"duplicates\">").append(Html.escape(request.text("web.persons.duplicates.none")))
                    .append("</p>\n");
            return;
        }
        html.append("<ul class=\"duplicates\" id=\"duplicates\">\n");
        for (DuplicateCandidate candidate : candidates) {
            html.append("<li><a href=\"/app/persons/").append(candidate.personId()).append("\" id=\"duplicate-")
                    .append(candidate.personId()).append("\">")
                    .append(Html.escape(request.text("web.persons.duplicates.person", candidate.personId(),
                            Math.round(candidate.score() * 100))))
                    .append("</a>\n<ul class=\"reasons\">\n");
            for (String reason : candidate.reasons()) {
                html.append("<li>").append(Html.escape(CaseWork.reason(request, messages, reason))).append("</li>\n");
            }
            html.append("</ul>\n");
            String reasonId = "merge-reason-" + candidate.personId();
            html.append("<form class=\"form\" method=\"post\" action=\"/app/persons/").append(id).append("\">")
                    .append(request.csrfField()).append(CaseWork.hidden("op", "merge"))
                    .append(CaseWork.hidden("mergedId", String.valueOf(candidate.personId())))
                    .append("<label for=\"").append(reasonId).append("\">")
                    .append(Html.escape(request.text("web.persons.merge.reason", candidate.personId()))).append("</label>")
                    .append("<input type=\"text\" id=\"").append(reasonId).append("\" name=\"reason\" maxlength=\"500\" required dir=\"auto\">")
                    .append("<button type=\"submit\" class=\"secondary\" id=\"merge-").append(candidate.personId()).append("\">")
                    .append(Html.escape(request.text("web.persons.merge.submit"))).append("</button></form>\n");
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /** Merges this record took part in, with an undo button for those still in force. */
    private void merges(PageRequest request, Actor actor, StringBuilder html, long id) {
        List<org.amparo.cases.PersonMerge> merges = persons.merges(actor, id);
        if (merges.isEmpty()) {
            return;
        }
        html.append("<h2>").append(Html.escape(request.text("web.persons.merges.heading"))).append("</h2>\n<ul id=\"merges\">\n");
        for (org.amparo.cases.PersonMerge merge : merges) {
            html.append("<li>").append(Html.escape(request.text(merge.undone() ? "web.persons.merges.undone" : "web.persons.merges.entry",
                    CaseWork.ltr(String.valueOf(merge.mergedId())), CaseWork.ltr(String.valueOf(merge.keptId())),
                    CaseWork.isolate(merge.mergedBy()), CaseWork.time(merge.mergedAt()))))
                    .append("<p class=\"text\" dir=\"auto\">").append(Html.escape(merge.reason())).append("</p>");
            if (!merge.undone()) {
                html.append("<form class=\"inline-form\" method=\"post\" action=\"/app/persons/").append(id).append("\">")
                        .append(request.csrfField()).append(CaseWork.hidden("op", "undoMerge"))
                        .append(CaseWork.hidden("mergeId", String.valueOf(merge.id())))
                        .append("<button type=\"submit\" class=\"secondary\" id=\"undo-merge-").append(merge.id()).append("\">")
                        .append(Html.escape(request.text("web.persons.merges.undo"))).append("</button></form>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void cases(PageRequest request, Actor actor, StringBuilder html, long id) {
        html.append("<h2>").append(Html.escape(request.text("web.persons.cases"))).append("</h2>\n");
        List<CaseView> list = cases.casesOf(actor, id);
        if (list.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(request.text("web.persons.cases.none"))).append("</p>\n");
        } else {
            html.append("<ul class=\"case-list\" id=\"person-cases\">\n");
            for (CaseView view : list) {
                html.append("<li><a href=\"/app/cases/").append(view.id()).append("\">").append(Html.escape(view.number()))
                        .append("</a> – ").append(Html.escape(request.text("web.cases.status." + view.status().name())));
                if (!view.flags().isEmpty()) {
                    html.append(" – ").append(Html.escape(CasesPage.flags(request, view.flags())));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h3 id=\"open-case-heading\">").append(Html.escape(request.text("web.persons.openCase"))).append("</h3>\n")
                .append("<form class=\"form\" method=\"post\" action=\"/app/persons/").append(id)
                .append("\" aria-labelledby=\"open-case-heading\">\n").append(request.csrfField())
                .append(CaseWork.hidden("op", "open"))
                .append("<fieldset class=\"field checkboxes\">\n<legend>").append(Html.escape(request.text("web.persons.openCase.flags")))
                .append("</legend>\n");
        for (CaseFlag flag : CaseFlag.values()) {
            html.append(CaseWork.checkbox("flag-" + flag.name(), "flag." + flag.name(), request.text("web.cases.flag." + flag.name()),
                    false));
        }
        html.append("<p class=\"hint\">").append(Html.escape(request.text("web.persons.openCase.hint"))).append("</p>\n")
                .append("</fieldset>\n<button type=\"submit\" id=\"open-case-submit\">")
                .append(Html.escape(request.text("web.persons.openCase.submit"))).append("</button>\n</form>\n");
    }
}
