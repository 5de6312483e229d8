package org.amparo.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.amparo.catalog.Catalog;

/**
 * The taxonomies the platform brings: {@value Catalog#PROTECTION_TAXONOMY} (the protection needs,
 * with the ids screening uses as term codes) and {@value Catalog#AMPARO_TAXONOMY} (confidential
 * locations and eligibility conditions). Their HSDS ids are name-based UUIDs, the same on every
 * installation. Labels are message keys {@code catalog.term.<code>} in en/fr/ar; the English text
 * is the term's HSDS name.
 */
final class Builtin {
    static final List<String> PROTECTION_CODES = List.of("shelter", "shelter.emergency", "shelter.transitional", "shelter.children",
            "medical-care", "sexual-reproductive-health", "mhpss", "legal-aid", "interpretation", "documentation-consular",
            "family-tracing", "guardianship", "education-vocational", "livelihoods", "return-reintegration", "asylum-protection",
            "hotlines");
    static final List<String> AMPARO_CODES = List.of("location.confidential", "eligibility.sex", "eligibility.nationality",
            "eligibility.status");
    static final String PROTECTION_TAXONOMY_ID = uuid(Catalog.PROTECTION_TAXONOMY);
    static final String AMPARO_TAXONOMY_ID = uuid(Catalog.AMPARO_TAXONOMY);

    private Builtin() {
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("org.amparo.catalog/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String termId(String taxonomy, String code) {
        return uuid(taxonomy + "/" + code);
    }

    static String labelKey(String code) {
        return "catalog.term." + code;
    }

    /** Every built-in taxonomy and term, as records to store. */
    static Batch batch() {
        Properties english = english();
        Batch batch = new Batch();
        taxonomy(batch, PROTECTION_TAXONOMY_ID, Catalog.PROTECTION_TAXONOMY, english.getProperty("catalog.taxonomy.protection"), "1.0.0");
        taxonomy(batch, AMPARO_TAXONOMY_ID, Catalog.AMPARO_TAXONOMY, english.getProperty("catalog.taxonomy.amparo"), "1.0.0");
        for (String code : PROTECTION_CODES) {
            term(batch, english, Catalog.PROTECTION_TAXONOMY, PROTECTION_TAXONOMY_ID, code,
                    code.contains(".") ? termId(Catalog.PROTECTION_TAXONOMY, code.substring(0, code.indexOf('.'))) : null);
        }
        for (String code : AMPARO_CODES) {
            term(batch, english, Catalog.AMPARO_TAXONOMY, AMPARO_TAXONOMY_ID, code, null);
        }
        return batch;
    }

    static List<String> ids() {
        List<String> ids = new ArrayList<>();
        PROTECTION_CODES.forEach(code -> ids.add(termId(Catalog.PROTECTION_TAXONOMY, code)));
        AMPARO_CODES.forEach(code -> ids.add(termId(Catalog.AMPARO_TAXONOMY, code)));
        return ids;
    }

    private static void taxonomy(Batch batch, String id, String name, String description, String version) {
        Rec rec = new Rec("taxonomies", "builtin", 0, "");
        rec.fields.put("id", id);
        rec.fields.put("name", name);
        rec.fields.put("description", description);
        rec.fields.put("version", version);
        batch.add(rec);
    }

    private static void term(Batch batch, Properties english, String taxonomy, String taxonomyId, String code, String parentId) {
        Rec rec = new Rec("taxonomy_terms", "builtin", 0, "");
        String name = english.getProperty(labelKey(code));
        rec.fields.put("id", termId(taxonomy, code));
        rec.fields.put("code", code);
        rec.fields.put("name", name);
        rec.fields.put("description", name);
        if (parentId != null) {
            rec.fields.put("parent_id", parentId);
        }
        rec.fields.put("taxonomy", taxonomy);
        rec.fields.put("taxonomy_id", taxonomyId);
        batch.add(rec);
    }

    private static Properties english() {
        Properties properties = new Properties();
        try (InputStream in = Builtin.class.getResourceAsStream("/OSGI-INF/amparo/l10n/catalog.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
