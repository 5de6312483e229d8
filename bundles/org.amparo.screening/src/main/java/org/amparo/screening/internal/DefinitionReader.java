package org.amparo.screening.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.amparo.countries.Confidence;
import org.amparo.screening.AgeGroup;
import org.amparo.screening.Basis;
import org.amparo.screening.Condition;
import org.amparo.screening.DecisionRules;
import org.amparo.screening.DecisionRules.DimensionExpression;
import org.amparo.screening.Exploitation;
import org.amparo.screening.Factor;
import org.amparo.screening.FactorKind;
import org.amparo.screening.FlagDefinition;
import org.amparo.screening.Grade;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.Instrument;
import org.amparo.screening.InvalidDefinitionException;
import org.amparo.screening.Level;
import org.amparo.screening.Question;
import org.amparo.screening.RatingScale;
import org.amparo.screening.Rule;
import org.amparo.screening.Section;
import org.amparo.screening.Standard;
import org.amparo.screening.Taxonomy;
import org.amparo.datafile.Csv;
import org.amparo.datafile.JsonNode;
import org.amparo.datafile.Source;

/**
 * Reads and validates every definition file of the core: standards, the protection taxonomy,
 * indicator lists, decision rules and instruments, in every version present. Validation is complete
 * before anything is returned; problems name file, line and JSON pointer (or CSV column).
 */
final class DefinitionReader {
    static final String ROOT = "amparo/screening/";
    static final String STANDARDS = ROOT + "standards.json";
    static final String TAXONOMY = ROOT + "taxonomy/";
    static final String INDICATORS = ROOT + "indicators/";
    static final String RULES = ROOT + "rules/";
    static final String INSTRUMENTS = ROOT + "instruments/";
    static final String MESSAGES = "OSGI-INF/amparo/l10n/screening.properties";
    static final List<String> CSV_COLUMNS = List.of("id", "list", "dimension", "item", "indicator", "grade", "confidence");

    private final Source source;
    private final ReadContext context;
    private final Map<String, Standard> standards = new LinkedHashMap<>();
    private final List<Taxonomy> taxonomies = new ArrayList<>();
    private final List<IndicatorList> lists = new ArrayList<>();
    private final Map<String, String> listSchemes = new HashMap<>();
    private final List<DecisionRules> rules = new ArrayList<>();
    private final List<Instrument> instruments = new ArrayList<>();

    DefinitionReader(Source source) throws IOException {
        this.source = source;
        this.context = new ReadContext("screening.", englishKeys(source, MESSAGES), MESSAGES);
    }

    static Set<String> englishKeys(Source source, String file) throws IOException {
        Properties english = new Properties();
        try (InputStream in = source.open(file)) {
            if (in != null) {
                english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return english.stringPropertyNames();
    }

    /** Reads everything; throws with every problem found if anything is wrong. */
    Library read() throws IOException {
        JsonNode.Obj json = json(STANDARDS, true);
        if (json != null) {
            readStandards(json);
        }
        for (String file : source.list(TAXONOMY)) {
            if (file.endsWith(".json")) {
                JsonNode.Obj t = json(file, true);
                if (t != null) {
                    readTaxonomy(file, t);
                }
            }
        }
        for (String file : source.list(INDICATORS)) {
            if (file.endsWith(".json")) {
                JsonNode.Obj i = json(file, true);
                if (i != null) {
                    readIndicators(file, i);
                }
            }
        }
        for (String file : source.list(RULES)) {
            if (file.endsWith(".json")) {
                JsonNode.Obj r = json(file, true);
                if (r != null) {
                    readRules(file, r);
                }
            }
        }
        for (String file : source.list(INSTRUMENTS)) {
            if (file.endsWith(".json")) {
                byte[] bytes = bytes(file);
                JsonNode.Obj i = bytes == null ? null : parse(file, bytes);
                if (i != null) {
                    readInstrument(file, i, digest(bytes));
                }
            }
        }
        checkUnique();
        if (context.problems.isEmpty()) {
            checkReferences(context, knownIds(standards.values(), taxonomies, lists, listSchemes, instruments,
                    rules, List.of()), questionsById(instruments));
        }
        if (!context.problems.isEmpty()) {
            throw new InvalidDefinitionException(context.problems.list());
        }
        return new Library(standards.values(), taxonomies, lists, rules, instruments);
    }

    // ---- files

    private byte[] bytes(String file) throws IOException {
        try (InputStream in = source.open(file)) {
            if (in == null) {
                context.problems.add(file, 0, "", "screening.error.missingFile");
                return null;
            }
            return in.readAllBytes();
        }
    }

    private JsonNode.Obj json(String file, boolean required) throws IOException {
        byte[] bytes = bytes(file);
        return bytes == null ? null : parse(file, bytes);
    }

    static JsonNode.Obj parse(ReadContext context, String file, byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            context.problems.add(file, 0, "", "screening.error.notUtf8");
            return null;
        }
        try {
            JsonNode node = JsonNode.read(new ByteArrayInputStream(bytes));
            if (node instanceof JsonNode.Obj obj) {
                return obj;
            }
            context.problems.add(file, node.line(), "", "screening.error.type", "an object");
        } catch (JsonNode.SyntaxError e) {
            context.problems.add(file, e.line, "", "screening.error.notJson", e.detail);
        } catch (IOException e) {
            context.problems.add(file, 0, "", "screening.error.unreadable", e.getMessage());
        }
        return null;
    }

    private JsonNode.Obj parse(String file, byte[] bytes) {
        return parse(context, file, bytes);
    }

    static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- standards

    private void readStandards(JsonNode.Obj json) {
        Fields f = new Fields(context, STANDARDS, json, "");
        f.format("amparo.standards/1");
        Elements.Ids ids = new Elements.Ids(context, STANDARDS);
        for (Fields s : f.objects("standards", true)) {
            String id = s.id("id");
            ids.add(id, s.line(), s.at("id"));
            String title = s.key("title", true);
            String tag = s.oneOf("confidence", true, List.of("V", "P", "GK", "U"));
            List<String> sources = new ArrayList<>();
            for (Fields.Item item : s.strings("sources", false)) {
                if (item.value().startsWith("https://") || item.value().startsWith("http://")) {
                    sources.add(item.value());
                } else {
                    context.problems.add(STANDARDS, item.line(), item.pointer(), "screening.error.badUrl", item.value());
                }
            }
            if (("V".equals(tag) || "P".equals(tag)) && sources.isEmpty()) {
                s.problemAt("sources", "screening.error.sourcesRequired", tag);
            }
            String note = s.key("note", false);
            s.noOthers();
            if (id != null && tag != null) {
                standards.put(id, new Standard(id, title, Confidence.valueOf(tag), sources, note));
            }
        }
        f.noOthers();
    }

    // ---- taxonomy

    private void readTaxonomy(String file, JsonNode.Obj json) {
        Fields f = new Fields(context, file, json, "");
        f.format("amparo.taxonomy/1");
        String id = f.id("id");
        String version = f.version("version");
        Elements.Ids ids = new Elements.Ids(context, file);
        List<Taxonomy.Service> services = new ArrayList<>();
        for (Fields s : f.objects("services", true)) {
            String sid = s.id("id");
            ids.add(sid, s.line(), s.at("id"));
            String label = s.key("label", true);
            String parent = s.string("parent", false);
            if (parent != null && !ids.contains(parent)) {
                s.problemAt("parent", "screening.error.brokenReference", parent, "an earlier service of this file");
            }
            s.noOthers();
            if (sid != null) {
                services.add(new Taxonomy.Service(sid, label, parent));
            }
        }
        f.noOthers();
        if (id != null && version != null) {
            taxonomies.add(new Taxonomy(id, version, services));
        }
    }

    // ---- indicators

    private void readIndicators(String file, JsonNode.Obj json) throws IOException {
        Fields f = new Fields(context, file, json, "");
        f.format("amparo.indicators/1");
        String version = f.version("version");
        String scheme = f.id("scheme");
        String standard = f.string("standard", true);
        context.refer(ReadContext.Kind.STANDARD, standard, file, f.lineOf("standard"), f.at("standard"));
        String rowsFile = f.string("rows", true);
        String provenance = f.key("provenance", true);
        Boolean graded = f.bool("graded", true);
        Map<String, String> dimensionLabels = new LinkedHashMap<>();
        Elements.Ids dimensionIds = new Elements.Ids(context, file);
        for (Fields d : f.objects("dimensions", true)) {
            String id = d.id("id");
            dimensionIds.add(id, d.line(), d.at("id"));
            String label = d.key("label", true);
            d.noOthers();
            if (id != null) {
                dimensionLabels.put(id, label);
            }
        }
        record ListHead(String id, String label, AgeGroup ageGroup, Exploitation exploitation) {
        }
        Map<String, ListHead> heads = new LinkedHashMap<>();
        for (Fields l : f.objects("lists", true)) {
            String id = l.id("id");
            String label = l.key("label", true);
            String age = l.oneOf("ageGroup", false, List.of("adult", "child"));
            String form = l.oneOf("exploitation", false, List.of("labour", "sexual"));
            l.noOthers();
            if (id != null) {
                if (heads.containsKey(id) || listSchemes.containsKey(id) && !java.util.Objects.equals(scheme, listSchemes.get(id))) {
                    l.problemAt("id", "screening.error.duplicateId", id, l.line());
                }
                heads.put(id, new ListHead(id, label, age == null ? null : AgeGroup.of(age).orElseThrow(),
                        form == null ? null : Exploitation.of(form).orElseThrow()));
            }
        }
        f.noOthers();
        if (rowsFile == null || scheme == null || version == null || graded == null) {
            return;
        }
        String csvPath = file.substring(0, file.lastIndexOf('/') + 1) + rowsFile;
        Map<String, List<IndicatorList.Indicator>> rows = new LinkedHashMap<>();
        Map<String, Boolean> allVerified = new HashMap<>();
        byte[] bytes = bytes(csvPath);
        if (bytes == null) {
            return;
        }
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            Csv csv = new Csv(reader);
            List<String> header = csv.next();
            if (header == null || !header.equals(CSV_COLUMNS)) {
                context.problems.add(csvPath, 1, "", "screening.error.csvHeader", String.join(",", CSV_COLUMNS));
                return;
            }
            Elements.Ids rowIds = new Elements.Ids(context, csvPath);
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                int line = csv.line();
                if (row.size() != CSV_COLUMNS.size()) {
                    context.problems.add(csvPath, line, "", "screening.error.csvColumns", CSV_COLUMNS.size(), row.size());
                    continue;
                }
                String id = row.get(0);
                String list = row.get(1);
                String dimension = row.get(2);
                String item = row.get(3);
                String grade = row.get(5);
                String confidence = row.get(6);
                boolean ok = rowIds.add(id, line, "id");
                if (!id.equals(list + "/" + dimension + "/" + item)) {
                    context.problems.add(csvPath, line, "id", "screening.error.rowId", id, list + "/" + dimension + "/" + item);
                    ok = false;
                }
                if (!heads.containsKey(list)) {
                    context.problems.add(csvPath, line, "list", "screening.error.brokenReference", list, "the lists of " + file);
                    ok = false;
                }
                if (!dimensionLabels.containsKey(dimension)) {
                    context.problems.add(csvPath, line, "dimension", "screening.error.brokenReference", dimension,
                            "the dimensions of " + file);
                    ok = false;
                }
                if (!Fields.ID.matcher(item).matches()) {
                    context.problems.add(csvPath, line, "item", "screening.error.badId", item);
                    ok = false;
                }
                String label = "screening.indicator." + item;
                if (ok && !context.english.contains(label)) {
                    context.problems.add(csvPath, line, "item", "screening.error.missingText", label, MESSAGES);
                    ok = false;
                }
                Grade g = null;
                if (graded) {
                    g = Grade.of(grade).orElse(null);
                    if (g == null) {
                        context.problems.add(csvPath, line, "grade", "screening.error.oneOf", grade, "strong, medium, weak");
                        ok = false;
                    }
                } else if (!grade.isEmpty()) {
                    context.problems.add(csvPath, line, "grade", "screening.error.ungraded", grade);
                    ok = false;
                }
                if (!List.of("A", "B", "C", "D").contains(confidence)) {
                    context.problems.add(csvPath, line, "confidence", "screening.error.oneOf", confidence, "A, B, C, D");
                    ok = false;
                }
                if (ok) {
                    rows.computeIfAbsent(list, k -> new ArrayList<>())
                            .add(new IndicatorList.Indicator(id, dimension, item, label, g, confidence));
                    allVerified.merge(list, confidence.equals("A"), Boolean::logicalAnd);
                }
            }
        } catch (Csv.UnterminatedQuote e) {
            context.problems.add(csvPath, e.line, "", "screening.error.unterminatedQuote");
            return;
        }
        for (ListHead head : heads.values()) {
            List<IndicatorList.Indicator> indicators = rows.getOrDefault(head.id(), List.of());
            if (indicators.isEmpty()) {
                context.problems.add(file, f.line(), "/lists", "screening.error.emptyList", head.id(), csvPath);
                continue;
            }
            List<IndicatorList.Dimension> dimensions = dimensionLabels.entrySet().stream()
                    .map(e -> new IndicatorList.Dimension(e.getKey(), e.getValue())).toList();
            listSchemes.put(head.id(), scheme);
            lists.add(new IndicatorList(head.id(), scheme, version, standard, head.ageGroup(), head.exploitation(),
                    head.label(), dimensions, indicators, allVerified.getOrDefault(head.id(), false), provenance));
        }
    }

    // ---- decision rules

    private void readRules(String file, JsonNode.Obj json) {
        Fields f = new Fields(context, file, json, "");
        f.format("amparo.rules/1");
        String id = f.id("id");
        String version = f.version("version");
        Elements.Ids ids = new Elements.Ids(context, file);
        List<DecisionRules.ListRule> listRules = new ArrayList<>();
        for (Fields r : f.objects("lists", true)) {
            String rid = r.id("id");
            ids.add(rid, r.line(), r.at("id"));
            List<String> covered = new ArrayList<>();
            for (Fields.Item item : r.strings("lists", true)) {
                context.refer(ReadContext.Kind.LIST, item.value(), file, item.line(), item.pointer());
                covered.add(item.value());
            }
            List<DecisionRules.Threshold> thresholds = new ArrayList<>();
            for (Fields t : r.objects("dimensionMet", true)) {
                Integer strong = t.integer("strong", false, 0, 100);
                Integer medium = t.integer("medium", false, 0, 100);
                Integer weak = t.integer("weak", false, 0, 100);
                Integer mediumOrWeak = t.integer("mediumOrWeak", false, 0, 100);
                Integer any = t.integer("any", false, 0, 100);
                t.noOthers();
                int s = strong == null ? 0 : strong;
                int m = medium == null ? 0 : medium;
                int w = weak == null ? 0 : weak;
                int mw = mediumOrWeak == null ? 0 : mediumOrWeak;
                int a = any == null ? 0 : any;
                if (s + m + w + mw + a == 0) {
                    t.problem("screening.error.emptyThreshold");
                } else {
                    thresholds.add(new DecisionRules.Threshold(s, m, w, mw, a));
                }
            }
            JsonNode outcomeNode = r.node("listMet", true);
            DimensionExpression outcome = outcomeNode == null ? null : expression(file, outcomeNode, r.at("listMet"));
            List<Basis> basis = Elements.basis(r, true);
            r.noOthers();
            if (rid != null && outcome != null && !thresholds.isEmpty()) {
                listRules.add(new DecisionRules.ListRule(rid, covered, thresholds, outcome, basis));
            }
        }
        f.noOthers();
        if (id != null && version != null) {
            rules.add(new DecisionRules(id, version, listRules));
        }
    }

    private DimensionExpression expression(String file, JsonNode node, String pointer) {
        if (node instanceof JsonNode.Scalar s && s.value() instanceof String id) {
            context.refer(ReadContext.Kind.DIMENSION, id, file, node.line(), pointer);
            return new DimensionExpression.Dimension(id);
        }
        if (node instanceof JsonNode.Obj obj && obj.members().size() == 1
                && (obj.members().containsKey("all") || obj.members().containsKey("any"))
                && obj.members().values().iterator().next() instanceof JsonNode.Arr array && !array.items().isEmpty()) {
            String name = obj.members().keySet().iterator().next();
            List<DimensionExpression> parts = new ArrayList<>();
            for (int i = 0; i < array.items().size(); i++) {
                DimensionExpression part = expression(file, array.items().get(i), pointer + "/" + name + "/" + i);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
            return name.equals("all") ? new DimensionExpression.AllOf(parts) : new DimensionExpression.AnyOf(parts);
        }
        context.problems.add(file, node.line(), pointer, "screening.error.type",
                "a dimension id, {\"all\": [...]} or {\"any\": [...]}");
        return null;
    }

    // ---- instruments

    private void readInstrument(String file, JsonNode.Obj json, String digest) {
        Fields f = new Fields(context, file, json, "");
        f.format("amparo.instrument/1");
        String id = f.id("id");
        String version = f.version("version");
        String title = f.key("title", true);
        List<String> standardIds = new ArrayList<>();
        for (Fields.Item item : f.strings("standards", true)) {
            context.refer(ReadContext.Kind.STANDARD, item.value(), file, item.line(), item.pointer());
            standardIds.add(item.value());
        }
        Elements.Ids sectionIds = new Elements.Ids(context, file);
        Elements.Ids questionIds = new Elements.Ids(context, file);
        Set<String> earlier = new LinkedHashSet<>();
        List<Section> sections = new ArrayList<>();
        for (Fields s : f.objects("sections", true)) {
            String sid = s.id("id");
            sectionIds.add(sid, s.line(), s.at("id"));
            String sectionTitle = s.key("title", true);
            List<Question> questions = new ArrayList<>();
            for (Fields q : s.objects("questions", true)) {
                List<Basis> basis = Elements.basis(q, false);
                Question question = Elements.question(q, earlier, basis);
                q.noOthers();
                if (question != null) {
                    questionIds.add(question.id(), q.line(), q.at("id"));
                    earlier.add(question.id());
                    questions.add(question);
                }
            }
            s.noOthers();
            if (sid != null) {
                sections.add(new Section(sid, sectionTitle, questions));
            }
        }
        Elements.Ids factorIds = new Elements.Ids(context, file);
        List<Factor> factors = new ArrayList<>();
        for (Fields x : f.objects("factors", false)) {
            String fid = x.id("id");
            factorIds.add(fid, x.line(), x.at("id"));
            String label = x.key("label", true);
            String level = x.oneOf("level", true, List.of("individual", "household", "community", "structural"));
            String kind = x.oneOf("kind", true, List.of("risk", "protective"));
            Integer weight = x.integer("weight", false, 1, 10);
            Condition when = Elements.condition(x, "when", true, new ArrayList<>());
            List<Basis> basis = Elements.basis(x, true);
            x.noOthers();
            if (fid != null && level != null && kind != null && when != null) {
                factors.add(new Factor(fid, label, Level.of(level).orElseThrow(),
                        kind.equals("risk") ? FactorKind.RISK : FactorKind.PROTECTIVE, weight == null ? 1 : weight, when,
                        basis));
            }
        }
        RatingScale rating = null;
        Fields r = f.object("rating", false);
        if (r != null) {
            Integer moderate = r.integer("moderateAt", true, 1, 100);
            Integer high = r.integer("highAt", true, 1, 100);
            List<Basis> basis = Elements.basis(r, true);
            r.noOthers();
            if (moderate != null && high != null) {
                if (high < moderate) {
                    r.problemAt("highAt", "screening.error.range", moderate, 100);
                } else {
                    rating = new RatingScale(moderate, high, basis);
                }
            }
        }
        List<FlagDefinition> flags = flags(f, context);
        List<Rule> ruleList = rules(f, context, file);
        f.noOthers();
        if (id != null && version != null) {
            instruments.add(new Instrument(id, version, title, standardIds, sections, factors, rating, flags, ruleList, digest));
        }
    }

    static List<FlagDefinition> flags(Fields f, ReadContext context) {
        Elements.Ids ids = new Elements.Ids(context, f.file);
        List<FlagDefinition> flags = new ArrayList<>();
        for (Fields g : f.objects("flags", false)) {
            String gid = g.id("id");
            ids.add(gid, g.line(), g.at("id"));
            String label = g.key("label", true);
            Boolean urgent = g.bool("urgent", false);
            g.noOthers();
            if (gid != null) {
                flags.add(new FlagDefinition(gid, label, Boolean.TRUE.equals(urgent)));
            }
        }
        return flags;
    }

    static List<Rule> rules(Fields f, ReadContext context, String file) {
        Elements.Ids ids = new Elements.Ids(context, file);
        List<Rule> result = new ArrayList<>();
        for (Fields x : f.objects("rules", false)) {
            String rid = x.id("id");
            ids.add(rid, x.line(), x.at("id"));
            Condition when = Elements.condition(x, "when", true, new ArrayList<>());
            String flag = x.string("flag", false);
            String need = x.string("need", false);
            if ((flag == null) == (need == null)) {
                x.problem("screening.error.flagOrNeed");
            }
            context.refer(ReadContext.Kind.FLAG, flag, file, x.lineOf("flag"), x.at("flag"));
            context.refer(ReadContext.Kind.SERVICE, need, file, x.lineOf("need"), x.at("need"));
            List<Basis> basis = Elements.basis(x, true);
            x.noOthers();
            if (rid != null && when != null && (flag == null) != (need == null)) {
                result.add(new Rule(rid, when, flag, need, basis));
            }
        }
        return result;
    }

    // ---- cross-file checks

    private void checkUnique() {
        Set<String> seen = new HashSet<>();
        for (Instrument i : instruments) {
            if (!seen.add(i.reference())) {
                context.problems.add(INSTRUMENTS, 0, "", "screening.error.duplicateVersion", i.reference());
            }
        }
        seen.clear();
        for (DecisionRules r : rules) {
            if (!seen.add(r.id() + "@" + r.version())) {
                context.problems.add(RULES, 0, "", "screening.error.duplicateVersion", r.id() + "@" + r.version());
            }
        }
        seen.clear();
        for (IndicatorList l : lists) {
            if (!seen.add(l.id() + "@" + l.version())) {
                context.problems.add(INDICATORS, 0, "", "screening.error.duplicateVersion", l.id() + "@" + l.version());
            }
        }
        if (rules.isEmpty()) {
            context.problems.add(RULES, 0, "", "screening.error.missingFile");
        }
        if (taxonomies.isEmpty()) {
            context.problems.add(TAXONOMY, 0, "", "screening.error.missingFile");
        }
    }

    /** Every id that a reference may point to, by kind. */
    static Map<ReadContext.Kind, Set<String>> knownIds(java.util.Collection<Standard> standards, List<Taxonomy> taxonomies,
            List<IndicatorList> lists, Map<String, String> listSchemes, List<Instrument> instruments,
            List<DecisionRules> rules, List<org.amparo.screening.InstrumentAddition> additions) {
        Map<ReadContext.Kind, Set<String>> known = new HashMap<>();
        for (ReadContext.Kind kind : ReadContext.Kind.values()) {
            known.put(kind, new HashSet<>());
        }
        standards.forEach(s -> known.get(ReadContext.Kind.STANDARD).add(s.id()));
        taxonomies.forEach(t -> t.services().forEach(s -> known.get(ReadContext.Kind.SERVICE).add(s.id())));
        for (IndicatorList l : lists) {
            known.get(ReadContext.Kind.LIST).add(l.id());
            l.dimensions().forEach(d -> known.get(ReadContext.Kind.DIMENSION).add(d.id()));
            l.indicators().forEach(i -> known.get(ReadContext.Kind.INDICATOR).add(l.scheme() + ":" + i.dimension() + "/" + i.item()));
        }
        for (Instrument i : instruments) {
            i.questions().forEach(q -> known.get(ReadContext.Kind.QUESTION).add(q.id()));
            i.flags().forEach(g -> known.get(ReadContext.Kind.FLAG).add(g.id()));
            i.factors().forEach(x -> known.get(ReadContext.Kind.FACTOR).add(x.id()));
        }
        for (org.amparo.screening.InstrumentAddition a : additions) {
            a.questions().forEach(q -> known.get(ReadContext.Kind.QUESTION).add(q.id()));
            a.flags().forEach(g -> known.get(ReadContext.Kind.FLAG).add(g.id()));
        }
        return known;
    }

    static Map<String, List<Question>> questionsById(List<Instrument> instruments) {
        Map<String, List<Question>> byId = new HashMap<>();
        for (Instrument i : instruments) {
            i.questions().forEach(q -> byId.computeIfAbsent(q.id(), k -> new ArrayList<>()).add(q));
        }
        return byId;
    }

    /** Reports every recorded reference that points to nothing. */
    static void checkReferences(ReadContext context, Map<ReadContext.Kind, Set<String>> known,
            Map<String, List<Question>> questions) {
        for (ReadContext.Ref ref : context.refs) {
            switch (ref.kind()) {
                case ANSWER_VALUE -> {
                    int cut = ref.value().indexOf('=');
                    String question = ref.value().substring(0, cut);
                    String value = ref.value().substring(cut + 1);
                    List<Question> defs = questions.getOrDefault(question, List.of());
                    if (!defs.isEmpty() && defs.stream().noneMatch(q -> accepts(q, value))) {
                        context.problems.add(ref.file(), ref.line(), ref.pointer(), "screening.error.badValue", value, question);
                    }
                }
                case NUMBER_QUESTION -> {
                    List<Question> defs = questions.getOrDefault(ref.value(), List.of());
                    if (!defs.isEmpty() && defs.stream().noneMatch(q -> q.answerType() == org.amparo.screening.AnswerType.NUMBER)) {
                        context.problems.add(ref.file(), ref.line(), ref.pointer(), "screening.error.notNumber", ref.value());
                    }
                }
                default -> {
                    if (!known.get(ref.kind()).contains(ref.value())) {
                        context.problems.add(ref.file(), ref.line(), ref.pointer(), "screening.error.brokenReference",
                                ref.value(), "no " + ref.kind().name().toLowerCase(java.util.Locale.ROOT) + " of that id");
                    }
                }
            }
        }
    }

    static boolean accepts(Question question, String value) {
        return switch (question.answerType()) {
            case YES_NO -> value.equals("yes") || value.equals("no");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.option(value).isPresent();
            default -> false;
        };
    }
}
