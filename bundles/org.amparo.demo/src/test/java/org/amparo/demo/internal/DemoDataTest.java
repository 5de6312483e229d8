package org.amparo.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amparo.audit.AuditQuery;
import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.persistence.internal.JdbcDatabase;
import org.amparo.security.AuthenticationResult;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.security.internal.AuthenticatorImpl;
import org.amparo.security.internal.OrganisationServiceImpl;
import org.amparo.security.internal.SecurityStore;
import org.amparo.security.internal.UserServiceImpl;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demonstration data, created with the real security and audit services on in-memory Derby. */
class DemoDataTest {
    @TempDir
    Path folder;

    @Test
    void createsAFictionalOrganisationAndOneWorkingAccountPerRoleOnce() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:demo-" + System.nanoTime());
        ds.setCreateDatabase("create");
        JdbcDatabase database = new JdbcDatabase(ds);
        AuditLogImpl audit = new AuditLogImpl(database);
        SecurityStore store = new SecurityStore(database);
        OrganisationServiceImpl organisations = new OrganisationServiceImpl(store, audit);
        UserServiceImpl users = new UserServiceImpl(store, audit);
        AuthenticatorImpl authenticator = new AuthenticatorImpl(store, audit);
        Path accounts = folder.resolve("amparo").resolve("demo-accounts.txt");

        DemoData.create(organisations, users, accounts);

        assertThat(organisations.findByCode(DemoData.ORGANISATION_CODE)).hasValueSatisfying(o -> {
            assertThat(o.demo()).isTrue();
            assertThat(o.name()).containsIgnoringCase("fictional");
        });
        Map<String, User> byName = users.list(0, 100).stream().collect(Collectors.toMap(User::username, Function.identity()));
        assertThat(byName).hasSize(Role.values().length);
        long partner = organisations.findByCode(DemoData.PARTNER_CODE).orElseThrow().id();
        long demo = organisations.findByCode(DemoData.ORGANISATION_CODE).orElseThrow().id();
        for (Role role : Role.values()) {
            assertThat(byName.get(DemoData.usernameFor(role)).roles()).containsExactly(role);
            assertThat(byName.get(DemoData.usernameFor(role)).organisationId()).as("organisation of %s", role)
                    .isEqualTo(role == Role.PARTNER_CASEWORKER ? partner : demo);
        }
        assertThat(Files.getPosixFilePermissions(accounts)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        List<String[]> rows = Files.readAllLines(accounts).stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")).toList();
        assertThat(rows).hasSize(Role.values().length);
        for (String[] row : rows) {
            AuthenticationResult result = authenticator.authenticate(row[1], row[2].toCharArray(), "web");
            assertThat(result.succeeded()).as("the printed password of %s works", row[1]).isTrue();
        }
        String firstPasswords = Files.readString(accounts);

        DemoData.create(organisations, users, accounts);
        assertThat(users.count()).as("a restart adds nobody").isEqualTo(Role.values().length);
        assertThat(Files.readString(accounts)).isEqualTo(firstPasswords);
        assertThat(audit.count(new AuditQuery("system:demo", "user.create", 0, 10))).isEqualTo(Role.values().length);
    }

    @Test
    void generatedPasswordsDifferAndAreLongEnough() {
        var random = new java.security.SecureRandom();
        String a = new String(DemoData.password(random));
        String b = new String(DemoData.password(random));
        assertThat(a).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo(b);
    }
}
