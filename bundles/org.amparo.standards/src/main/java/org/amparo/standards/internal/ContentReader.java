package org.amparo.standards.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.amparo.cases.CaseStatus;
import org.amparo.standards.Evidence;
import org.amparo.standards.ItemType;
import org.amparo.standards.LanguageVersion;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.Place;
import org.amparo.standards.Section;
import org.amparo.standards.Source;

/**
 * Reads and validates the library's content files ({@code amparo/standards/*.json}, format
 * {@code amparo.library/1}). Every fault is reported with its file, line and JSON Pointer; a file
 * with faults contributes nothing, and the caller refuses to start on any fault.
 */
final class ContentReader {
    static final String FORMAT = "amparo.library/1";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Set<String> ITEM_MEMBERS = Set.of("id", "version", "type", "title", "topics", "audiences",
            "source", "evidence", "languages", "lastReviewed", "appliesTo", "sections");
    private static final Set<String> CASE_STEPS = new HashSet<>(Arrays.stream(CaseStatus.values()).map(Enum::name).toList());

    /** One content file: its name (for messages) and bytes. */
    record ContentFile(String name, byte[] bytes) {
    }

    /** What the files held, and what is wrong with them. */
    record Result(List<CoreItem> items, List<ContentProblem> problems) {
    }

    private final List<ContentProblem> problems = new ArrayList<>();
    private String file;

    Result read(List<ContentFile> files) {
        List<CoreItem> items = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (ContentFile f : files) {
            file = f.name();
            int before = problems.size();
            List<CoreItem> read = readFile(f);
            for (CoreItem item : read) {
                String earlier = seen.putIfAbsent(item.item().id(), f.name());
                if (earlier != null) {
                    problem(0, "", "standards.problem.duplicateItem", item.item().id(), earlier);
                }
            }
            if (problems.size() == before) {
                items.addAll(read);
            }
        }
        return new Result(items, problems);
    }

    private List<CoreItem> readFile(ContentFile f) {
        Json root;
        try {
            root = Json.read(new ByteArrayInputStream(f.bytes()));
        } catch (Json.SyntaxError e) {
            problem(e.line, "", "standards.problem.syntax", e.getMessage());
            return List.of();
        } catch (IOException e) {
            problem(0, "", "standards.problem.unreadable", String.valueOf(e.getMessage()));
            return List.of();
        }
        if (!(root instanceof Json.Obj obj)) {
            problem(root.line(), "", "standards.problem.notObject");
            return List.of();
        }
        Json format = obj.members().get("format");
        if (format == null) {
            problem(obj.line(), "/format", "standards.problem.missing", "format");
            return List.of();
        }
        if (!FORMAT.equals(string(format))) {
            problem(format.line(), format.pointer(), "standards.problem.format", String.valueOf(scalar(format)), FORMAT);
            return List.of();
        }
        List<CoreItem> items = new ArrayList<>();
        Json list = obj.members().get("items");
        if (!(list instanceof Json.Arr arr) || arr.items().isEmpty()) {
            problem(list == null ? obj.line() : list.line(), "/items", "standards.problem.emptyList", "items");
            return List.of();
        }
        for (Json node : arr.items()) {
            CoreItem item = item(node);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private CoreItem item(Json node) {
        if (!(node instanceof Json.Obj obj)) {
            problem(node.line(), node.pointer(), "standards.problem.notObject");
            return null;
        }
        int before = problems.size();
        for (String name : obj.members().keySet()) {
            if (!ITEM_MEMBERS.contains(name)) {
                Json member = obj.members().get(name);
                problem(member.line(), member.pointer(), "standards.problem.unknownMember", name);
            }
        }
        String id = required(obj, "id", ID, "standards.problem.badId");
        String version = required(obj, "version", VERSION, "standards.problem.badVersion");
        ItemType type = null;
        String typeCode = required(obj, "type", null, null);
        if (typeCode != null) {
            type = ItemType.ofCode(typeCode).orElse(null);
            Json at = obj.members().get("type");
            if (type == null) {
                problem(at.line(), at.pointer(), "standards.problem.unknownType", typeCode);
            } else if (type == ItemType.NATIONAL_LAW || type == ItemType.NATIONAL_PROCEDURE) {
                problem(at.line(), at.pointer(), "standards.problem.packOnlyType", typeCode);
            }
        }
        Map<String, LanguageVersion> languages = languages(obj);
        Map<String, String> title = texts(obj, "title", languages.keySet());
        List<String> topics = codes(obj, "topics", Vocabulary.TOPICS, "standards.problem.unknownTopic");
        List<String> audiences = codes(obj, "audiences", Vocabulary.AUDIENCES, "standards.problem.unknownAudience");
        Source source = source(obj);
        Evidence evidence = evidence(obj.members().get("evidence"), obj, true);
        LocalDate lastReviewed = date(obj, "lastReviewed");
        List<Place> places = new ArrayList<>();
        List<String> pathwayTypes = new ArrayList<>();
        appliesTo(obj, places, pathwayTypes);
        List<Section> sections = sections(obj, languages.keySet());
        if (problems.size() > before) {
            return null;
        }
        LibraryItem item = new LibraryItem(id, version, type, title, topics, audiences, null, false, source, evidence,
                List.copyOf(languages.values()), lastReviewed, sections);
        return new CoreItem(item, places, pathwayTypes);
    }

    private Map<String, LanguageVersion> languages(Json.Obj obj) {
        Map<String, LanguageVersion> languages = new LinkedHashMap<>();
        Json node = obj.members().get("languages");
        if (!(node instanceof Json.Obj map) || map.members().isEmpty()) {
            problem(node == null ? obj.line() : node.line(), obj.pointer() + "/languages", "standards.problem.missing", "languages");
            return languages;
        }
        map.members().forEach((language, kind) -> {
            if (!LANGUAGE.matcher(language).matches()) {
                problem(kind.line(), kind.pointer(), "standards.problem.badLanguage", language);
            } else if (!Vocabulary.LANGUAGE_KINDS.contains(string(kind))) {
                problem(kind.line(), kind.pointer(), "standards.problem.badLanguageKind", String.valueOf(scalar(kind)));
            } else {
                languages.put(language, new LanguageVersion(language, "unofficial-translation".equals(string(kind))));
            }
        });
        if (!languages.isEmpty() && !languages.containsKey("en")) {
            problem(map.line(), map.pointer(), "standards.problem.noEnglish");
        }
        return languages;
    }

    /** A {@code {"en": ..., "fr": ...}} text: exactly the item's languages, none blank. */
    private Map<String, String> texts(Json.Obj owner, String name, Set<String> languages) {
        Map<String, String> texts = new LinkedHashMap<>();
        Json node = owner.members().get(name);
        if (!(node instanceof Json.Obj map)) {
            problem(node == null ? owner.line() : node.line(), owner.pointer() + "/" + name, "standards.problem.missing", name);
            return texts;
        }
        map.members().forEach((language, text) -> {
            String value = string(text);
            if (!languages.contains(language)) {
                problem(text.line(), text.pointer(), "standards.problem.undeclaredLanguage", language);
            } else if (value == null || value.isBlank()) {
                problem(text.line(), text.pointer(), "standards.problem.blank", language);
            } else {
                texts.put(language, value.strip());
            }
        });
        for (String language : languages) {
            if (!map.members().containsKey(language)) {
                problem(map.line(), map.pointer(), "standards.problem.missingLanguage", language);
            }
        }
        return texts;
    }

    private List<String> codes(Json.Obj owner, String name, List<String> allowed, String unknownKey) {
        List<String> codes = new ArrayList<>();
        Json node = owner.members().get(name);
        if (!(node instanceof Json.Arr arr) || arr.items().isEmpty()) {
            problem(node == null ? owner.line() : node.line(), owner.pointer() + "/" + name, "standards.problem.emptyList", name);
            return codes;
        }
        for (Json item : arr.items()) {
            String code = string(item);
            if (code == null || !allowed.contains(code)) {
                problem(item.line(), item.pointer(), unknownKey, String.valueOf(scalar(item)));
            } else if (codes.contains(code)) {
                problem(item.line(), item.pointer(), "standards.problem.duplicate", code);
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private Source source(Json.Obj owner) {
        Json node = owner.members().get("source");
        if (!(node instanceof Json.Obj obj)) {
            problem(node == null ? owner.line() : node.line(), owner.pointer() + "/source", "standards.problem.missing", "source");
            return new Source(null, null, null, null);
        }
        for (String name : obj.members().keySet()) {
            if (!Set.of("title", "organisation", "year", "link").contains(name)) {
                Json member = obj.members().get(name);
                problem(member.line(), member.pointer(), "standards.problem.unknownMember", name);
            }
        }
        String title = optionalString(obj, "title");
        String organisation = optionalString(obj, "organisation");
        String link = optionalString(obj, "link");
        if (link != null && !LINK.matcher(link).matches()) {
            Json at = obj.members().get("link");
            problem(at.line(), at.pointer(), "standards.problem.badLink", link);
        }
        Integer year = null;
        Json y = obj.members().get("year");
        if (y != null && scalar(y) != null) {
            if (scalar(y) instanceof Integer value && value >= 1900 && value <= 2100) {
                year = value;
            } else {
                problem(y.line(), y.pointer(), "standards.problem.badYear", String.valueOf(scalar(y)));
            }
        }
        if (title == null) {
            problem(obj.line(), obj.pointer() + "/title", "standards.problem.missing", "title");
        }
        return new Source(title, organisation, year, link);
    }

    /** {@code {"confidence": "V", "sources": [...], "note": key}}; required for an item, optional for a section. */
    private Evidence evidence(Json node, Json.Obj owner, boolean required) {
        if (node == null) {
            if (required) {
                problem(owner.line(), owner.pointer() + "/evidence", "standards.problem.missing", "evidence");
            }
            return null;
        }
        if (!(node instanceof Json.Obj obj)) {
            problem(node.line(), node.pointer(), "standards.problem.notObject");
            return null;
        }
        String confidence = optionalString(obj, "confidence");
        if (confidence == null || !Vocabulary.CONFIDENCE.contains(confidence)) {
            problem(obj.line(), obj.pointer() + "/confidence", "standards.problem.badConfidence", String.valueOf(confidence));
            return null;
        }
        List<String> sources = new ArrayList<>();
        Json list = obj.members().get("sources");
        if (list instanceof Json.Arr arr) {
            for (Json s : arr.items()) {
                String url = string(s);
                if (url == null || !LINK.matcher(url).matches()) {
                    problem(s.line(), s.pointer(), "standards.problem.badLink", String.valueOf(scalar(s)));
                } else {
                    sources.add(url);
                }
            }
        } else if (list != null) {
            problem(list.line(), list.pointer(), "standards.problem.notList");
        }
        if ("V".equals(confidence) && sources.isEmpty()) {
            problem(obj.line(), obj.pointer() + "/sources", "standards.problem.verifiedWithoutSource");
        }
        return new Evidence(confidence, sources, null, optionalString(obj, "note"));
    }

    private LocalDate date(Json.Obj owner, String name) {
        String text = required(owner, name, null, null);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            Json at = owner.members().get(name);
            problem(at.line(), at.pointer(), "standards.problem.badDate", text);
            return null;
        }
    }

    private void appliesTo(Json.Obj owner, List<Place> places, List<String> pathwayTypes) {
        Json node = owner.members().get("appliesTo");
        if (node == null) {
            return;
        }
        if (!(node instanceof Json.Obj obj)) {
            problem(node.line(), node.pointer(), "standards.problem.notObject");
            return;
        }
        obj.members().forEach((kind, list) -> {
            if (!(list instanceof Json.Arr arr)) {
                problem(list.line(), list.pointer(), "standards.problem.notList");
                return;
            }
            for (Json entry : arr.items()) {
                String value = string(entry);
                switch (kind) {
                    case "screening" -> {
                        Place place = value == null ? null : Place.parse("screening:" + value).orElse(null);
                        if (place == null) {
                            problem(entry.line(), entry.pointer(), "standards.problem.badScreeningReference", String.valueOf(scalar(entry)));
                        } else {
                            places.add(place);
                        }
                    }
                    case "caseSteps" -> {
                        if (value == null || !CASE_STEPS.contains(value)) {
                            problem(entry.line(), entry.pointer(), "standards.problem.unknownCaseStep", String.valueOf(scalar(entry)));
                        } else {
                            places.add(new Place.CaseStep(value));
                        }
                    }
                    case "pathways" -> {
                        if (value == null || !Vocabulary.PATHWAY_TYPES.contains(value)) {
                            problem(entry.line(), entry.pointer(), "standards.problem.unknownPathwayType", String.valueOf(scalar(entry)));
                        } else {
                            pathwayTypes.add(value);
                        }
                    }
                    default -> {
                        problem(list.line(), list.pointer(), "standards.problem.unknownMember", kind);
                        return;
                    }
                }
            }
        });
    }

    private List<Section> sections(Json.Obj owner, Set<String> languages) {
        List<Section> sections = new ArrayList<>();
        Json node = owner.members().get("sections");
        if (!(node instanceof Json.Arr arr) || arr.items().isEmpty()) {
            problem(node == null ? owner.line() : node.line(), owner.pointer() + "/sections", "standards.problem.emptyList", "sections");
            return sections;
        }
        Set<String> ids = new HashSet<>();
        for (Json s : arr.items()) {
            if (!(s instanceof Json.Obj obj)) {
                problem(s.line(), s.pointer(), "standards.problem.notObject");
                continue;
            }
            for (String name : obj.members().keySet()) {
                if (!Set.of("id", "heading", "text", "evidence").contains(name)) {
                    Json member = obj.members().get(name);
                    problem(member.line(), member.pointer(), "standards.problem.unknownMember", name);
                }
            }
            String id = required(obj, "id", ID, "standards.problem.badId");
            if (id != null && !ids.add(id)) {
                Json at = obj.members().get("id");
                problem(at.line(), at.pointer(), "standards.problem.duplicate", id);
            }
            Map<String, String> heading = texts(obj, "heading", languages);
            Map<String, String> text = texts(obj, "text", languages);
            Evidence evidence = evidence(obj.members().get("evidence"), obj, false);
            if (id != null) {
                sections.add(new Section(id, heading, text, null, evidence, List.of()));
            }
        }
        return sections;
    }

    private String required(Json.Obj owner, String name, Pattern pattern, String badKey) {
        Json node = owner.members().get(name);
        String value = node == null ? null : string(node);
        if (value == null || value.isBlank()) {
            problem(node == null ? owner.line() : node.line(), owner.pointer() + "/" + name, "standards.problem.missing", name);
            return null;
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            problem(node.line(), node.pointer(), badKey, value);
            return null;
        }
        return value;
    }

    private String optionalString(Json.Obj owner, String name) {
        Json node = owner.members().get(name);
        if (node == null || scalar(node) == null) {
            return null;
        }
        String value = string(node);
        if (value == null) {
            problem(node.line(), node.pointer(), "standards.problem.notText", name);
            return null;
        }
        return value.isBlank() ? null : value.strip();
    }

    private static Object scalar(Json node) {
        return node instanceof Json.Scalar s ? s.value() : node.getClass().getSimpleName();
    }

    private static String string(Json node) {
        return node instanceof Json.Scalar s && s.value() instanceof String text ? text : null;
    }

    private void problem(int line, String pointer, String key, Object... arguments) {
        problems.add(new ContentProblem(file, line, pointer, key, Arrays.stream(arguments).map(String::valueOf).toList()));
    }
}
