package org.amparo.standards.internal;

import java.time.Clock;
import java.time.Instant;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.amparo.persistence.Database;
import org.amparo.security.Role;
import org.amparo.standards.PublicReading;
import org.amparo.standards.PublicReadingSetting;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public-reading switch in the bundle's own table ({@code standards.setting}). Not tied to the
 * module: the setting is kept while the library is switched off, and the web asks it before
 * serving library pages to a visitor without an account.
 */
@Component(service = PublicReading.class)
public final class PublicReadingImpl implements PublicReading {
    static final String SCHEMA = "standards";
    static final String SETTING = "public-reading";
    static final String ACTION = "standards.publicReading";
    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public PublicReadingImpl(@Reference Database database, @Reference AuditLog audit) {
        this(database, audit, Clock.systemUTC());
    }

    PublicReadingImpl(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        database.migrate(SCHEMA, PublicReadingImpl.class);
    }

    @Override
    public boolean isPublic() {
        return setting().open();
    }

    @Override
    public PublicReadingSetting setting() {
        return database.inTransaction(tx -> tx.queryOne(
                "SELECT enabled, changed_by, changed_at FROM standards.setting WHERE name = ?",
                r -> new PublicReadingSetting(r.getBoolean("enabled"), r.getString("changed_by"), r.getInstant("changed_at")),
                SETTING).orElse(new PublicReadingSetting(false, null, null)));
    }

    @Override
    public PublicReadingSetting setPublic(Actor actor, boolean open) {
        String target = "setting:" + SETTING;
        if (!actor.has(Role.COUNTRY_ADMIN)) {
            database.run(tx -> audit.record(AuditEvent.denied(actor.username(), ACTION, target,
                    "standards.error.countryAdminOnly")));
            throw new AccessDeniedException("standards.error.countryAdminOnly");
        }
        Instant now = clock.instant();
        return database.inTransaction(tx -> {
            int updated = tx.update("UPDATE standards.setting SET enabled = ?, changed_by = ?, changed_at = ? WHERE name = ?",
                    open, actor.username(), now, SETTING);
            if (updated == 0) {
                tx.update("INSERT INTO standards.setting (name, enabled, changed_by, changed_at) VALUES (?, ?, ?, ?)",
                        SETTING, open, actor.username(), now);
            }
            audit.record(AuditEvent.success(actor.username(), ACTION, target, open ? "open" : "closed"));
            return new PublicReadingSetting(open, actor.username(), now);
        });
    }
}
