package org.amparo.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.security.Role;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

class PublicReadingImplTest {
    private final JdbcDatabase database = database();
    private final AuditLogImpl audit = new AuditLogImpl(database);
    private final PublicReadingImpl reading = new PublicReadingImpl(database, audit);
    private final Actor admin = new Actor("country.admin", 1, Set.of(Role.COUNTRY_ADMIN));
    private final Actor caseworker = new Actor("caseworker", 1, Set.of(Role.CASEWORKER, Role.SUPERVISOR));

    private static JdbcDatabase database() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:standards-" + System.nanoTime());
        ds.setCreateDatabase("create");
        return new JdbcDatabase(ds);
    }

    @Test
    void closedUntilACountryAdministratorOpensIt() {
        assertThat(reading.isPublic()).isFalse();
        assertThat(reading.setting().changedBy()).isNull();

        reading.setPublic(admin, true);
        assertThat(reading.isPublic()).isTrue();
        assertThat(reading.setting().changedBy()).isEqualTo("country.admin");
        // kept in the database: a new component over the same database reads it
        assertThat(new PublicReadingImpl(database, audit).isPublic()).isTrue();

        reading.setPublic(admin, false);
        assertThat(reading.isPublic()).isFalse();
        AuditEntry last = audit.page(AuditQuery.latest(1)).get(0);
        assertThat(last.action()).isEqualTo("standards.publicReading");
        assertThat(last.actor()).isEqualTo("country.admin");
        assertThat(last.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(last.detail()).isEqualTo("closed");
        assertThat(audit.count(new AuditQuery(null, "standards.publicReading", 0, 10))).isEqualTo(2);
    }

    @Test
    void anyoneElseIsRefusedAndTheRefusalIsAudited() {
        assertThatThrownBy(() -> reading.setPublic(caseworker, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(reading.isPublic()).isFalse();
        AuditEntry last = audit.page(AuditQuery.latest(1)).get(0);
        assertThat(last.actor()).isEqualTo("caseworker");
        assertThat(last.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(last.detail()).isEqualTo("standards.error.countryAdminOnly");
    }
}
