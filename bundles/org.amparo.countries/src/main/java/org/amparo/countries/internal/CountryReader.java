package org.amparo.countries.internal;

import java.util.ArrayList;
import java.util.List;

import org.amparo.countries.Country;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.NationalQuestion;
import org.amparo.countries.Pathway;
import org.amparo.datafile.JsonNode;

/** Reads {@code country.json}. */
final class CountryReader {
    private final PackParser.Context context;
    private final String file;

    CountryReader(PackParser.Context context, String file) {
        this.context = context;
        this.file = file;
    }

    Country country(JsonNode.Obj json, String capabilityCode, String version, List<Law> laws, List<Pathway> pathways,
            List<NationalQuestion> questions) {
        Fields f = new Fields(context, file, json, "");
        String format = f.string("format", true);
        if (format != null && !format.equals("amparo.country/1")) {
            context.problems.add(file, json.members().get("format").line(), "/format", "pack.error.format", "amparo.country/1");
        }
        String code = f.string("code", true);
        Boolean fictional = f.bool("fictional", false);
        boolean isFictional = Boolean.TRUE.equals(fictional);
        if (code != null) {
            int line = json.members().get("code").line();
            if (!code.equals(capabilityCode)) {
                context.problems.add(file, line, "/code", "pack.error.codeMismatch", code, capabilityCode);
            } else if (isFictional && !PackParser.userAssigned(code)) {
                context.problems.add(file, line, "/code", "pack.error.fictionalCode", code);
            } else if (!isFictional && !PackParser.knownCountry(code)) {
                context.problems.add(file, line, "/code", "pack.error.unknownCountry", code);
            }
        }
        String name = f.key("name", true);

        List<Country.CountryLanguage> languages = new ArrayList<>();
        Ids languageIds = new Ids(context, file);
        for (Fields l : f.objects("languages", false)) {
            String tag = l.string("tag", true);
            if (tag != null && !Languages.known(tag)) {
                context.problems.add(file, l.line(), l.at("tag"), "pack.error.unknownLanguage", tag);
                tag = null;
            }
            languageIds.add(tag, l.line(), l.at("tag"));
            Boolean official = l.bool("official", true);
            String direction = l.oneOf("direction", true, List.of("ltr", "rtl"));
            Evidence evidence = l.evidence(false);
            l.noOthers();
            languages.add(new Country.CountryLanguage(tag, Boolean.TRUE.equals(official), "rtl".equals(direction), evidence));
        }

        Country.AgeOfMajority majority = null;
        Fields m = f.object("ageOfMajority", false);
        if (m != null) {
            Integer value = m.integer("value", true, 1, 30);
            Evidence evidence = m.evidence(false);
            m.noOthers();
            majority = new Country.AgeOfMajority(value == null ? 0 : value, evidence);
        }

        Country.Body body = null;
        Fields b = f.object("coordinatingBody", false);
        if (b != null) {
            String bodyName = b.key("name", true);
            Evidence evidence = b.evidence(false);
            b.noOthers();
            body = new Country.Body(bodyName, evidence);
        }

        List<Country.Hotline> hotlines = new ArrayList<>();
        Ids hotlineIds = new Ids(context, file);
        for (Fields h : f.objects("hotlines", false)) {
            String id = h.id("id");
            hotlineIds.add(id, h.line(), h.at("id"));
            String hotlineName = h.key("name", true);
            String number = h.string("number", true);
            if (number != null && !PackParser.validPhone(number)) {
                context.problems.add(file, h.line(), h.at("number"), "pack.error.badNumber", number);
            }
            String hours = h.key("hours", false);
            Evidence evidence = h.evidence(true);
            h.noOthers();
            hotlines.add(new Country.Hotline(id, hotlineName, number, hours, evidence));
        }
        String hotlinesNote = f.key("hotlinesNote", false);
        if (hotlines.isEmpty() && hotlinesNote == null && json.members().containsKey("hotlines")) {
            f.problemAt("hotlinesNote", "pack.error.hotlinesNote");
        }

        List<String> levels = new ArrayList<>();
        for (Fields.Item item : f.strings("divisionLevels", false)) {
            if (!item.value().startsWith(context.keyPrefix)) {
                context.problems.add(file, item.line(), item.pointer(), "pack.error.keyPrefix", item.value(), context.keyPrefix);
            } else if (!context.english.containsKey(item.value())) {
                context.problems.add(file, item.line(), item.pointer(), "pack.error.missingText", item.value(), context.englishFile);
            } else {
                levels.add(item.value());
            }
        }
        f.noOthers();
        return new Country(code, version, null, isFictional, name, languages, majority, body, hotlines, hotlinesNote,
                levels, 0, laws, pathways, questions);
    }
}
