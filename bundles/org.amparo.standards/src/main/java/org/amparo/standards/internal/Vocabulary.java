package org.amparo.standards.internal;

import java.util.List;

/** The closed lists items are classified by; each code has a message key. */
final class Vocabulary {
    static final List<String> TOPICS = List.of("trafficking", "smuggling", "vulnerability", "children", "referral",
            "case-management", "data-protection", "forced-labour", "identification");
    static final List<String> AUDIENCES = List.of("government", "ngo-caseworker", "service-provider",
            "law-enforcement", "child-protection", "policymaker");
    /** The case types of referral pathways ({@code org.amparo.countries.Pathway#caseType}). */
    static final List<String> PATHWAY_TYPES = List.of("trafficking", "smuggling", "child", "other-vulnerable");
    /** What a language version of a core item is. */
    static final List<String> LANGUAGE_KINDS = List.of("summary", "unofficial-translation");
    static final List<String> CONFIDENCE = List.of("V", "P", "GK", "U");

    private Vocabulary() {
    }

    static String topicKey(String code) {
        return "standards.topic." + code;
    }

    static String audienceKey(String code) {
        return "standards.audience." + code;
    }

    /** The topic a pathway's case type belongs to. */
    static String topicOfPathwayType(String caseType) {
        return switch (caseType) {
            case "trafficking" -> "trafficking";
            case "smuggling" -> "smuggling";
            case "child" -> "children";
            default -> "vulnerability";
        };
    }
}
