package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.amparo.audit.AuditQuery;
import org.amparo.cases.Actor;
import org.amparo.cases.ApprovalKind;
import org.amparo.cases.CaseStatus;
import org.amparo.common.AccessDeniedException;
import org.amparo.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role against every case operation on a case of their own, of their organisation and of
 * another organisation: allowed or refused (and the refusal audited), through the real services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    enum Relation {
        /** The actor opened the case (and is assigned it). */
        OWN,
        /** A colleague of the actor's organisation opened it. */
        SAME_ORGANISATION,
        /** Another organisation holds it. */
        OTHER_ORGANISATION
    }

    enum Operation {
        READ, UPDATE_STATUS, ADD_NOTE, ADD_TASK, ADD_ATTACHMENT, READ_ATTACHMENT, UPDATE_PERSON, ASSIGN, REQUEST_CLOSURE,
        APPROVE_CLOSURE
    }

    private final Fixture f = new Fixture();
    private final Actor opener = f.user("opener", f.org, Role.SUPERVISOR);
    private final Actor otherOpener = f.user("other.opener", f.otherOrg, Role.SUPERVISOR);
    private final Actor colleague = f.user("colleague", f.org, Role.CASEWORKER);
    private final List<String> checked = new ArrayList<>();
    private int users;

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Operation operation : Operation.values()) {
                for (Relation relation : Relation.values()) {
                    rows.add(Arguments.of(role, operation, relation, expected(role, operation, relation)));
                }
            }
        }
        return rows.stream();
    }

    /** The policy, written out independently of the code under test. */
    private static boolean expected(Role role, Operation operation, Relation relation) {
        return switch (role) {
            case SUPERVISOR -> relation != Relation.OTHER_ORGANISATION;
            case CASEWORKER -> relation == Relation.OWN
                    && !EnumSet.of(Operation.ASSIGN, Operation.APPROVE_CLOSURE).contains(operation);
            case SYSTEM_ADMIN, COUNTRY_ADMIN, AUDITOR, PARTNER_CASEWORKER -> false;
        };
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("matrix")
    void roleOperationRelation(Role role, Operation operation, Relation relation, boolean allowed) {
        Actor actor = f.user("user" + (++users), f.org, role);
        long caseId = caseFor(actor, relation);
        long attachmentId = f.cases.addAttachment(relation == Relation.OTHER_ORGANISATION ? otherOpener : opener, caseId,
                "scan.pdf", "", AttachmentsTest.PDF).id();
        long approvalId = f.cases.requestApproval(relation == Relation.OTHER_ORGANISATION ? otherOpener : opener, caseId,
                ApprovalKind.CLOSURE, "done").id();
        if (relation == Relation.OWN) {
            // the case becomes the actor's: opened by and assigned to them
            f.database.run(tx -> tx.update("UPDATE cases.case_file SET created_by = ?, assigned_to = ? WHERE id = ?",
                    actor.username(), actor.username(), caseId));
        }
        Runnable call = () -> {
            switch (operation) {
                case READ -> f.cases.get(actor, caseId);
                case UPDATE_STATUS -> f.cases.changeStatus(actor, caseId, CaseStatus.INTAKE);
                case ADD_NOTE -> f.cases.addNote(actor, caseId, "met at the border post");
                case ADD_TASK -> f.cases.addTask(actor, caseId, "call back", Fixture.TODAY.plusDays(3));
                case ADD_ATTACHMENT -> f.cases.addAttachment(actor, caseId, "form.pdf", "", AttachmentsTest.PDF);
                case READ_ATTACHMENT -> f.cases.attachment(actor, attachmentId);
                case UPDATE_PERSON -> f.persons.update(actor, personOf(caseId), Fixture.adult("Test Persson", "Test Persson"));
                case ASSIGN -> f.cases.assign(actor, caseId, "colleague");
                case REQUEST_CLOSURE -> {
                    f.database.run(tx -> tx.update("DELETE FROM cases.approval WHERE case_id = ?", caseId));
                    f.cases.requestApproval(actor, caseId, ApprovalKind.CLOSURE, "person moved on");
                }
                case APPROVE_CLOSURE -> f.cases.decide(actor, approvalId, true, "");
            }
        };
        if (allowed) {
            assertThatCode(call::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            assertThat(f.audit.page(new AuditQuery(actor.username(), operation == Operation.UPDATE_PERSON ? "person." : "case.", 0, 1))).singleElement()
                    .satisfies(e -> assertThat(e.outcome().name()).isEqualTo("DENIED"));
        }
        checked.add(role + " " + operation + " " + relation);
    }

    @AfterAll
    void everyCombinationWasChecked() {
        assertThat(checked).hasSize(Role.values().length * Operation.values().length * Relation.values().length);
    }

    private long personOf(long caseId) {
        return f.database.inTransaction(tx -> tx.queryLong("SELECT person_id FROM cases.case_file WHERE id = ?", caseId));
    }

    private long caseFor(Actor actor, Relation relation) {
        Actor owner = relation == Relation.OTHER_ORGANISATION ? otherOpener : opener;
        long person = f.register(owner, Fixture.adult("Test Person", "Test Person"));
        return f.cases.open(owner, person, Set.of()).id();
    }
}
