package org.amparo.itest.bundle;

import java.time.Instant;

import org.amparo.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;

/**
 * The referral module's data, as a module bundle keeps it: its own schema ({@code itest_referral},
 * migrated when the component activates) holding one row per visit recorded through the API. The
 * service exists only while the module is on; the rows stay in the database when it is off.
 */
@Component(service = ReferralVisits.class)
@SatisfyingConditionTarget(ReferralVisits.MODULE_CONDITION)
public final class ReferralVisits {
    /** The condition the module registry publishes while the referral module is on. */
    static final String MODULE_CONDITION = "(osgi.condition.id=amparo.module.referral)";
    private static final String SCHEMA = "itest_referral";

    private final Database database;

    @Activate
    public ReferralVisits(@Reference Database database) {
        this.database = database;
        // applies V001 the first time; afterwards (the module switched on again) applies nothing
        database.migrate(SCHEMA, ReferralVisits.class);
    }

    /** Records a visit by {@code visitor} and returns how many visits there are now. */
    public long record(String visitor) {
        return database.inTransaction(tx -> {
            tx.update("INSERT INTO itest_referral.visit (visitor, visited_at) VALUES (?, ?)", visitor, Instant.now());
            return tx.queryLong("SELECT COUNT(*) FROM itest_referral.visit");
        });
    }

    /** How many visits were recorded, across every switch of the module. */
    public long count() {
        return database.inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM itest_referral.visit"));
    }
}
