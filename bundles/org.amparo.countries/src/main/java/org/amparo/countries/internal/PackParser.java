package org.amparo.countries.internal;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.amparo.countries.Country;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.Pathway;
import org.amparo.datafile.JsonNode;

/**
 * Reads and validates every file of a country pack. Validation is complete before anything is
 * returned: the result either carries the whole content or only problems. Stateless; one instance
 * per pack read.
 */
final class PackParser {
    static final String FOLDER = "amparo/country/";
    static final String COUNTRY = FOLDER + "country.json";
    static final String LAWS = FOLDER + "laws.json";
    static final String PATHWAYS = FOLDER + "pathways.json";
    static final String SCREENING = FOLDER + "screening.json";
    static final String DIVISIONS = FOLDER + "divisions.csv";
    static final String L10N = "OSGI-INF/amparo/l10n/";

    static final List<String> DATE_KINDS = List.of("adopted", "promulgated", "published", "in-force");
    static final List<String> TOPICS = List.of("identification-authority", "reflection-period", "residence",
            "non-punishment", "shelter", "legal-aid", "offence", "coordination", "child-protection", "return", "other");
    static final List<String> CASE_TYPES = List.of("trafficking", "smuggling", "child", "other-vulnerable");
    static final List<String> DEADLINE_FROM = List.of("identification", "previous-step");
    static final List<String> ANSWER_TYPES = List.of("yes-no", "single-choice", "multiple-choice", "text", "number", "date");
    static final List<String> INSTRUMENTS = List.of("trafficking-identification", "vulnerability", "smuggling", "child");
    private static final Set<String> USER_ASSIGNED = userAssignedCodes();
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9][0-9 -]{1,30}");

    /** What the parse of one pack shares between its files. */
    static final class Context {
        final Problems problems = new Problems();
        final LocalDate today;
        String keyPrefix = "country.";
        String englishFile = L10N + "country-??.properties";
        Map<String, String> english = Map.of();

        Context(LocalDate today) {
            this.today = today;
        }
    }

    /** A division row as read, before it is stored. */
    record DivisionRow(String id, String parentId, int level, String name, Map<String, String> names, int line) {
    }

    /**
     * The outcome: either {@code country} (and the rest) or problems. {@code screening} is the text
     * of {@code screening.json} as the pack carries it ({@code null} without one), stored with the
     * revision; {@code screeningKeys} the message keys it uses.
     */
    record Result(String code, Country country, List<DivisionRow> divisions, Map<String, Map<String, String>> texts,
            String revision, String screening, Set<String> screeningKeys, List<org.amparo.countries.PackProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final PackSource source;
    private final Context context;
    private final MessageDigest digest;

    PackParser(PackSource source, LocalDate today) {
        this.source = source;
        this.context = new Context(today);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param capabilityCode the {@code code} of the bundle's {@code amparo.country} capability
     * @param version the bundle version, carried into the result
     */
    Result parse(String capabilityCode, String version) {
        if (capabilityCode == null || !capabilityCode.matches("[A-Z]{2}")) {
            context.problems.add("META-INF/MANIFEST.MF", 0, "Provide-Capability", "pack.error.noCapability",
                    capabilityCode == null ? "" : capabilityCode);
            return failed(capabilityCode);
        }
        String cc = capabilityCode.toLowerCase(Locale.ROOT);
        context.keyPrefix = "country." + cc + ".";
        context.englishFile = L10N + "country-" + cc + ".properties";
        Map<String, Map<String, String>> texts = readTexts(cc);
        context.english = texts.getOrDefault("en", Map.of());

        JsonNode.Obj countryJson = readObject(COUNTRY, true);
        JsonNode.Obj lawsJson = readObject(LAWS, false);
        JsonNode.Obj pathwaysJson = readObject(PATHWAYS, false);
        byte[] screeningBytes = readBytes(SCREENING, false);
        JsonNode.Obj screeningJson = screeningBytes == null ? null : parseObject(SCREENING, screeningBytes);
        byte[] divisionsCsv = readBytes(DIVISIONS, false);

        Country country = null;
        QuestionReader.Screening screening = QuestionReader.Screening.NONE;
        if (countryJson != null) {
            CountryReader countryReader = new CountryReader(context, COUNTRY);
            List<Law> laws = lawsJson == null ? List.of() : new LawReader(context, LAWS).laws(lawsJson);
            // When laws.json exists but could not be read, references to it cannot be judged.
            References references = lawsJson == null && source.exists(LAWS) ? References.UNKNOWN : new References(laws);
            List<Pathway> pathways = pathwaysJson == null ? List.of()
                    : new PathwayReader(context, PATHWAYS, references).pathways(pathwaysJson);
            if (screeningJson != null) {
                screening = new QuestionReader(context, SCREENING, references).read(screeningJson);
            }
            country = countryReader.country(countryJson, capabilityCode, version, laws, pathways, screening.questions());
        }
        List<DivisionRow> divisions = List.of();
        if (divisionsCsv != null) {
            int levels = country == null ? Integer.MAX_VALUE : Math.max(country.divisionLevelKeys().size(), 0);
            if (country != null && levels == 0) {
                context.problems.add(COUNTRY, countryJson.line(), "/divisionLevels", "pack.error.levelsRequired");
                levels = Integer.MAX_VALUE;
            }
            divisions = new DivisionReader(context, DIVISIONS).read(divisionsCsv, levels, capabilityCode);
        }
        if (!context.problems.isEmpty()) {
            return failed(capabilityCode);
        }
        String revision = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        Country withRevision = new Country(country.code(), version, revision, country.fictional(), country.nameKey(),
                country.languages(), country.ageOfMajority(), country.coordinatingBody(), country.hotlines(),
                country.hotlinesNoteKey(), country.divisionLevelKeys(), divisions.size(), country.laws(),
                country.pathways(), country.questions());
        return new Result(capabilityCode, withRevision, divisions, texts, revision,
                screeningBytes == null ? null : new String(screeningBytes, StandardCharsets.UTF_8), screening.keys(), List.of());
    }

    private Result failed(String code) {
        return new Result(code, null, List.of(), Map.of(), null, null, Set.of(), context.problems.list());
    }

    /** The pack's own texts: {@code country-<cc>.properties} is English, {@code country-<cc>_<lang>.properties} others. */
    private Map<String, Map<String, String>> readTexts(String cc) {
        Map<String, Map<String, String>> texts = new TreeMap<>();
        String base = "country-" + cc;
        if (!source.exists(L10N + base + ".properties")) {
            context.problems.add(L10N + base + ".properties", 0, "", "pack.error.missingFile");
        }
        for (String name : source.list(L10N, ".properties")) {
            String stem = name.substring(0, name.length() - ".properties".length());
            String language;
            if (stem.equals(base)) {
                language = "en";
            } else if (stem.startsWith(base + "_")) {
                language = stem.substring(base.length() + 1).replace('_', '-');
                if (!Languages.known(language)) {
                    context.problems.add(L10N + name, 0, "", "pack.error.unknownLanguage", language);
                    continue;
                }
            } else {
                continue;
            }
            byte[] bytes = readBytes(L10N + name, true);
            if (bytes == null) {
                continue;
            }
            Properties properties = new Properties();
            try (Reader reader = utf8(bytes)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                context.problems.add(L10N + name, 0, "", "pack.error.unreadable", e.getMessage());
                continue;
            }
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            texts.put(language, map);
        }
        return texts;
    }

    static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private JsonNode.Obj readObject(String path, boolean required) {
        byte[] bytes = readBytes(path, required);
        return bytes == null ? null : parseObject(path, bytes);
    }

    private JsonNode.Obj parseObject(String path, byte[] bytes) {
        try {
            JsonNode node = JsonNode.read(new ByteArrayInputStream(bytes));
            if (node instanceof JsonNode.Obj obj) {
                return obj;
            }
            context.problems.add(path, node.line(), "", "pack.error.type", "a JSON object");
        } catch (JsonNode.SyntaxError e) {
            context.problems.add(path, e.line, "", "pack.error.notJson", e.detail);
        } catch (IOException e) {
            context.problems.add(path, 0, "", "pack.error.unreadable", e.getClass().getSimpleName());
        }
        return null;
    }

    /** Reads a whole file and adds it to the revision digest. */
    private byte[] readBytes(String path, boolean required) {
        try (InputStream in = source.open(path)) {
            if (in == null) {
                if (required) {
                    context.problems.add(path, 0, "", "pack.error.missingFile");
                }
                return null;
            }
            byte[] bytes = in.readAllBytes();
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            context.problems.add(path, 0, "", "pack.error.notUtf8");
            return null;
        } catch (IOException e) {
            context.problems.add(path, 0, "", "pack.error.unreadable", e.getClass().getSimpleName());
            return null;
        }
    }

    static boolean knownCountry(String code) {
        return Set.of(Locale.getISOCountries()).contains(code);
    }

    static boolean userAssigned(String code) {
        return USER_ASSIGNED.contains(code);
    }

    static boolean validPhone(String number) {
        return PHONE.matcher(number).matches();
    }

    private static Set<String> userAssignedCodes() {
        Set<String> codes = new java.util.HashSet<>(List.of("AA", "ZZ"));
        for (char c = 'M'; c <= 'Z'; c++) {
            codes.add("Q" + c);
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            codes.add("X" + c);
        }
        return codes;
    }

    /** Law and provision ids of the pack, for the references other files make. */
    static final class References {
        static final References UNKNOWN = new References(List.of());
        private final Map<String, Set<String>> provisionsByLaw = new LinkedHashMap<>();

        References(List<Law> laws) {
            for (Law law : laws) {
                Set<String> ids = new java.util.HashSet<>();
                law.provisions().forEach(p -> ids.add(p.id()));
                provisionsByLaw.put(law.id(), ids);
            }
        }

        /** Null if {@code reference} resolves, else the reason's argument. */
        String check(String reference) {
            if (this == UNKNOWN) {
                return null;
            }
            int hash = reference.indexOf('#');
            String law = hash < 0 ? reference : reference.substring(0, hash);
            Set<String> provisions = provisionsByLaw.get(law);
            if (provisions == null) {
                return "no law \"" + law + "\" in " + LAWS;
            }
            if (hash >= 0 && !provisions.contains(reference.substring(hash + 1))) {
                return "law \"" + law + "\" has no provision \"" + reference.substring(hash + 1) + "\"";
            }
            return null;
        }
    }

    /** Checks a list of law references. */
    static List<String> basis(Context context, String file, Fields fields, References references) {
        List<String> result = new ArrayList<>();
        for (Fields.Item item : fields.strings("basis", false)) {
            String problem = references.check(item.value());
            if (problem == null) {
                result.add(item.value());
            } else {
                context.problems.add(file, item.line(), item.pointer(), "pack.error.brokenReference", item.value(), problem);
            }
        }
        return result;
    }

    static Evidence noEvidence() {
        return new Evidence(org.amparo.countries.Confidence.U, List.of(), null, null);
    }
}
