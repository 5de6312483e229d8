package org.amparo.interviews;

/**
 * Where an interview is.
 *
 * @since 1.0
 */
public enum InterviewStatus {
    /** Being answered; saved as it goes and resumed later. */
    DRAFT,
    /** Completed: answers are final and the determination is kept. */
    COMPLETED
}
