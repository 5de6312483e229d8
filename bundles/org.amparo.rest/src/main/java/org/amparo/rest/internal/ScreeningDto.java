package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.interviews.Interview;
import org.amparo.interviews.ListVerification;
import org.amparo.screening.Answer;
import org.amparo.screening.Basis;
import org.amparo.screening.Condition;
import org.amparo.screening.Determination;
import org.amparo.screening.Explanation;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Option;
import org.amparo.screening.Question;
import org.amparo.screening.SetReference;
import org.amparo.screening.Standard;

/**
 * The JSON bodies of {@code /cases/{id}/screenings}, {@code /screenings} and
 * {@code /indicator-lists}: the interview and screening API's records copied into records of this
 * bundle. Every message key travels with its text in the caller's language (a key no bundle
 * defines shows as {@code [key]}, as everywhere). Answers may be personal data: they travel in
 * bodies only, never in an address, and no record here prints them in {@code toString}.
 * Enumerations travel by constant name, except answer types, which keep their data-file ids
 * ({@code yes-no}).
 */
final class ScreeningDto {
    private ScreeningDto() {
    }

    // ---------------------------------------------------------------- requests

    /** @param personLanguage the language the person is interviewed in (BCP 47, e.g. {@code ar}) */
    public record StartRequest(String personLanguage) {
    }

    /**
     * {@code PUT /screenings/{id}/answers}: answers by question id, replacing earlier answers to
     * the same questions.
     */
    public record AnswersRequest(Map<String, AnswerBody> answers) {
        @Override
        public String toString() {
            return "AnswersRequest[****]";
        }
    }

    /**
     * One answer.
     *
     * @param status given, unknown or declined
     * @param values the values of a given answer: {@code yes}/{@code no}, option ids, a number, an ISO
     *        date or a text; none for unknown and declined
     */
    public record AnswerBody(Answer.Status status, List<String> values) {
        @Override
        public String toString() {
            return "AnswerBody[****]";
        }
    }

    /** @param reason why the interview is run again under the current instruments */
    public record RerunRequest(String reason) {
    }

    /**
     * @param verified true: checked against the official text; false: no longer counts as checked
     * @param note what was checked (document, edition, date)
     */
    public record VerificationRequest(Boolean verified, String note) {
    }

    /**
     * The answers of a body as the interview service takes them; what only the adapter can see
     * wrong (no status, values on an answer that was not given) is added to {@code errors} under
     * {@code answers.<question id>}. A {@code null} answer goes on to the service, which names it.
     */
    static Map<String, Answer> answers(AnswersRequest request, List<FieldError> errors) {
        if (request.answers() == null) {
            errors.add(new FieldError("answers", "rest.field.required"));
            return Map.of();
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        request.answers().forEach((question, body) -> {
            String field = "answers." + question;
            if (body == null) {
                answers.put(question, null);
            } else if (body.status() == null) {
                errors.add(new FieldError(field + ".status", "rest.field.required"));
            } else if (body.values() != null && body.values().stream().anyMatch(v -> v == null)) {
                errors.add(new FieldError(field + ".values", "rest.field.invalidValue"));
            } else if (body.status() != Answer.Status.GIVEN && body.values() != null && !body.values().isEmpty()) {
                errors.add(new FieldError(field + ".values", "rest.screening.valuesNotGiven"));
            } else {
                answers.put(question, new Answer(body.status(), body.values() == null ? List.of() : body.values()));
            }
        });
        return answers;
    }

    // ---------------------------------------------------------------- replies

    /** Texts of message keys in one language; {@code null} for a {@code null} key. */
    record Texts(Messages messages, LanguageTag language) {
        String of(String key) {
            return key == null ? null : messages.get(language, key);
        }
    }

    /** The exact versions a screening uses (see {@link SetReference}). */
    public record UsesView(List<String> instruments, List<String> additions, List<String> indicatorLists, String rules,
            String taxonomy) {
        static UsesView of(SetReference r) {
            return new UsesView(r.instruments(), r.additions(), r.indicatorLists(), r.rules(), r.taxonomy());
        }
    }

    /** One stored answer. */
    public record AnswerView(String status, List<String> values) {
        static AnswerView of(Answer answer) {
            return new AnswerView(answer.status().name(), answer.values());
        }

        @Override
        public String toString() {
            return "AnswerView[****]";
        }
    }

    /**
     * An interview.
     *
     * @param answers by question id, in question id order
     * @param completedBy null while a draft; @param completedAt null while a draft
     * @param rerunOf the interview this one re-runs, or null
     * @param flags the flags raised when it was completed (empty before)
     * @param indicative whether that determination rested on a list not yet verified
     */
    public record InterviewView(long id, long caseId, String status, UsesView uses, String personLanguage,
            String ageGroup, Map<String, AnswerView> answers, String startedBy, String startedAt, String updatedAt,
            String completedBy, String completedAt, Long rerunOf, String rerunReason, List<String> flags,
            boolean indicative) {
        static InterviewView of(Interview i) {
            Map<String, AnswerView> answers = new TreeMap<>();
            i.answers().byQuestion().forEach((question, answer) -> answers.put(question, AnswerView.of(answer)));
            return new InterviewView(i.id(), i.caseId(), i.status().name(), UsesView.of(i.uses()), i.personLanguage(),
                    i.ageGroup() == null ? null : i.ageGroup().name(), answers, i.startedBy(), Dto.iso(i.startedAt()),
                    Dto.iso(i.updatedAt()), i.completedBy(), Dto.iso(i.completedAt()), i.rerunOf(), i.rerunReason(),
                    i.flags(), i.indicative());
        }

        @Override
        public String toString() {
            return "InterviewView[id=" + id + ", caseId=" + caseId + ", status=" + status + "]";
        }
    }

    /**
     * A standard or clause a result rests on.
     *
     * @param title the standard's title, or null when the basis is not one of the set's standards (a
     *        country pack's law reference, {@code XA:law-1#...})
     * @param confidence how well what Amparo takes from the standard was checked ({@code V} verified,
     *        {@code P}, {@code GK}, {@code U} not verified), or null like {@code title}
     */
    public record BasisView(String standard, String title, String clause, String confidence) {
        static BasisView of(Basis basis, InstrumentSet set, Texts texts) {
            Standard standard = set.standard(basis.standard()).orElse(null);
            return new BasisView(basis.standard(), standard == null ? null : texts.of(standard.titleKey()), basis.clause(),
                    standard == null ? null : standard.confidence().name());
        }
    }

    /** An answer a result rests on. */
    public record UsedAnswerView(String question, String status, List<String> values) {
        static UsedAnswerView of(Explanation.UsedAnswer used) {
            return new UsedAnswerView(used.question(), used.answer().status().name(), used.answer().values());
        }

        @Override
        public String toString() {
            return "UsedAnswerView[question=" + question + ", ****]";
        }
    }

    /**
     * An indicator a result rests on.
     *
     * @param grade {@code STRONG}, {@code MEDIUM}, {@code WEAK}, or null in an ungraded list
     * @param sourceConfidence how the row was checked, {@code A} (against the official text) to {@code D}
     */
    public record IndicatorView(String indicator, String labelKey, String label, String grade, String sourceConfidence,
            List<String> questions) {
        static IndicatorView of(Explanation.UsedIndicator i, Texts texts) {
            return new IndicatorView(i.indicator(), i.labelKey(), texts.of(i.labelKey()),
                    i.grade() == null ? null : i.grade().name(), i.sourceConfidence(), i.questions());
        }
    }

    /**
     * Why a result is what it is.
     *
     * @param because ids of the other results it rests on ({@code list:adult_labour}, {@code flag:...})
     * @param missing ids of questions whose missing answers could change it
     */
    public record ExplanationView(String rule, List<UsedAnswerView> answers, List<IndicatorView> indicators,
            List<BasisView> basis, List<String> because, List<String> missing) {
        static ExplanationView of(Explanation e, InstrumentSet set, Texts texts) {
            return new ExplanationView(e.rule(), e.answers().stream().map(UsedAnswerView::of).toList(),
                    e.indicators().stream().map(i -> IndicatorView.of(i, texts)).toList(),
                    e.basis().stream().map(b -> BasisView.of(b, set, texts)).toList(), e.because(), e.missing());
        }

        @Override
        public String toString() {
            return "ExplanationView[rule=" + rule + ", ****]";
        }
    }

    /** A flag raised, with one explanation per rule that raised it. */
    public record FlagView(String flag, String labelKey, String label, boolean urgent, List<ExplanationView> explanations) {
        static FlagView of(Determination.FlagResult f, InstrumentSet set, Texts texts) {
            return new FlagView(f.flag(), f.labelKey(), texts.of(f.labelKey()), f.urgent(),
                    f.explanations().stream().map(e -> ExplanationView.of(e, set, texts)).toList());
        }

        @Override
        public String toString() {
            return "FlagView[flag=" + flag + "]";
        }
    }

    /**
     * The indicator outcome of one list.
     *
     * @param outcome {@code MET}, {@code NOT_MET} or {@code UNDETERMINED}
     * @param verified whether the list counted as verified; if not, the outcome is indicative only
     */
    public record ListResultView(String list, String labelKey, String label, String outcome, boolean verified,
            ExplanationView explanation) {
        static ListResultView of(Determination.ListResult l, InstrumentSet set, Texts texts) {
            String key = set.indicatorList(l.list()).map(IndicatorList::labelKey).orElse(null);
            return new ListResultView(l.list(), key, texts.of(key), l.outcome().name(), l.verified(),
                    ExplanationView.of(l.explanation(), set, texts));
        }

        @Override
        public String toString() {
            return "ListResultView[list=" + list + ", outcome=" + outcome + "]";
        }
    }

    /** One dimension of one list, with how many indicators of each grade are present. */
    public record DimensionView(String list, String dimension, String labelKey, String label, String outcome, int strong,
            int medium, int weak, int present, int unknown, ExplanationView explanation) {
        static DimensionView of(Determination.DimensionResult d, InstrumentSet set, Texts texts) {
            String key = set.indicatorList(d.list()).flatMap(l -> l.dimensions().stream()
                    .filter(x -> x.id().equals(d.dimension())).findFirst()).map(IndicatorList.Dimension::labelKey).orElse(null);
            return new DimensionView(d.list(), d.dimension(), key, texts.of(key), d.outcome().name(), d.strong(), d.medium(),
                    d.weak(), d.present(), d.unknown(), ExplanationView.of(d.explanation(), set, texts));
        }

        @Override
        public String toString() {
            return "DimensionView[" + list + "/" + dimension + ", outcome=" + outcome + "]";
        }
    }

    /** A risk or protective factor found present. */
    public record FactorView(String factor, String labelKey, String label, String level, String kind, int weight,
            ExplanationView explanation) {
        static FactorView of(Determination.FactorResult f, InstrumentSet set, Texts texts) {
            return new FactorView(f.factor(), f.labelKey(), texts.of(f.labelKey()), f.level().name(), f.kind().name(),
                    f.weight(), ExplanationView.of(f.explanation(), set, texts));
        }

        @Override
        public String toString() {
            return "FactorView[factor=" + factor + "]";
        }
    }

    /**
     * One level of the vulnerability profile.
     *
     * @param risk total weight of the risk factors present; @param protection of the protective ones
     * @param rating {@code LOW}, {@code MODERATE} or {@code HIGH}
     */
    public record LevelView(String level, String rating, int risk, int protection, List<FactorView> risks,
            List<FactorView> protective, ExplanationView explanation) {
        static LevelView of(Determination.LevelResult l, InstrumentSet set, Texts texts) {
            return new LevelView(l.level().name(), l.rating().name(), l.risk(), l.protection(),
                    l.risks().stream().map(f -> FactorView.of(f, set, texts)).toList(),
                    l.protective().stream().map(f -> FactorView.of(f, set, texts)).toList(),
                    ExplanationView.of(l.explanation(), set, texts));
        }

        @Override
        public String toString() {
            return "LevelView[level=" + level + ", rating=" + rating + "]";
        }
    }

    /** @param overall the highest level rating */
    public record ProfileView(String overall, List<LevelView> levels, ExplanationView explanation) {
        static ProfileView of(Determination.VulnerabilityProfile p, InstrumentSet set, Texts texts) {
            return new ProfileView(p.overall().name(), p.levels().stream().map(l -> LevelView.of(l, set, texts)).toList(),
                    ExplanationView.of(p.explanation(), set, texts));
        }

        @Override
        public String toString() {
            return "ProfileView[overall=" + overall + "]";
        }
    }

    /** A service need, by protection-taxonomy id. */
    public record NeedView(String service, String labelKey, String label, List<ExplanationView> explanations) {
        static NeedView of(Determination.ServiceNeed n, InstrumentSet set, Texts texts) {
            return new NeedView(n.service(), n.labelKey(), texts.of(n.labelKey()),
                    n.explanations().stream().map(e -> ExplanationView.of(e, set, texts)).toList());
        }

        @Override
        public String toString() {
            return "NeedView[service=" + service + "]";
        }
    }

    /** A rule that missing answers could still meet: it would raise {@code flag} or note {@code need}. */
    public record UndeterminedView(String rule, String flag, String need, List<String> missing) {
        static UndeterminedView of(Determination.Undetermined u) {
            return new UndeterminedView(u.rule(), u.flag(), u.need(), u.missing());
        }
    }

    /**
     * What the determination engine made of an interview's answers: for a completed interview as it
     * was computed, for a draft a preview of the answers so far.
     *
     * @param notice decision support, not a legal identification: shown with every result
     * @param indicativeNotice when {@code indicative}, the label of every indicative result; else null
     * @param missing ids of questions shown but not answered, or answered unknown or declined
     */
    public record DeterminationView(long interviewId, UsesView basedOn, String ageGroup, String notice, boolean indicative,
            String indicativeNotice, List<FlagView> flags, List<ListResultView> lists, List<DimensionView> dimensions,
            ProfileView profile, List<NeedView> needs, List<UndeterminedView> undetermined, List<String> missing) {
        static DeterminationView of(long interviewId, Determination d, InstrumentSet set, Texts texts) {
            return new DeterminationView(interviewId, UsesView.of(d.basedOn()), d.ageGroup().name(),
                    texts.of(Determination.NOTICE_KEY), d.indicative(),
                    d.indicative() ? texts.of(Determination.INDICATIVE_KEY) : null,
                    d.flags().stream().map(f -> FlagView.of(f, set, texts)).toList(),
                    d.lists().stream().map(l -> ListResultView.of(l, set, texts)).toList(),
                    d.dimensions().stream().map(x -> DimensionView.of(x, set, texts)).toList(),
                    ProfileView.of(d.profile(), set, texts),
                    d.needs().stream().map(n -> NeedView.of(n, set, texts)).toList(),
                    d.undetermined().stream().map(UndeterminedView::of).toList(), d.missing());
        }

        @Override
        public String toString() {
            return "DeterminationView[interviewId=" + interviewId + ", ****]";
        }
    }

    /**
     * A choice of a choice question.
     *
     * @param personLabel its label in the interview's language, or null when that language is not installed
     */
    public record OptionView(String id, String labelKey, String label, String personLabel) {
        static OptionView of(Option o, Texts texts, Texts person) {
            return new OptionView(o.id(), o.labelKey(), texts.of(o.labelKey()), person == null ? null : person.of(o.labelKey()));
        }
    }

    /**
     * A question as the interview asks it.
     *
     * @param section the section id, or null for a question a country pack adds
     * @param country the country whose pack adds the question, or null for a core question
     * @param answerType {@code yes-no}, {@code single-choice}, {@code multiple-choice}, {@code text},
     *        {@code number} or {@code date}; every question also accepts unknown and declined
     * @param personText the question in the interview's language, or null when that language is not installed
     * @param help guidance for the caseworker, or null
     * @param showIf when it is asked, as the instrument file writes it, or null for always
     */
    public record QuestionView(String instrument, String instrumentVersion, String section, String sectionTitle,
            String country, String id, String answerType, String textKey, String text, String personText, String helpKey,
            String help, List<OptionView> options, JsonNode showIf, List<BasisView> basis) {
        static QuestionView of(String instrument, String version, String section, String sectionTitle, String country,
                Question q, InstrumentSet set, Texts texts, Texts person) {
            return new QuestionView(instrument, version, section, sectionTitle, country, q.id(), q.answerType().id(),
                    q.textKey(), texts.of(q.textKey()), person == null ? null : person.of(q.textKey()), q.helpKey(),
                    texts.of(q.helpKey()), q.options().stream().map(o -> OptionView.of(o, texts, person)).toList(),
                    condition(q.showIf()), q.basis().stream().map(b -> BasisView.of(b, set, texts)).toList());
        }
    }

    /** The questions of an interview, in the order asked: core instruments first, then country additions. */
    public record QuestionsView(long interviewId, String personLanguage, List<QuestionView> questions) {
        static QuestionsView of(long interviewId, String personLanguage, InstrumentSet set, Texts texts, Texts person) {
            List<QuestionView> questions = new ArrayList<>();
            set.instruments().forEach(i -> i.sections().forEach(s -> s.questions().forEach(q -> questions.add(
                    QuestionView.of(i.id(), i.version(), s.id(), texts.of(s.titleKey()), null, q, set, texts, person)))));
            set.additions().forEach(a -> a.questions().forEach(q -> questions.add(
                    QuestionView.of(a.instrument(), set.instrument(a.instrument()).map(i -> i.version()).orElse(null), null,
                            null, a.country(), q, set, texts, person))));
            return new QuestionsView(interviewId, personLanguage, questions);
        }
    }

    /** A country administrator's decision on a list. */
    public record VerificationView(String listId, boolean verified, String note, String decidedBy, String decidedAt) {
        static VerificationView of(ListVerification v) {
            return new VerificationView(v.listId(), v.verified(), v.note(), v.decidedBy(), Dto.iso(v.decidedAt()));
        }
    }

    /**
     * An indicator list of the current instruments.
     *
     * @param ageGroup {@code ADULT}, {@code CHILD}, or null for all
     * @param exploitation {@code LABOUR}, {@code SEXUAL}, or null for all
     * @param loadedVerified whether its data file says it was checked against the official text
     * @param decided a country administrator's latest decision, or null when none was taken
     * @param verified what counts now: the decision if any, else the loaded state; results of an
     *        unverified list are indicative
     * @param history the decisions on it, newest first
     */
    public record IndicatorListView(String id, String labelKey, String label, String ageGroup, String exploitation,
            String version, String standard, String provenance, boolean loadedVerified, Boolean decided, boolean verified,
            List<VerificationView> history) {
        static IndicatorListView of(IndicatorList list, Map<String, Boolean> states, List<ListVerification> history,
                Texts texts) {
            Boolean decided = states.get(list.id());
            return new IndicatorListView(list.id(), list.labelKey(), texts.of(list.labelKey()),
                    list.ageGroup() == null ? null : list.ageGroup().name(),
                    list.exploitation() == null ? null : list.exploitation().name(), list.version(), list.standard(),
                    texts.of(list.provenanceKey()), list.verified(), decided, decided == null ? list.verified() : decided,
                    history.stream().filter(v -> v.listId().equals(list.id())).map(VerificationView::of).toList());
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A condition written back in the form of the instrument files ({@code {"answer": q, "is": "yes"}}). */
    static JsonNode condition(Condition condition) {
        if (condition == null) {
            return null;
        }
        ObjectNode node = JacksonJsonProvider.MAPPER.createObjectNode();
        if (condition instanceof Condition.AnswerIs c) {
            node.put("answer", c.question());
            if (c.values().size() == 1) {
                node.put("is", c.values().get(0));
            } else {
                ArrayNode values = node.putArray("is");
                c.values().forEach(values::add);
            }
        } else if (condition instanceof Condition.AnswerAtLeast c) {
            node.put("answer", c.question());
            node.put("atLeast", c.minimum());
        } else if (condition instanceof Condition.All c) {
            ArrayNode parts = node.putArray("all");
            c.conditions().forEach(p -> parts.add(condition(p)));
        } else if (condition instanceof Condition.Any c) {
            ArrayNode parts = node.putArray("any");
            c.conditions().forEach(p -> parts.add(condition(p)));
        } else if (condition instanceof Condition.Count c) {
            node.put("count", c.minimum());
            ArrayNode parts = node.putArray("of");
            c.conditions().forEach(p -> parts.add(condition(p)));
        } else if (condition instanceof Condition.FlagRaised c) {
            node.put("flag", c.flag());
        } else if (condition instanceof Condition.FactorPresent c) {
            node.put("factor", c.factor());
        } else if (condition instanceof Condition.ListMet c) {
            ArrayNode lists = node.putArray("listMet");
            c.lists().forEach(lists::add);
        } else if (condition instanceof Condition.AgeGroupIs c) {
            node.put("ageGroup", c.ageGroup().id());
        }
        return node;
    }
}
