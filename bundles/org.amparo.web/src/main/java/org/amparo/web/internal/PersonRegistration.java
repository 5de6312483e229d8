package org.amparo.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.AgeAssessment;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Document;
import org.amparo.cases.DocumentHolder;
import org.amparo.cases.DuplicateCandidate;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.PersonService;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.cases.Sex;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.common.ValidationException;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.web.api.Html;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;

/**
 * {@code /app/persons/new}: registering a person, consent first. Step 1 records the person's
 * decision (purposes, organisations to share with, method, language, date, yes or no); a refusal
 * is recorded anonymously and nothing else is kept. Step 2 (consent carried in hidden fields)
 * takes the person's details; "find place" searches the operating country's divisions and lists
 * a few matches to choose from; possible duplicates are shown with their reasons and must be
 * confirmed as different. Every value sent comes back in the form when something is wrong.
 *
 * <p>Stable element ids: step 1 {@code consent-registration}, {@code consent-assistance},
 * {@code consent-referral}, {@code consent-sharing}, {@code consent-sharing-with},
 * {@code consent-method-written}, {@code consent-method-recorded},
 * {@code consent-method-verbal-certified}, {@code consent-language}, {@code consent-date},
 * {@code consent-given-yes}, {@code consent-given-no}, {@code consent-continue},
 * {@code refusal-submit}, {@code refusal-recorded} (notice); step 2 {@code name-N-original},
 * {@code name-N-latin} (N = 0..2), {@code sex}, {@code gender-identity}, {@code dob},
 * {@code dob-estimated}, {@code claimed-age}, {@code documented-dob}, {@code assessed-min},
 * {@code assessed-max}, {@code assessed-on}, {@code assessed-method}, {@code assessed-by},
 * {@code nationality}, {@code languages}, {@code doc-N-type}, {@code doc-N-holder} (N = 0..1),
 * {@code place-query}, {@code find-place}, {@code place-N} (N-th place found), {@code place-none},
 * {@code contact}, {@code register-submit}, {@code duplicate-warning}, {@code duplicate-ID}
 * (link to a candidate), {@code not-duplicate}; errors {@code ID-error}.
 */
final class PersonRegistration {
    static final int NAME_ROWS = 3;
    static final int DOCUMENT_ROWS = 2;
    static final int PLACES_SHOWN = 10;
    static final List<String> DOCUMENT_TYPES = List.of("passport", "national-id", "birth-certificate",
            "residence-permit", "refugee-document", "other");
    /** Languages offered for the consent conversation besides the UI's and the country's (tags only). */
    static final List<String> COMMON_LANGUAGES = List.of("ar", "en", "fr", "es", "pt", "am", "ti", "so", "ha", "wo",
            "bm", "ff", "ln", "sw", "fa", "ps", "ur", "bn", "zh", "ru", "uk", "tr");
    private static final List<String> CONSENT_FIELDS = List.of("sharingWith", "method", "consentLanguage",
            "consentDate", "given");
    private static final List<String> DETAIL_FIELDS = List.of("sex", "genderIdentity", "dob", "dobEstimated",
            "claimedAge", "documentedDob", "assessedMin", "assessedMax", "assessedOn", "assessedMethod", "assessedBy",
            "nationality", "languages", "placeQuery", "division", "contact", "notADuplicate");

    private final PersonService persons;
    private final CountryPacks packs;
    private final Messages messages;

    PersonRegistration(PersonService persons, CountryPacks packs, Messages messages) {
        this.persons = persons;
        this.packs = packs;
        this.messages = messages;
    }

    /** What the form shows. */
    private static final class Form {
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, String> errors = new LinkedHashMap<>();
        String general;
        List<DuplicateCandidate> duplicates = List.of();
        List<Division> places;
    }

    PageResult handle(PageRequest request, Actor actor) {
        Form form = read(request);
        if (!"POST".equals(request.method())) {
            form.values.putIfAbsent("consentLanguage", request.language().value());
            form.values.put("consentDate", LocalDate.now().toString());
            String notice = "refused".equals(request.parameter("done").orElse(""))
                    ? request.text("web.persons.refusal.recorded") : null;
            return PageResult.ok(stepOne(request, form, notice));
        }
        String op = request.parameter("op").orElse("");
        ConsentDecision consent = consent(request, form);
        switch (op) {
            case "refuse" -> {
                if (!form.errors.isEmpty()) {
                    return PageResult.status(400, stepOne(request, form, null));
                }
                if (consent.given()) {
                    form.errors.put("given", request.text("web.persons.consent.refuseNeedsNo"));
                    return PageResult.status(400, stepOne(request, form, null));
                }
                try {
                    persons.recordRefusal(actor, consent);
                } catch (ValidationException e) {
                    consentErrors(request, form, e);
                    return PageResult.status(400, stepOne(request, form, null));
                }
                return PageResult.redirect("/app/persons/new?done=refused");
            }
            case "consent", "findPlace", "register" -> {
                if (form.errors.isEmpty() && !consent.given()) {
                    form.errors.put("given", request.text("web.persons.consent.refusedUseButton"));
                } else if (form.errors.isEmpty() && !consent.gives(ConsentPurpose.REGISTRATION)) {
                    form.errors.put("purposes", request.text("web.persons.consent.registrationRequired"));
                }
                if (!form.errors.isEmpty()) {
                    return PageResult.status(400, stepOne(request, form, null));
                }
                if ("consent".equals(op)) {
                    return PageResult.ok(stepTwo(request, form));
                }
                if ("findPlace".equals(op)) {
                    findPlaces(form);
                    return PageResult.ok(stepTwo(request, form));
                }
                return register(request, actor, form, consent);
            }
            default -> {
                form.general = request.text("web.persons.error.unknownAction");
                return PageResult.status(400, stepOne(request, form, null));
            }
        }
    }

    private static Form read(PageRequest request) {
        Form form = new Form();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            request.parameter("purpose." + purpose.name()).ifPresent(v -> form.values.put("purpose." + purpose.name(), "on"));
        }
        for (String field : CONSENT_FIELDS) {
            form.values.put(field, CaseWork.param(request, field));
        }
        for (String field : DETAIL_FIELDS) {
            form.values.put(field, CaseWork.param(request, field));
        }
        for (int i = 0; i < NAME_ROWS; i++) {
            form.values.put("name." + i + ".original", CaseWork.param(request, "name." + i + ".original"));
            form.values.put("name." + i + ".latin", CaseWork.param(request, "name." + i + ".latin"));
        }
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            form.values.put("doc." + i + ".type", CaseWork.param(request, "doc." + i + ".type"));
            form.values.put("doc." + i + ".holder", CaseWork.param(request, "doc." + i + ".holder"));
        }
        return form;
    }

    /** The consent decision as sent; problems go to {@code form.errors}. */
    private static ConsentDecision consent(PageRequest request, Form form) {
        Map<String, String> v = form.values;
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (v.containsKey("purpose." + purpose.name())) {
                purposes.add(purpose);
            }
        }
        if (purposes.isEmpty()) {
            form.errors.put("purposes", request.text("web.persons.consent.purposesRequired"));
        }
        Set<String> sharing = new LinkedHashSet<>();
        for (String code : v.get("sharingWith").split("[,;\\s]+")) {
            if (!code.isEmpty()) {
                sharing.add(code);
            }
        }
        if (!sharing.isEmpty() && !purposes.contains(ConsentPurpose.SHARING)) {
            form.errors.put("sharingWith", request.text("web.persons.consent.sharingWithoutPurpose"));
        } else if (purposes.contains(ConsentPurpose.SHARING) && "yes".equals(v.get("given")) && sharing.isEmpty()) {
            form.errors.put("sharingWith", request.text("web.persons.consent.sharingNeedsOrganisations"));
        }
        ConsentMethod method = null;
        for (ConsentMethod m : ConsentMethod.values()) {
            if (m.name().equals(v.get("method"))) {
                method = m;
            }
        }
        if (method == null) {
            form.errors.put("method", request.text("web.persons.consent.methodRequired"));
        }
        String language = v.get("consentLanguage");
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            form.errors.put("consentLanguage", request.text("web.persons.consent.languageRequired"));
        }
        LocalDate date = null;
        if (v.get("consentDate").isEmpty()) {
            form.errors.put("consentDate", request.text("web.persons.consent.dateRequired"));
        } else if (!CaseWork.dateOrEmpty(v.get("consentDate"))) {
            form.errors.put("consentDate", request.text("web.form.date"));
        } else {
            date = CaseWork.date(v.get("consentDate"));
            if (date.isAfter(LocalDate.now())) {
                form.errors.put("consentDate", request.text("web.persons.consent.dateInFuture"));
            }
        }
        String given = v.get("given");
        if (!"yes".equals(given) && !"no".equals(given)) {
            form.errors.put("given", request.text("web.persons.consent.givenRequired"));
        }
        return new ConsentDecision(purposes, sharing, method, language, date, "yes".equals(given));
    }

    private void consentErrors(PageRequest request, Form form, ValidationException e) {
        for (FieldError error : e.errors()) {
            String field = switch (error.field()) {
                case "consent.purposes", "consent" -> "purposes";
                case "consent.method" -> "method";
                case "consent.language" -> "consentLanguage";
                case "consent.date" -> "consentDate";
                case "consent.sharingWith" -> "sharingWith";
                case "consent.given" -> "given";
                default -> null;
            };
            if (field == null) {
                form.general = CaseWork.text(request, error);
            } else {
                CaseWork.put(form.errors, field, CaseWork.text(request, error));
            }
        }
    }

    private PageResult register(PageRequest request, Actor actor, Form form, ConsentDecision consent) {
        List<Integer> nameRows = new ArrayList<>();
        List<Integer> documentRows = new ArrayList<>();
        PersonDetails details = details(request, form, nameRows, documentRows);
        if (!form.errors.isEmpty()) {
            return PageResult.status(400, stepTwo(request, form));
        }
        boolean notADuplicate = !form.values.get("notADuplicate").isEmpty();
        RegistrationResult result;
        try {
            result = persons.register(actor, new Registration(consent, details, notADuplicate));
        } catch (ValidationException e) {
            boolean consentProblem = e.errors().stream().anyMatch(f -> f.field().startsWith("consent"));
            if (consentProblem) {
                consentErrors(request, form, e);
                return PageResult.status(400, stepOne(request, form, null));
            }
            detailErrors(request, form, e, nameRows, documentRows);
            return PageResult.status(400, stepTwo(request, form));
        }
        if (result instanceof RegistrationResult.Registered registered) {
            return PageResult.redirect("/app/persons/" + registered.person().id() + "?done=registered");
        }
        form.duplicates = ((RegistrationResult.PossibleDuplicates) result).candidates();
        form.values.put("notADuplicate", "");
        return PageResult.status(409, stepTwo(request, form));
    }

    private PersonDetails details(PageRequest request, Form form, List<Integer> nameRows, List<Integer> documentRows) {
        Map<String, String> v = form.values;
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < NAME_ROWS; i++) {
            String original = v.get("name." + i + ".original");
            String latin = v.get("name." + i + ".latin");
            if (i == 0 || !original.isEmpty() || !latin.isEmpty()) {
                names.add(new Name(original, latin));
                nameRows.add(i);
            }
        }
        Sex sex = null;
        for (Sex s : Sex.values()) {
            if (s.name().equals(v.get("sex"))) {
                sex = s;
            }
        }
        LocalDate dob = date(request, form, "dob");
        LocalDate documentedDob = date(request, form, "documentedDob");
        Integer claimedAge = number(request, form, "claimedAge");
        AgeAssessment assessed = null;
        boolean anyAssessed = List.of("assessedMin", "assessedMax", "assessedOn", "assessedMethod", "assessedBy").stream()
                .anyMatch(f -> !v.get(f).isEmpty());
        if (anyAssessed) {
            Integer min = number(request, form, "assessedMin");
            Integer max = number(request, form, "assessedMax");
            LocalDate on = date(request, form, "assessedOn");
            if (min == null || max == null) {
                CaseWork.put(form.errors, min == null ? "assessedMin" : "assessedMax", request.text("web.persons.assessed.rangeRequired"));
            } else {
                assessed = new AgeAssessment(min, max, v.get("assessedMethod"), on, v.get("assessedBy"));
            }
        }
        List<String> languages = new ArrayList<>();
        for (String tag : v.get("languages").split("[,;\\s]+")) {
            if (!tag.isEmpty()) {
                languages.add(tag);
            }
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            String type = v.get("doc." + i + ".type");
            String holder = v.get("doc." + i + ".holder");
            if (type.isEmpty() && holder.isEmpty()) {
                continue;
            }
            DocumentHolder heldBy = null;
            for (DocumentHolder h : DocumentHolder.values()) {
                if (h.name().equals(holder)) {
                    heldBy = h;
                }
            }
            if (heldBy == null) {
                form.errors.put("doc." + i + ".holder", request.text("web.persons.document.holderRequired"));
                continue;
            }
            documents.add(new Document(type, heldBy));
            documentRows.add(i);
        }
        String division = v.get("division");
        String country = division.isEmpty() ? "" : packs.operatingCountry().map(Country::code).orElse("");
        return new PersonDetails(names, sex, v.get("genderIdentity"), dob, !v.get("dobEstimated").isEmpty(), claimedAge,
                documentedDob, assessed, v.get("nationality"), languages, documents, country, division, v.get("contact"));
    }

    private static LocalDate date(PageRequest request, Form form, String field) {
        if (!CaseWork.dateOrEmpty(form.values.get(field))) {
            form.errors.put(field, request.text("web.form.date"));
            return null;
        }
        return CaseWork.date(form.values.get(field));
    }

    private static Integer number(PageRequest request, Form form, String field) {
        String text = form.values.get(field);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,3}")) {
            form.errors.put(field, request.text("web.form.number"));
            return null;
        }
        return Integer.parseInt(text);
    }

    private void detailErrors(PageRequest request, Form form, ValidationException e, List<Integer> nameRows,
            List<Integer> documentRows) {
        for (FieldError error : e.errors()) {
            String f = error.field();
            String field;
            if (f.equals("names")) {
                field = "name.0.original";
            } else if (f.startsWith("names[")) {
                field = "name." + row(f, nameRows) + ".original";
            } else if (f.startsWith("documents[")) {
                field = "doc." + row(f, documentRows) + ".type";
            } else if (f.startsWith("languages[")) {
                field = "languages";
            } else {
                field = switch (f) {
                    case "sex", "genderIdentity", "claimedAge", "nationality", "contact" -> f;
                    case "dateOfBirth" -> "dob";
                    case "documentedDateOfBirth" -> "documentedDob";
                    case "assessedAge" -> "assessedMin";
                    case "assessedAge.assessedOn" -> "assessedOn";
                    case "assessedAge.method" -> "assessedMethod";
                    case "locationCountry", "locationDivisionId" -> "placeQuery";
                    default -> null;
                };
            }
            if (field == null) {
                form.general = CaseWork.text(request, error);
            } else {
                CaseWork.put(form.errors, field, CaseWork.text(request, error));
            }
        }
    }

    /** The form row of {@code names[2].original} when rows {@code rows} were sent, in order. */
    private static int row(String field, List<Integer> rows) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        try {
            int index = Integer.parseInt(field.substring(open + 1, close));
            return index >= 0 && index < rows.size() ? rows.get(index) : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private void findPlaces(Form form) {
        Optional<Country> country = packs.operatingCountry();
        String query = form.values.get("placeQuery");
        if (country.isEmpty() || query.isEmpty()) {
            form.places = List.of();
            return;
        }
        form.places = packs.divisions(country.get().code(), query, null, 0, PLACES_SHOWN).items();
    }

    private String stepOne(PageRequest request, Form form, String notice) {
        Map<String, String> v = form.values;
        Map<String, String> e = form.errors;
        StringBuilder html = new StringBuilder(8192);
        if (notice != null) {
            html.append("<div class=\"notice\" role=\"status\" id=\"refusal-recorded\"><p>").append(Html.escape(notice))
                    .append("</p></div>\n");
        }
        html.append("<p class=\"steps-position\">").append(Html.escape(request.text("web.persons.step", 1, 2))).append("</p>\n")
                .append("<h2 id=\"consent-heading\">").append(Html.escape(request.text("web.persons.consent.heading"))).append("</h2>\n")
                .append("<p class=\"explain\">").append(Html.escape(request.text("web.persons.consent.explain"))).append("</p>\n");
        errorSummary(request, html, form);
        html.append("<form class=\"form consent-form\" method=\"post\" action=\"/app/persons/new\" aria-labelledby=\"consent-heading\">\n")
                .append(request.csrfField());
        String purposesError = e.get("purposes");
        html.append("<fieldset class=\"field checkboxes").append(purposesError == null ? "" : " field-invalid").append('"');
        Forms.errorAttributes(html, "consent-purposes", purposesError);
        html.append(">\n<legend>").append(Html.escape(request.text("web.persons.consent.purposes"))).append("</legend>\n");
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            html.append(CaseWork.checkbox("consent-" + purpose.name().toLowerCase(Locale.ROOT), "purpose." + purpose.name(),
                    request.text("web.consent.purpose." + purpose.name()), v.containsKey("purpose." + purpose.name())));
        }
        Forms.fieldError(html, "consent-purposes", purposesError);
        html.append("</fieldset>\n")
                .append(Forms.input("consent-sharing-with", "sharingWith", request.text("web.persons.consent.sharingWith"),
                        "text", v.get("sharingWith"), e.get("sharingWith"), "off", false));
        List<Forms.Option> methods = new ArrayList<>();
        for (ConsentMethod method : ConsentMethod.values()) {
            methods.add(new Forms.Option(method.name(), request.text("web.consent.method." + method.name())));
        }
        html.append(CaseWork.radios("consent-method", "method", request.text("web.persons.consent.method"), methods,
                v.get("method"), e.get("method")))
                .append(Forms.select("consent-language", "consentLanguage", request.text("web.persons.consent.language"),
                        languageOptions(request, v.get("consentLanguage")), v.get("consentLanguage"), e.get("consentLanguage")))
                .append(Forms.input("consent-date", "consentDate", request.text("web.persons.consent.date"), "date",
                        v.get("consentDate"), e.get("consentDate"), "off", true))
                .append(CaseWork.radios("consent-given", "given", request.text("web.persons.consent.given"),
                        List.of(new Forms.Option("yes", request.text("web.persons.consent.given.yes")),
                                new Forms.Option("no", request.text("web.persons.consent.given.no"))),
                        v.get("given"), e.get("given")))
                .append("<div class=\"button-row\">\n<button type=\"submit\" name=\"op\" value=\"consent\" id=\"consent-continue\">")
                .append(Html.escape(request.text("web.persons.consent.continue"))).append("</button>\n")
                .append("<button type=\"submit\" name=\"op\" value=\"refuse\" id=\"refusal-submit\" class=\"secondary\">")
                .append(Html.escape(request.text("web.persons.refusal.submit"))).append("</button>\n</div>\n")
                .append("<p class=\"hint\">").append(Html.escape(request.text("web.persons.refusal.explain"))).append("</p>\n")
                .append("</form>\n");
        return html.toString();
    }

    private void errorSummary(PageRequest request, StringBuilder html, Form form) {
        if (form.general != null) {
            html.append(Forms.error(form.general));
        } else if (!form.errors.isEmpty()) {
            html.append(Forms.error(request.text("web.form.fixErrors", form.errors.size())));
        }
    }

    private List<Forms.Option> languageOptions(PageRequest request, String selected) {
        Set<String> tags = new LinkedHashSet<>();
        for (LanguageTag tag : messages.languages()) {
            tags.add(tag.value());
        }
        packs.operatingCountry().ifPresent(c -> c.languages().forEach(l -> tags.add(l.tag())));
        tags.addAll(COMMON_LANGUAGES);
        if (selected != null && !selected.isEmpty()) {
            tags.add(selected);
        }
        List<Forms.Option> options = new ArrayList<>();
        options.add(new Forms.Option("", request.text("web.persons.choose")));
        for (String tag : tags) {
            options.add(new Forms.Option(tag, CaseWork.languageName(request, tag)));
        }
        return options;
    }

    private String stepTwo(PageRequest request, Form form) {
        return detailsForm(request, form, -1);
    }

    /** The details form: step 2 of a registration, or (when {@code editing} is a person's id) a correction. */
    private String detailsForm(PageRequest request, Form form, long editing) {
        Map<String, String> v = form.values;
        Map<String, String> e = form.errors;
        StringBuilder html = new StringBuilder(16384);
        if (editing < 0) {
            html.append("<p class=\"steps-position\">").append(Html.escape(request.text("web.persons.step", 2, 2))).append("</p>\n")
                    .append("<div class=\"notice\" role=\"status\"><p>")
                    .append(Html.escape(request.text("web.persons.consent.recordedWith"))).append("</p></div>\n");
        } else {
            html.append("<p class=\"explain\">").append(Html.escape(request.text("web.persons.edit.explain"))).append("</p>\n");
        }
        errorSummary(request, html, form);
        String action = editing < 0 ? "/app/persons/new" : "/app/persons/" + editing + "/edit";
        html.append("<form class=\"form person-form\" method=\"post\" action=\"").append(action)
                .append("\" aria-labelledby=\"person-heading\">\n").append(request.csrfField());
        if (editing < 0) {
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                if (v.containsKey("purpose." + purpose.name())) {
                    html.append(CaseWork.hidden("purpose." + purpose.name(), "on"));
                }
            }
            for (String field : CONSENT_FIELDS) {
                html.append(CaseWork.hidden(field, v.get(field)));
            }
        }
        if (!form.duplicates.isEmpty()) {
            duplicates(request, html, form);
        }
        html.append("<h2 id=\"person-heading\">").append(Html.escape(request.text("web.persons.details.heading"))).append("</h2>\n")
                .append("<fieldset class=\"field names\">\n<legend>").append(Html.escape(request.text("web.persons.names")))
                .append("</legend>\n<p class=\"hint\">").append(Html.escape(request.text("web.persons.names.hint"))).append("</p>\n");
        for (int i = 0; i < NAME_ROWS; i++) {
            html.append(Forms.input("name-" + i + "-original", "name." + i + ".original",
                    request.text("web.persons.name.original", i + 1), "text", v.get("name." + i + ".original"),
                    e.get("name." + i + ".original"), "off", i == 0))
                    .append(Forms.input("name-" + i + "-latin", "name." + i + ".latin", request.text("web.persons.name.latin", i + 1),
                            "text", v.get("name." + i + ".latin"), e.get("name." + i + ".latin"), "off", false));
        }
        html.append("</fieldset>\n");
        List<Forms.Option> sexes = new ArrayList<>();
        sexes.add(new Forms.Option("", request.text("web.persons.choose")));
        for (Sex sex : Sex.values()) {
            sexes.add(new Forms.Option(sex.name(), request.text("web.persons.sex." + sex.name())));
        }
        html.append(Forms.select("sex", "sex", request.text("web.persons.sex"), sexes, v.get("sex"), e.get("sex")))
                .append(Forms.input("gender-identity", "genderIdentity", request.text("web.persons.genderIdentity"), "text",
                        v.get("genderIdentity"), e.get("genderIdentity"), "off", false))
                .append("<fieldset class=\"field ages\">\n<legend>").append(Html.escape(request.text("web.persons.ages")))
                .append("</legend>\n<p class=\"hint\">").append(Html.escape(request.text("web.persons.ages.hint"))).append("</p>\n")
                .append(Forms.input("dob", "dob", request.text("web.persons.dob"), "date", v.get("dob"), e.get("dob"), "off", false))
                .append(CaseWork.checkbox("dob-estimated", "dobEstimated", request.text("web.persons.dobEstimated"),
                        !v.get("dobEstimated").isEmpty()))
                .append(Forms.input("claimed-age", "claimedAge", request.text("web.persons.claimedAge"), "number",
                        v.get("claimedAge"), e.get("claimedAge"), "off", false))
                .append(Forms.input("documented-dob", "documentedDob", request.text("web.persons.documentedDob"), "date",
                        v.get("documentedDob"), e.get("documentedDob"), "off", false))
                .append("<h3>").append(Html.escape(request.text("web.persons.assessed"))).append("</h3>\n")
                .append(Forms.input("assessed-min", "assessedMin", request.text("web.persons.assessed.min"), "number",
                        v.get("assessedMin"), e.get("assessedMin"), "off", false))
                .append(Forms.input("assessed-max", "assessedMax", request.text("web.persons.assessed.max"), "number",
                        v.get("assessedMax"), e.get("assessedMax"), "off", false))
                .append(Forms.input("assessed-on", "assessedOn", request.text("web.persons.assessed.on"), "date",
                        v.get("assessedOn"), e.get("assessedOn"), "off", false))
                .append(Forms.input("assessed-method", "assessedMethod", request.text("web.persons.assessed.method"), "text",
                        v.get("assessedMethod"), e.get("assessedMethod"), "off", false))
                .append(Forms.input("assessed-by", "assessedBy", request.text("web.persons.assessed.by"), "text",
                        v.get("assessedBy"), e.get("assessedBy"), "off", false))
                .append("</fieldset>\n")
                .append(Forms.select("nationality", "nationality", request.text("web.persons.nationality"),
                        CaseWork.countries(request, request.text("web.persons.nationality.unknown")), v.get("nationality"),
                        e.get("nationality")))
                .append(Forms.input("languages", "languages", request.text("web.persons.languages"), "text",
                        v.get("languages"), e.get("languages"), "off", false));
        html.append("<fieldset class=\"field documents\">\n<legend>").append(Html.escape(request.text("web.persons.documents")))
                .append("</legend>\n");
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            List<Forms.Option> types = new ArrayList<>();
            types.add(new Forms.Option("", request.text("web.persons.document.none")));
            for (String type : DOCUMENT_TYPES) {
                types.add(new Forms.Option(type, request.text("web.persons.document.type." + type)));
            }
            List<Forms.Option> holders = new ArrayList<>();
            holders.add(new Forms.Option("", request.text("web.persons.choose")));
            for (DocumentHolder holder : DocumentHolder.values()) {
                holders.add(new Forms.Option(holder.name(), request.text("web.persons.holder." + holder.name())));
            }
            html.append(Forms.select("doc-" + i + "-type", "doc." + i + ".type", request.text("web.persons.document.type", i + 1),
                    types, v.get("doc." + i + ".type"), e.get("doc." + i + ".type")))
                    .append(Forms.select("doc-" + i + "-holder", "doc." + i + ".holder",
                            request.text("web.persons.document.holder", i + 1), holders, v.get("doc." + i + ".holder"),
                            e.get("doc." + i + ".holder")));
        }
        html.append("</fieldset>\n");
        place(request, html, form);
        html.append(CaseWork.textarea("contact", "contact", request.text("web.persons.contact"), v.get("contact"),
                e.get("contact"), false));
        if (!form.duplicates.isEmpty()) {
            html.append(CaseWork.checkbox("not-duplicate", "notADuplicate", request.text("web.persons.duplicates.confirm"), false));
        }
        if (editing < 0) {
            html.append("<button type=\"submit\" name=\"op\" value=\"register\" id=\"register-submit\">")
                    .append(Html.escape(request.text("web.persons.register.submit"))).append("</button>\n</form>\n");
        } else {
            html.append("<button type=\"submit\" name=\"op\" value=\"save\" id=\"save-submit\">")
                    .append(Html.escape(request.text("web.persons.edit.submit"))).append("</button>\n")
                    .append("<a class=\"button secondary\" href=\"/app/persons/").append(editing).append("\" id=\"edit-cancel\">")
                    .append(Html.escape(request.text("web.persons.edit.cancel"))).append("</a>\n</form>\n");
        }
        return html.toString();
    }

    /**
     * {@code /app/persons/<id>/edit}: corrects a registered person's details in the same form as
     * step 2 of a registration, filled with what is recorded. A location in a division that has
     * since been withdrawn stays as it is unless another place is chosen.
     */
    PageResult edit(PageRequest request, Actor actor, long id) {
        Person person = persons.get(actor, id);
        Form form = read(request);
        if (!"POST".equals(request.method())) {
            fill(form.values, person.details());
            return PageResult.ok(detailsForm(request, form, id));
        }
        String op = request.parameter("op").orElse("");
        if ("findPlace".equals(op)) {
            findPlaces(form);
            return PageResult.ok(detailsForm(request, form, id));
        }
        if (!"save".equals(op)) {
            form.general = request.text("web.persons.error.unknownAction");
            return PageResult.status(400, detailsForm(request, form, id));
        }
        List<Integer> nameRows = new ArrayList<>();
        List<Integer> documentRows = new ArrayList<>();
        PersonDetails details = details(request, form, nameRows, documentRows);
        if (!form.errors.isEmpty()) {
            return PageResult.status(400, detailsForm(request, form, id));
        }
        PersonDetails recorded = person.details();
        if (details.locationDivisionId().equals(recorded.locationDivisionId())) {
            details = new PersonDetails(details.names(), details.sex(), details.genderIdentity(), details.dateOfBirth(),
                    details.dateOfBirthEstimated(), details.claimedAge(), details.documentedDateOfBirth(), details.assessedAge(),
                    details.nationality(), details.languages(), details.documents(), recorded.locationCountry(),
                    recorded.locationDivisionId(), details.contact());
        }
        try {
            persons.update(actor, id, details);
        } catch (ValidationException e) {
            detailErrors(request, form, e, nameRows, documentRows);
            return PageResult.status(400, detailsForm(request, form, id));
        }
        return PageResult.redirect("/app/persons/" + id + "?done=updated");
    }

    /** The form's values for recorded details. */
    static void fill(Map<String, String> v, PersonDetails d) {
        for (int i = 0; i < NAME_ROWS; i++) {
            Name name = i < d.names().size() ? d.names().get(i) : null;
            v.put("name." + i + ".original", name == null ? "" : name.original());
            v.put("name." + i + ".latin", name == null ? "" : name.latin());
        }
        v.put("sex", d.sex() == null ? "" : d.sex().name());
        v.put("genderIdentity", d.genderIdentity());
        v.put("dob", d.dateOfBirth() == null ? "" : d.dateOfBirth().toString());
        v.put("dobEstimated", d.dateOfBirthEstimated() ? "on" : "");
        v.put("claimedAge", d.claimedAge() == null ? "" : d.claimedAge().toString());
        v.put("documentedDob", d.documentedDateOfBirth() == null ? "" : d.documentedDateOfBirth().toString());
        AgeAssessment a = d.assessedAge();
        v.put("assessedMin", a == null ? "" : String.valueOf(a.minimumAge()));
        v.put("assessedMax", a == null ? "" : String.valueOf(a.maximumAge()));
        v.put("assessedOn", a == null || a.assessedOn() == null ? "" : a.assessedOn().toString());
        v.put("assessedMethod", a == null || a.method() == null ? "" : a.method());
        v.put("assessedBy", a == null || a.assessedBy() == null ? "" : a.assessedBy());
        v.put("nationality", d.nationality());
        v.put("languages", String.join(", ", d.languages()));
        for (int i = 0; i < DOCUMENT_ROWS; i++) {
            Document doc = i < d.documents().size() ? d.documents().get(i) : null;
            v.put("doc." + i + ".type", doc == null ? "" : doc.type());
            v.put("doc." + i + ".holder", doc == null ? "" : doc.heldBy().name());
        }
        v.put("division", d.locationDivisionId());
        v.put("contact", d.contact());
    }

    private void duplicates(PageRequest request, StringBuilder html, Form form) {
        html.append("<section class=\"duplicate-warning error\" id=\"duplicate-warning\" role=\"alert\">\n<h2>")
                .append(Html.escape(request.text("web.persons.duplicates.heading"))).append("</h2>\n<p>")
                .append(Html.escape(request.text("web.persons.duplicates.explain"))).append("</p>\n<ul class=\"duplicates\">\n");
        for (DuplicateCandidate candidate : form.duplicates) {
            html.append("<li><a href=\"/app/persons/").append(candidate.personId()).append("\" id=\"duplicate-")
                    .append(candidate.personId()).append("\">")
                    .append(Html.escape(request.text("web.persons.duplicates.person", candidate.personId(),
                            Math.round(candidate.score() * 100))))
                    .append("</a>\n<ul class=\"reasons\">\n");
            for (String reason : candidate.reasons()) {
                html.append("<li>").append(Html.escape(CaseWork.reason(request, messages, reason))).append("</li>\n");
            }
            html.append("</ul></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void place(PageRequest request, StringBuilder html, Form form) {
        Map<String, String> v = form.values;
        Optional<Country> country = packs.operatingCountry();
        html.append("<fieldset class=\"field place").append(form.errors.containsKey("placeQuery") ? " field-invalid" : "")
                .append("\">\n<legend>").append(Html.escape(request.text("web.persons.place"))).append("</legend>\n");
        if (country.isEmpty()) {
            html.append("<p class=\"hint\">").append(Html.escape(request.text("web.persons.place.noCountry"))).append("</p>\n");
            Forms.fieldError(html, "place-query", form.errors.get("placeQuery"));
            html.append("</fieldset>\n");
            return;
        }
        String code = country.get().code();
        html.append(Forms.input("place-query", "placeQuery", request.text("web.persons.place.query"), "search",
                v.get("placeQuery"), form.errors.get("placeQuery"), "off", false))
                .append("<button type=\"submit\" name=\"op\" value=\"findPlace\" id=\"find-place\" class=\"secondary\" formnovalidate>")
                .append(Html.escape(request.text("web.persons.place.find"))).append("</button>\n");
        List<Division> shown = new ArrayList<>();
        String chosen = v.get("division");
        if (!chosen.isEmpty()) {
            packs.division(code, chosen).ifPresent(shown::add);
        }
        if (form.places != null) {
            for (Division d : form.places) {
                if (!d.id().equals(chosen)) {
                    shown.add(d);
                }
            }
            if (form.places.isEmpty()) {
                html.append("<p class=\"empty\">").append(Html.escape(request.text("web.persons.place.noMatch"))).append("</p>\n");
            }
        }
        if (!shown.isEmpty() || !chosen.isEmpty()) {
            html.append("<div class=\"place-choices\">\n");
            html.append("<div class=\"checkbox\"><input type=\"radio\" id=\"place-none\" name=\"division\" value=\"\"")
                    .append(chosen.isEmpty() ? " checked" : "").append("><label for=\"place-none\">")
                    .append(Html.escape(request.text("web.persons.place.none"))).append("</label></div>\n");
            String language = request.language().language();
            for (int i = 0; i < shown.size(); i++) {
                Division d = shown.get(i);
                List<String> path = new ArrayList<>(d.path());
                path.add(d.name(language));
                html.append("<div class=\"checkbox\"><input type=\"radio\" id=\"place-").append(i).append("\" name=\"division\" value=\"")
                        .append(Html.escape(d.id())).append('"').append(d.id().equals(chosen) ? " checked" : "")
                        .append("><label for=\"place-").append(i).append("\">").append(Html.escape(String.join(" › ", path)))
                        .append("</label></div>\n");
            }
            html.append("</div>\n");
        }
        html.append("</fieldset>\n");
    }
}
