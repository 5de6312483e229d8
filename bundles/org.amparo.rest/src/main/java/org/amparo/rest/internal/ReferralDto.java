package org.amparo.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.amparo.catalog.MatchResult;
import org.amparo.catalog.NeedMatches;
import org.amparo.common.FieldError;
import org.amparo.referral.CaseMatches;
import org.amparo.referral.Checklist;
import org.amparo.referral.ChecklistStep;
import org.amparo.referral.PartnerLink;
import org.amparo.referral.Received;
import org.amparo.referral.Referral;
import org.amparo.referral.ReferralDraft;
import org.amparo.referral.ReferralEvent;
import org.amparo.referral.ReferralStatus;
import org.amparo.referral.SharePreview;
import org.amparo.referral.SharedField;
import org.amparo.referral.SharedValue;

/**
 * Request and response bodies of the referral and pathway resources. Dates are ISO strings; shared
 * values are given as the receiving side reads them (codes, not labels).
 */
final class ReferralDto {
    private ReferralDto() {
    }

    /** The services matched to a case's needs, with their reasons. */
    public record MatchesView(Long interviewId, List<String> needs, List<NeedMatches> results, String at, List<String> missing) {
        static MatchesView of(CaseMatches m) {
            MatchResult r = m.result();
            return new MatchesView(m.interviewId(), m.needs(), r == null ? List.of() : r.needs(),
                    r == null ? null : Dto.iso(r.at()), m.missing());
        }
    }

    /** What a caseworker fills in: {@code fields} are {@link SharedField} names. */
    public record DraftRequest(String serviceId, String need, List<String> fields, String message, String pathwayStep) {
        ReferralDraft toDraft(List<FieldError> errors) {
            // required fields, lengths and the catalogue are checked by the referral service
            Set<SharedField> shared = EnumSet.noneOf(SharedField.class);
            if (fields != null) {
                for (int i = 0; i < fields.size(); i++) {
                    String name = fields.get(i);
                    try {
                        shared.add(SharedField.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        errors.add(new FieldError("fields[" + i + "]", "rest.field.unknownValue"));
                    }
                }
            }
            return new ReferralDraft(serviceId, need, shared, message, pathwayStep);
        }
    }

    public record SendRequest(String override) {
    }

    public record WithdrawRequest(String reason) {
    }

    /** An answer: {@code status} one of {@code ACCEPTED}, {@code DECLINED}, {@code IN_PROGRESS}, {@code COMPLETED}. */
    public record AnswerRequest(String status, String reason) {
        ReferralStatus next(List<FieldError> errors) {
            if (status == null || status.isBlank()) {
                errors.add(new FieldError("status", "rest.field.required"));
                return null;
            }
            return ReferralDto.status(status, "status", errors);
        }
    }

    public record PartnerRequest(String organisationCode) {
    }

    /** A step marked done: {@code doneOn} as YYYY-MM-DD, an optional note. */
    public record StepDoneRequest(String doneOn, String note) {
        LocalDate date(List<FieldError> errors) {
            if (doneOn == null || doneOn.isBlank()) {
                errors.add(new FieldError("doneOn", "rest.field.required"));
                return null;
            }
            try {
                return LocalDate.parse(doneOn.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("doneOn", "rest.field.date"));
                return null;
            }
        }
    }

    static ReferralStatus status(String value, String field, List<FieldError> errors) {
        try {
            return ReferralStatus.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "rest.field.unknownValue"));
            return null;
        }
    }

    /** A referral as the referring side sees it. */
    public record ReferralView(long id, long caseId, String caseNumber, long fromOrganisationId, String createdBy,
            String serviceId, String serviceName, String catalogOrganizationId, String organizationName, Long toOrganisationId,
            String need, String status, List<String> fields, String message, String pathwayStep, String consentOverride,
            String answerDue, boolean reminded, boolean overdue, String reason, String createdAt, String sentAt, String updatedAt) {
        static ReferralView of(Referral r) {
            return new ReferralView(r.id(), r.caseId(), r.caseNumber(), r.fromOrganisationId(), r.createdBy(), r.serviceId(),
                    r.serviceName(), r.catalogOrganizationId(), r.organizationName(), r.toOrganisationId(), r.need(),
                    r.status().name(), r.fields().stream().map(Enum::name).sorted().toList(), r.message(), r.pathwayStep(),
                    r.consentOverride(), date(r.answerDue()), r.reminded(), r.overdue(LocalDate.now()), r.reason(),
                    Dto.iso(r.createdAt()), Dto.iso(r.sentAt()), Dto.iso(r.updatedAt()));
        }
    }

    public record SharedValueView(String field, String value, String noteKey) {
        static SharedValueView of(SharedValue v) {
            return new SharedValueView(v.field().name(), v.value(), v.noteKey());
        }
    }

    /** What sending would share, and whether the person's consent allows it. */
    public record PreviewView(ReferralView referral, List<SharedValueView> values, boolean consentGiven, String consentProblem,
            String organisationCode) {
        static PreviewView of(SharePreview p) {
            return new PreviewView(ReferralView.of(p.referral()), p.values().stream().map(SharedValueView::of).toList(),
                    p.consentGiven(), p.consentProblem(), p.organisationCode());
        }
    }

    public record EventView(String at, String status, String actor, String reason, boolean reminder, boolean onBehalf) {
        static EventView of(ReferralEvent e) {
            return new EventView(Dto.iso(e.at()), e.status().name(), e.actor(), e.reason(), e.reminder(), e.onBehalf());
        }
    }

    /** A referral as the receiving organisation sees it: only what was shared. */
    public record ReceivedView(long id, String reference, String fromOrganisation, String serviceId, String serviceName,
            String status, List<SharedValueView> values, String message, String sentAt, String answerDue, List<EventView> history) {
        static ReceivedView of(Received r) {
            return new ReceivedView(r.id(), r.reference(), r.fromOrganisation(), r.serviceId(), r.serviceName(), r.status().name(),
                    r.values().stream().map(SharedValueView::of).toList(), r.message(), Dto.iso(r.sentAt()), date(r.answerDue()),
                    r.history().stream().map(EventView::of).toList());
        }
    }

    public record ReceivedPage(List<ReceivedView> items, int offset, int limit) {
    }

    public record PartnerView(String catalogOrganizationId, long organisationId, String linkedBy, String linkedAt) {
        static PartnerView of(PartnerLink l) {
            return new PartnerView(l.catalogOrganizationId(), l.organisationId(), l.linkedBy(), Dto.iso(l.linkedAt()));
        }
    }

    /** Counts by status, every status listed. */
    public record CountsView(Map<String, Long> counts, long total) {
        static CountsView of(Map<ReferralStatus, Long> counts) {
            Map<String, Long> byName = new TreeMap<>();
            long total = 0;
            for (ReferralStatus s : ReferralStatus.values()) {
                long n = counts.getOrDefault(s, 0L);
                byName.put(s.name(), n);
                total += n;
            }
            return new CountsView(byName, total);
        }
    }

    public record StepView(String stepId, String titleKey, String responsibleKey, Integer deadlineDays, String deadlineFrom,
            String dueOn, boolean overdue, boolean reflectionPeriod, List<ChecklistStep.Basis> basis, String confidence,
            String doneOn, String doneBy, String note) {
        static StepView of(ChecklistStep s) {
            return new StepView(s.stepId(), s.titleKey(), s.responsibleKey(), s.deadlineDays(), s.deadlineFrom(), date(s.dueOn()),
                    s.overdue(LocalDate.now()), s.reflectionPeriod(), s.basis(), s.confidence(), date(s.doneOn()), s.doneBy(),
                    s.note());
        }
    }

    public record ChecklistView(String country, String revision, String pathwayId, String titleKey, String caseType,
            List<StepView> steps, List<StepView> orphans) {
        static ChecklistView of(Checklist c) {
            return new ChecklistView(c.country(), c.revision(), c.pathwayId(), c.titleKey(), c.caseType(),
                    c.steps().stream().map(StepView::of).toList(), c.orphans().stream().map(StepView::of).toList());
        }
    }

    static List<ChecklistView> checklists(List<Checklist> lists) {
        List<ChecklistView> result = new ArrayList<>();
        lists.forEach(c -> result.add(ChecklistView.of(c)));
        return result;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
