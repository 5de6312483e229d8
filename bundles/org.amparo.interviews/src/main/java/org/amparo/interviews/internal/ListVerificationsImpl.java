package org.amparo.interviews.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.interviews.ListVerification;
import org.amparo.interviews.ListVerifications;
import org.amparo.persistence.Database;
import org.amparo.screening.Instruments;
import org.amparo.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Verification decisions, kept as a history; the newest decision per list counts. */
@Component(service = ListVerifications.class)
public final class ListVerificationsImpl implements ListVerifications {
    private static final int MAX_NOTE = 1000;
    private final Database database;
    private final AuditLog audit;
    private final Instruments instruments;
    private final Clock clock;

    @Activate
    public ListVerificationsImpl(@Reference Database database, @Reference AuditLog audit, @Reference Instruments instruments) {
        this(database, audit, instruments, Clock.systemUTC());
    }

    public ListVerificationsImpl(Database database, AuditLog audit, Instruments instruments, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.instruments = instruments;
        this.clock = clock;
        database.migrate(InterviewServiceImpl.SCHEMA, InterviewServiceImpl.class);
    }

    @Override
    public Map<String, Boolean> states() {
        Map<String, Boolean> states = new HashMap<>();
        database.inTransaction(tx -> tx.query("SELECT list_id, verified FROM interviews.list_verification ORDER BY id",
                r -> states.put(r.getString("list_id"), r.getBoolean("verified"))));
        return states;
    }

    @Override
    public List<ListVerification> history() {
        return database.inTransaction(tx -> tx.query("SELECT * FROM interviews.list_verification ORDER BY id DESC",
                r -> new ListVerification(r.getString("list_id"), r.getBoolean("verified"), r.getString("note"),
                        r.getString("decided_by"), r.getInstant("decided_at"))));
    }

    @Override
    public ListVerification decide(Actor actor, String listId, boolean verified, String note) {
        String target = "list:" + listId;
        if (!actor.has(Role.COUNTRY_ADMIN)) {
            database.run(tx -> audit.record(AuditEvent.denied(actor.username(), "screening.listVerification", target,
                    "interviews.error.countryAdminOnly")));
            throw new AccessDeniedException("interviews.error.countryAdminOnly");
        }
        String text = note == null ? "" : note.strip();
        List<FieldError> errors = new java.util.ArrayList<>();
        if (listId == null || instruments.current().indicatorList(listId).isEmpty()) {
            errors.add(new FieldError("listId", "interviews.list.unknown", listId == null ? "" : listId));
        }
        if (text.isEmpty()) {
            errors.add(new FieldError("note", "interviews.list.noteRequired"));
        } else if (text.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "interviews.field.tooLong", MAX_NOTE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = clock.instant();
        return database.inTransaction(tx -> {
            tx.insertReturningKey("""
                    INSERT INTO interviews.list_verification (list_id, verified, note, decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?)
                    """, listId, verified, text, actor.username(), now);
            audit.record(AuditEvent.success(actor.username(), "screening.listVerification", target,
                    verified ? "verified" : "unverified"));
            return new ListVerification(listId, verified, text, actor.username(), now);
        });
    }
}
