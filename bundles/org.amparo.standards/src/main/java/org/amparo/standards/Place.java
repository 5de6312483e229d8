package org.amparo.standards;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place of the platform where a standard is applied: the question of a screening instrument, a
 * step of the case workflow, or a step of a country's referral pathway. Each has a stable textual
 * {@link #key()} for links ({@code screening:child/ch-age-doubt}, {@code case:INTAKE},
 * {@code pathway:MA/trafficking/identification}) that {@link #parse} reads back.
 *
 * @since 1.0
 */
public sealed interface Place {
    /** The place as one string, e.g. {@code screening:child/ch-age-doubt}; what {@link #parse} reads. */
    String key();

    /** The message key naming this kind of place, e.g. {@code standards.place.screening}. */
    String kindLabelKey();

    /**
     * A question of a screening instrument.
     *
     * @param instrumentId the instrument, e.g. {@code trafficking-identification}
     * @param questionId the question, e.g. {@code tip-recruited}
     */
    record ScreeningQuestion(String instrumentId, String questionId) implements Place {
        public ScreeningQuestion {
            requireId(instrumentId, "instrumentId");
            requireId(questionId, "questionId");
        }

        @Override
        public String key() {
            return "screening:" + instrumentId + "/" + questionId;
        }

        @Override
        public String kindLabelKey() {
            return "standards.place.screening";
        }
    }

    /**
     * A step of the case workflow.
     *
     * @param status the name of an {@code org.amparo.cases.CaseStatus}, e.g. {@code INTAKE}
     */
    record CaseStep(String status) implements Place {
        public CaseStep {
            Objects.requireNonNull(status, "status");
            if (!status.matches("[A-Z][A-Z_]*")) {
                throw new IllegalArgumentException("not a case status name: " + status);
            }
        }

        @Override
        public String key() {
            return "case:" + status;
        }

        @Override
        public String kindLabelKey() {
            return "standards.place.case";
        }
    }

    /**
     * A step of a country's national referral pathway.
     *
     * @param country ISO 3166-1 alpha-2 code, upper case
     * @param pathwayId the pathway's id in the pack
     * @param stepId the step's id in the pathway
     */
    record PathwayStep(String country, String pathwayId, String stepId) implements Place {
        public PathwayStep {
            Objects.requireNonNull(country, "country");
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("not a country code: " + country);
            }
            requireId(pathwayId, "pathwayId");
            requireId(stepId, "stepId");
        }

        @Override
        public String key() {
            return "pathway:" + country + "/" + pathwayId + "/" + stepId;
        }

        @Override
        public String kindLabelKey() {
            return "standards.place.pathway";
        }
    }

    /** Reads a {@link #key()}; empty for anything else. */
    static Optional<Place> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            int colon = key.indexOf(':');
            String kind = colon < 0 ? "" : key.substring(0, colon);
            String[] parts = key.substring(colon + 1).split("/", -1);
            return switch (kind) {
                case "screening" -> parts.length == 2 ? Optional.of(new ScreeningQuestion(parts[0], parts[1])) : Optional.empty();
                case "case" -> parts.length == 1 ? Optional.of(new CaseStep(parts[0])) : Optional.empty();
                case "pathway" -> parts.length == 3 ? Optional.of(new PathwayStep(parts[0], parts[1], parts[2])) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void requireId(String id, String name) {
        Objects.requireNonNull(id, name);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an id: " + name + "=" + id);
        }
    }

    /** Ids of instruments, questions, pathways and steps: letters, digits, dots, dashes and underscores. */
    Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
}
