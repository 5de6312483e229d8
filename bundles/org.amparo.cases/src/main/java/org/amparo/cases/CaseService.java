package org.amparo.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Cases and their work. Need-to-know is enforced here: a caseworker sees the cases they opened or
 * are assigned; a supervisor the cases of their organisation; a caseworker or supervisor with
 * {@linkplain #breakGlass emergency access} one more case, read-only, for a limited time; nobody
 * else sees case content. Every read and change is audited by id; a refused call raises
 * {@link org.amparo.common.AccessDeniedException} and is audited as denied. An illegal step
 * raises {@link org.amparo.common.ConflictException}. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface CaseService {
    /** Minutes an emergency access lasts. */
    int EMERGENCY_MINUTES = 60;

    /** Opens a case for a person the actor may see, at {@link CaseStatus#IDENTIFICATION}, assigned to the actor. */
    CaseView open(Actor actor, long personId, Set<CaseFlag> flags);

    CaseView get(Actor actor, long caseId);

    /** The cases of a person that the actor may see. */
    List<CaseView> casesOf(Actor actor, long personId);

    /**
     * Moves a case one step ({@link CaseStatus#next()}), or reopens a closed one. Closing needs
     * {@link #requestApproval}; so does moving a child's case to {@link CaseStatus#CASE_PLAN}.
     */
    CaseView changeStatus(Actor actor, long caseId, CaseStatus target);

    /** Assigns the case to a caseworker or supervisor of the same organisation. Supervisors only. */
    CaseView assign(Actor actor, long caseId, String username);

    Note addNote(Actor actor, long caseId, String text);

    List<Note> notes(Actor actor, long caseId);

    CaseTask addTask(Actor actor, long caseId, String title, LocalDate dueOn);

    CaseTask completeTask(Actor actor, long taskId);

    List<CaseTask> tasks(Actor actor, long caseId);

    /** The largest attachment accepted, in bytes (5 MiB). */
    int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

    /**
     * Attaches a file to a case. Its type is read from its content, not trusted from its name or
     * the browser: PDF, JPEG or PNG, and the file name's extension must agree with it. At most
     * {@link #MAX_ATTACHMENT_BYTES}; an empty file is refused. The content is stored in the
     * database only, in the same transaction as its description. Audited by id.
     *
     * @throws org.amparo.common.ValidationException on {@code fileName}, {@code content} or
     *         {@code description}, every wrong field at once; nothing is stored
     * @since 1.1
     */
    Attachment addAttachment(Actor actor, long caseId, String fileName, String description, byte[] content);

    /** The attachments of a case, oldest first, without their content. @since 1.1 */
    List<Attachment> attachments(Actor actor, long caseId);

    /** One attachment with its content, for whoever may read its case; audited. @since 1.1 */
    AttachmentContent attachment(Actor actor, long attachmentId);

    /**
     * Records a best-interests assessment; needed before a child's case plan while the module
     * {@code child-protection} is on.
     */
    void recordBestInterestsAssessment(Actor actor, long caseId, BestInterestsAssessment assessment);

    List<BestInterestsAssessment> bestInterestsAssessments(Actor actor, long caseId);

    /**
     * Asks a supervisor of the case's organisation to approve closing the case (with
     * {@code reason}) or a child's case plan (the case must be at {@link CaseStatus#ASSESSMENT}).
     */
    Approval requestApproval(Actor actor, long caseId, ApprovalKind kind, String reason);

    /**
     * Approves or rejects a pending request. Only a supervisor of the case's organisation who did
     * not make the request. Approving a closure closes the case; approving a child's case plan moves
     * it to {@link CaseStatus#CASE_PLAN}.
     */
    Approval decide(Actor actor, long approvalId, boolean approve, String note);

    List<Approval> approvals(Actor actor, long caseId);

    /**
     * Grants the actor (a caseworker or supervisor) read access to one case for
     * {@link #EMERGENCY_MINUTES} minutes, on a stated reason; audited.
     */
    EmergencyAccess breakGlass(Actor actor, long caseId, String reason);

    /**
     * For another part of the platform that keeps records of a case (screenings, referrals): checks
     * that the actor may read the case ({@code work == false}, emergency access included) or work on
     * it as on its notes ({@code work == true}). A refusal raises
     * {@link org.amparo.common.AccessDeniedException} and is audited as denied under {@code action};
     * an allowed check is not audited, since the caller audits what it then does.
     *
     * @return the case as the actor may see it
     * @since 1.1
     */
    CaseView requireAccess(Actor actor, long caseId, boolean work, String action);

    /** Cases the actor may see matching {@code query}, newest first. */
    CasePage search(Actor actor, CaseQuery query);

    /**
     * Case counts by status: over the cases the actor may see, or, for a system or country
     * administrator, over all cases (numbers only, no content).
     */
    Map<CaseStatus, Long> countByStatus(Actor actor);
}
