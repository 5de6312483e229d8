package org.amparo.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the engine made of one screening's answers. Every result carries an {@link Explanation}.
 * Decision support only: no result is a legal identification, which stays with the competent
 * authority ({@link #NOTICE_KEY} says so wherever results are shown).
 *
 * @param basedOn the exact instrument versions used
 * @param ageGroup the age group screened for
 * @param dimensions per list and dimension, whether the dimension's threshold is met
 * @param lists per indicator list, whether its decision rule is met
 * @param profile the vulnerability profile
 * @param flags the flags raised, urgent ones first
 * @param needs the service needs that follow, by protection-taxonomy id
 * @param undetermined rules that missing answers could still trigger
 * @param indicative true when a list used has not been verified against its official text: every
 *        indicator result is then shown as indicative ("list not yet verified")
 * @param missing ids of questions shown but answered "unknown", "declined" or not at all
 * @since 1.0
 */
public record Determination(SetReference basedOn, AgeGroup ageGroup, List<DimensionResult> dimensions,
        List<ListResult> lists, VulnerabilityProfile profile, List<FlagResult> flags, List<ServiceNeed> needs,
        List<Undetermined> undetermined, boolean indicative, List<String> missing) {
    /** Message key of the notice shown with every determination: decision support, not an identification. */
    public static final String NOTICE_KEY = "screening.notice.notIdentification";
    /** Message key of the label of an indicative result: the list has not been verified. */
    public static final String INDICATIVE_KEY = "screening.notice.indicative";

    public Determination {
        Objects.requireNonNull(basedOn, "basedOn");
        Objects.requireNonNull(ageGroup, "ageGroup");
        dimensions = List.copyOf(dimensions);
        lists = List.copyOf(lists);
        Objects.requireNonNull(profile, "profile");
        flags = List.copyOf(flags);
        needs = List.copyOf(needs);
        undetermined = List.copyOf(undetermined);
        missing = List.copyOf(missing);
    }

    /** The result of list {@code listId}, if it was computed. */
    public Optional<ListResult> list(String listId) {
        return lists.stream().filter(l -> l.list().equals(listId)).findFirst();
    }

    /** The result of dimension {@code dimensionId} of list {@code listId}, if it was computed. */
    public Optional<DimensionResult> dimension(String listId, String dimensionId) {
        return dimensions.stream().filter(d -> d.list().equals(listId) && d.dimension().equals(dimensionId)).findFirst();
    }

    /** The flag {@code flagId}, if raised. */
    public Optional<FlagResult> flag(String flagId) {
        return flags.stream().filter(f -> f.flag().equals(flagId)).findFirst();
    }

    /** Ids of the flags raised. */
    public Set<String> flagIds() {
        return flags.stream().map(FlagResult::flag).collect(Collectors.toUnmodifiableSet());
    }

    /** Taxonomy ids of the service needs. */
    public Set<String> serviceIds() {
        return needs.stream().map(ServiceNeed::service).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * One dimension of one list.
     *
     * @param strong how many strong indicators are present (likewise {@code medium}, {@code weak};
     *        an ungraded list counts its indicators in {@code present} only)
     * @param present how many indicators are present, whatever their grade
     * @param unknown how many indicators could be present but their answers are missing
     */
    public record DimensionResult(String list, String dimension, Outcome outcome, int strong, int medium, int weak,
            int present, int unknown, Explanation explanation) {
    }

    /**
     * The indicator outcome of one list: {@link Outcome#MET} means the answers are consistent with
     * trafficking (or forced labour) under the list's decision rule — indicators, not an identification.
     *
     * @param verified whether the list counted as verified; if not, the outcome is indicative only
     */
    public record ListResult(String list, Outcome outcome, boolean verified, Explanation explanation) {
    }

    /** A vulnerability factor found present. */
    public record FactorResult(String factor, String labelKey, Level level, FactorKind kind, int weight,
            Explanation explanation) {
    }

    /**
     * One level of the vulnerability profile.
     *
     * @param risk total weight of the risk factors present
     * @param protection total weight of the protective factors present
     */
    public record LevelResult(Level level, List<FactorResult> risks, List<FactorResult> protective, int risk,
            int protection, Rating rating, Explanation explanation) {
        public LevelResult {
            risks = List.copyOf(risks);
            protective = List.copyOf(protective);
        }
    }

    /** Risk and protective factors at the four levels; {@code overall} is the highest level rating. */
    public record VulnerabilityProfile(List<LevelResult> levels, Rating overall, Explanation explanation) {
        public VulnerabilityProfile {
            levels = List.copyOf(levels);
        }

        /** The result of {@code level}. */
        public LevelResult level(Level level) {
            return levels.stream().filter(l -> l.level() == level).findFirst().orElseThrow();
        }
    }

    /** A flag raised, with one explanation per rule that raised it. */
    public record FlagResult(String flag, String labelKey, boolean urgent, List<Explanation> explanations) {
        public FlagResult {
            explanations = List.copyOf(explanations);
        }
    }

    /** A service need, by protection-taxonomy id, with one explanation per rule that noted it. */
    public record ServiceNeed(String service, String labelKey, List<Explanation> explanations) {
        public ServiceNeed {
            explanations = List.copyOf(explanations);
        }
    }

    /**
     * A rule not met on the answers given that missing answers could still meet.
     *
     * @param flag the flag it would raise, or {@code null}
     * @param need the need it would note, or {@code null}
     */
    public record Undetermined(String rule, String flag, String need, List<String> missing) {
        public Undetermined {
            missing = List.copyOf(missing);
        }
    }
}
