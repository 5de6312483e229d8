package org.amparo.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.amparo.security.Organisation;
import org.amparo.training.Attempt;
import org.amparo.training.Completion;
import org.amparo.training.CompletionReport;
import org.amparo.training.Lesson;
import org.amparo.training.ModuleProgress;
import org.amparo.training.QuizOption;
import org.amparo.training.QuizQuestion;
import org.amparo.training.QuizResult;
import org.amparo.training.Requirement;
import org.amparo.training.TrainingModule;

/**
 * Response and request bodies of the training resource, texts in the reply's language. A module as
 * sent before an attempt never carries its correct answers; they come back only in the result of
 * an attempt, with each question's explanation.
 */
final class TrainingDto {
    private TrainingDto() {
    }

    /** A module as listed. */
    public record ModuleSummary(String id, String version, String title, String summary, int lessonCount, int questionCount,
            int passMark) {
        static ModuleSummary of(TrainingModule m, ScreeningDto.Texts texts) {
            return new ModuleSummary(m.id(), m.version(), texts.of(m.titleKey()), texts.of(m.summaryKey()), m.lessons().size(),
                    m.quiz().questions().size(), m.quiz().passMark());
        }
    }

    /** @param libraryItem the standards-library item the lesson rests on, or {@code null} */
    public record LessonView(String id, String title, String text, String libraryItem) {
        static LessonView of(Lesson l, ScreeningDto.Texts texts) {
            return new LessonView(l.id(), texts.of(l.titleKey()), texts.of(l.textKey()), l.libraryItem().isEmpty() ? null : l.libraryItem());
        }
    }

    public record OptionView(String id, String text) {
        static OptionView of(QuizOption o, ScreeningDto.Texts texts) {
            return new OptionView(o.id(), texts.of(o.textKey()));
        }
    }

    /** A question without its answer: {@code multiple} says whether several options may be chosen. */
    public record QuestionView(String id, String text, boolean multiple, List<OptionView> options) {
        static QuestionView of(QuizQuestion q, ScreeningDto.Texts texts) {
            return new QuestionView(q.id(), texts.of(q.textKey()), q.multiple(),
                    q.options().stream().map(o -> OptionView.of(o, texts)).toList());
        }
    }

    public record QuizView(int passMark, List<QuestionView> questions) {
    }

    /** A module to take: its lessons and its quiz, never the correct answers. */
    public record ModuleView(String id, String version, String title, String summary, List<LessonView> lessons, QuizView quiz) {
        static ModuleView of(TrainingModule m, ScreeningDto.Texts texts) {
            return new ModuleView(m.id(), m.version(), texts.of(m.titleKey()), texts.of(m.summaryKey()),
                    m.lessons().stream().map(l -> LessonView.of(l, texts)).toList(),
                    new QuizView(m.quiz().passMark(), m.quiz().questions().stream().map(q -> QuestionView.of(q, texts)).toList()));
        }
    }

    public record AttemptView(int number, String moduleVersion, String submittedAt, int score, boolean passed) {
        static AttemptView of(Attempt a) {
            return new AttemptView(a.number(), a.moduleVersion(), Dto.iso(a.submittedAt()), a.score(), a.passed());
        }
    }

    public record CompletionView(String moduleVersion, String completedAt, int score) {
        static CompletionView of(Completion c) {
            return c == null ? null : new CompletionView(c.moduleVersion(), Dto.iso(c.completedAt()), c.score());
        }
    }

    /** The caller's own progress in one module; {@code completion} null until a passing attempt of the current version. */
    public record ProgressView(String moduleId, boolean enrolled, String enrolledAt, List<String> lessonsRead, int lessonCount,
            List<AttemptView> attempts, boolean completed, CompletionView completion) {
        static ProgressView of(ModuleProgress p) {
            return new ProgressView(p.moduleId(), p.enrolled(), iso(p.enrolledAt()), p.lessonsRead().stream().sorted().toList(),
                    p.lessonCount(), p.attempts().stream().map(AttemptView::of).toList(), p.completed(),
                    CompletionView.of(p.completion()));
        }
    }

    /** An attempt: question id to the ids of the options chosen; a question left out counts as wrong. */
    public record AttemptRequest(Map<String, List<String>> answers) {
    }

    public record QuestionResultView(String questionId, boolean correct, List<String> chosen, List<String> correctOptions,
            String explanation) {
        static QuestionResultView of(QuizResult.QuestionResult r, ScreeningDto.Texts texts) {
            return new QuestionResultView(r.questionId(), r.correct(), r.chosen().stream().sorted().toList(),
                    r.correctOptions().stream().sorted().toList(), texts.of(r.explanationKey()));
        }
    }

    public record ResultView(String moduleId, AttemptView attempt, int passMark, int score, boolean passed,
            List<QuestionResultView> questions) {
        static ResultView of(QuizResult r, ScreeningDto.Texts texts) {
            return new ResultView(r.moduleId(), AttemptView.of(r.attempt()), r.passMark(), r.score(), r.passed(),
                    r.questions().stream().map(q -> QuestionResultView.of(q, texts)).toList());
        }
    }

    public record CellView(String moduleId, boolean enrolled, String enrolledAt, boolean completed, CompletionView completion) {
        static CellView of(CompletionReport.Cell c) {
            return new CellView(c.moduleId(), c.enrolled(), iso(c.enrolledAt()), c.completed(), CompletionView.of(c.completion()));
        }
    }

    public record UserRowView(String username, String displayName, List<String> roles, boolean enabled, List<CellView> modules) {
        static UserRowView of(CompletionReport.UserRow u) {
            return new UserRowView(u.username(), u.displayName(), u.roles().stream().map(Enum::name).sorted().toList(), u.enabled(),
                    u.modules().stream().map(CellView::of).toList());
        }
    }

    public record ReportView(long organisationId, String organisationCode, String generatedAt, List<String> moduleIds,
            List<UserRowView> users) {
        static ReportView of(CompletionReport r, Organisation organisation) {
            return new ReportView(r.organisationId(), organisation == null ? null : organisation.code(), Dto.iso(r.generatedAt()),
                    r.moduleIds(), r.users().stream().map(UserRowView::of).toList());
        }
    }

    public record RequirementView(String action, String role, String moduleId, String requiredBy, String requiredAt) {
        static RequirementView of(Requirement r) {
            return new RequirementView(r.action(), r.role().name(), r.moduleId(), r.requiredBy(), Dto.iso(r.requiredAt()));
        }
    }

    /** Every requirement, and the actions a requirement may name. */
    public record RequirementsView(List<String> actions, List<RequirementView> items) {
    }

    /** Requires {@code moduleId} of {@code role} before {@code action}. */
    public record RequirementRequest(String action, String role, String moduleId) {
    }

    private static String iso(Instant instant) {
        return instant == null ? null : Dto.iso(instant);
    }
}
