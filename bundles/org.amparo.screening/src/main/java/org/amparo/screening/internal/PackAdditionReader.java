package org.amparo.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.amparo.screening.Basis;
import org.amparo.screening.FlagDefinition;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.InvalidDefinitionException;
import org.amparo.screening.Question;
import org.amparo.screening.Rule;
import org.amparo.datafile.JsonNode;
import org.amparo.datafile.Source;

/**
 * Reads a country pack's {@code amparo/country/screening.json} ({@code amparo.screening/1}) into
 * instrument additions: questions, with the optional {@code showIf} and {@code indicators} on
 * questions and {@code indicators} on options, and the optional top-level {@code flags} and
 * {@code rules}. Reads it from the pack's files (tests, a pack's build) or from the text the
 * country-pack extender stored for a pack revision, and checks everything the extender cannot:
 * references to core questions, flags, factors, lists, indicators and services, and that the
 * whole holds together with the core set it extends.
 */
final class PackAdditionReader {
    static final String FILE = "amparo/country/screening.json";
    static final List<String> INSTRUMENTS = List.of("trafficking-identification", "vulnerability", "smuggling", "child");

    private final Source pack;
    private final String code;
    private final String revision;
    private final InstrumentSet core;
    private final String stored;

    /**
     * @param pack the pack's files
     * @param code its country code ({@code XA})
     * @param revision the pack revision the additions will be stored with
     * @param core the core set the additions extend (for checking references)
     */
    PackAdditionReader(Source pack, String code, String revision, InstrumentSet core) {
        this.pack = pack;
        this.code = code;
        this.revision = revision;
        this.core = core;
        this.stored = null;
    }

    /**
     * Reads the {@code screening.json} text that the country-pack extender stored for a revision.
     * Its message keys had English texts when the extender published it, so they are not checked
     * against a properties file here (the pack's bundle may be gone).
     */
    PackAdditionReader(String stored, String code, String revision, InstrumentSet core) {
        this.pack = null;
        this.code = code;
        this.revision = revision;
        this.core = core;
        this.stored = stored;
    }

    /** The additions, one per instrument extended; none when the pack has no screening file. */
    List<InstrumentAddition> read() throws IOException {
        String cc = code.toLowerCase(Locale.ROOT);
        String englishFile = "OSGI-INF/amparo/l10n/country-" + cc + ".properties";
        ReadContext context;
        byte[] bytes;
        if (stored != null) {
            context = new ReadContext("country." + cc + ".", null, englishFile);
            bytes = stored.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else {
            context = new ReadContext("country." + cc + ".", DefinitionReader.englishKeys(pack, englishFile), englishFile);
            try (InputStream in = pack.open(FILE)) {
                if (in == null) {
                    return List.of();
                }
                bytes = in.readAllBytes();
            }
        }
        JsonNode.Obj json = DefinitionReader.parse(context, FILE, bytes);
        if (json == null) {
            throw new InvalidDefinitionException(context.problems.list());
        }
        Fields f = new Fields(context, FILE, json, "");
        f.format("amparo.screening/1");
        Map<String, List<Question>> questions = new LinkedHashMap<>();
        Map<String, List<FlagDefinition>> flags = new LinkedHashMap<>();
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        Set<String> earlier = new LinkedHashSet<>();
        core.instruments().forEach(i -> i.questions().forEach(q -> earlier.add(q.id())));
        Set<String> coreQuestions = Set.copyOf(earlier);
        Elements.Ids questionIds = new Elements.Ids(context, FILE);
        List<Question> added = new ArrayList<>();
        for (Fields q : f.objects("questions", true)) {
            String instrument = q.oneOf("instrument", true, INSTRUMENTS);
            List<Basis> basis = lawBasis(q);
            evidence(q);
            Question question = Elements.question(q, earlier, basis);
            q.noOthers();
            if (question != null) {
                if (coreQuestions.contains(question.id())) {
                    q.problemAt("id", "screening.error.coreId", question.id());
                }
                questionIds.add(question.id(), q.line(), q.at("id"));
                earlier.add(question.id());
                added.add(question);
                if (instrument != null) {
                    questions.computeIfAbsent(instrument, k -> new ArrayList<>()).add(question);
                }
            }
        }
        Elements.Ids flagIds = new Elements.Ids(context, FILE);
        for (Fields g : f.objects("flags", false)) {
            String instrument = g.oneOf("instrument", true, INSTRUMENTS);
            String id = g.id("id");
            flagIds.add(id, g.line(), g.at("id"));
            String label = g.key("label", true);
            Boolean urgent = g.bool("urgent", false);
            g.noOthers();
            if (id != null && instrument != null) {
                flags.computeIfAbsent(instrument, k -> new ArrayList<>()).add(new FlagDefinition(id, label, Boolean.TRUE.equals(urgent)));
            }
        }
        Elements.Ids ruleIds = new Elements.Ids(context, FILE);
        for (Fields r : f.objects("rules", false)) {
            String instrument = r.oneOf("instrument", true, INSTRUMENTS);
            String id = r.id("id");
            ruleIds.add(id, r.line(), r.at("id"));
            var when = Elements.condition(r, "when", true, new ArrayList<>());
            String flag = r.string("flag", false);
            String need = r.string("need", false);
            if ((flag == null) == (need == null)) {
                r.problem("screening.error.flagOrNeed");
            }
            context.refer(ReadContext.Kind.FLAG, flag, FILE, r.lineOf("flag"), r.at("flag"));
            context.refer(ReadContext.Kind.SERVICE, need, FILE, r.lineOf("need"), r.at("need"));
            List<Basis> basis = lawBasis(r);
            evidence(r);
            r.noOthers();
            if (id != null && instrument != null && when != null && (flag == null) != (need == null)) {
                rules.computeIfAbsent(instrument, k -> new ArrayList<>()).add(new Rule(id, when, flag, need, basis));
            }
        }
        f.noOthers();
        List<InstrumentAddition> packAdditions = new ArrayList<>();
        for (String instrument : INSTRUMENTS) {
            if (questions.containsKey(instrument) || flags.containsKey(instrument) || rules.containsKey(instrument)) {
                packAdditions.add(new InstrumentAddition(code, revision, instrument, questions.getOrDefault(instrument, List.of()),
                        flags.getOrDefault(instrument, List.of()), rules.getOrDefault(instrument, List.of())));
            }
        }
        if (context.problems.isEmpty()) {
            Map<String, List<Question>> byId = DefinitionReader.questionsById(core.instruments());
            added.forEach(q -> byId.computeIfAbsent(q.id(), k -> new ArrayList<>()).add(q));
            DefinitionReader.checkReferences(context, DefinitionReader.knownIds(core.standards(), List.of(core.taxonomy()),
                    core.indicatorLists(), Map.of(), core.instruments(), List.of(core.rules()), packAdditions), byId);
        }
        if (!context.problems.isEmpty()) {
            throw new InvalidDefinitionException(context.problems.list());
        }
        return packAdditions;
    }

    /** {@code basis}: law or provision references of the pack ({@code law-1#non-punishment}). */
    private List<Basis> lawBasis(Fields f) {
        List<Basis> result = new ArrayList<>();
        for (Fields.Item item : f.strings("basis", false)) {
            result.add(new Basis(code + ":" + item.value(), null));
        }
        return result;
    }

    /** {@code confidence}, {@code sources}, {@code verifiedOn} and {@code note}, as the format has them. */
    private static void evidence(Fields f) {
        String tag = f.oneOf("confidence", true, List.of("V", "P", "GK", "U"));
        List<Fields.Item> sources = f.strings("sources", false);
        if (("V".equals(tag) || "P".equals(tag)) && sources.isEmpty()) {
            f.problemAt("sources", "screening.error.sourcesRequired", tag);
        }
        f.string("verifiedOn", false);
        f.key("note", false);
    }
}
