package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditOutcome;
import org.amparo.audit.AuditVerification;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.persistence.AppliedMigration;
import org.amparo.persistence.Database;
import org.amparo.persistence.PersistenceException;
import org.amparo.persistence.TransactionWork;
import org.amparo.security.AuthenticationResult;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The resources called directly, as the JAX-RS runtime would after the filters. */
class ResourcesTest {
    private final Fakes.Sessions sessions = new Fakes.Sessions();
    private final Fakes.Audit audit = new Fakes.Audit();
    private final Fakes.Users users = new Fakes.Users();
    private final Fakes.Organisations organisations = new Fakes.Organisations();

    @Nested
    class LogInAndOut {
        private final Fakes.Authentication authenticator = new Fakes.Authentication();
        private final SessionResource resource = new SessionResource(authenticator, sessions);

        @Test
        void aSuccessfulLogInSetsAStrictSessionCookieAndReturnsTheCsrfTokenButNotTheSessionToken() {
            User ana = Fakes.user("ana", Role.CASEWORKER);
            authenticator.results.put("ana", AuthenticationResult.success(ana));
            char[] password = "correct horse battery".toCharArray();

            Response response = resource.logIn(new Dto.LoginRequest(" ana ", password));

            assertThat(response.getStatus()).isEqualTo(201);
            assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE))
                    .isEqualTo("AMPARO_SESSION=token-ana; Path=/; HttpOnly; Secure; SameSite=Strict");
            JsonNode body = JacksonJsonProvider.MAPPER.valueToTree(response.getEntity());
            assertThat(body.get("username").asText()).isEqualTo("ana");
            assertThat(body.get("displayName").asText()).isEqualTo("Display ana");
            assertThat(body.get("roles").get(0).asText()).isEqualTo("CASEWORKER");
            assertThat(body.get("csrfToken").asText()).isEqualTo("csrf-ana");
            assertThat(body.toString()).doesNotContain("token-ana");
            assertThat(authenticator.lastChannel).isEqualTo("api");
            assertThat(password).containsOnly('\0');
        }

        @Test
        void failedLogInsAre401WithTheReason() {
            authenticator.results.put("locked", AuthenticationResult.failed(AuthenticationResult.Status.LOCKED));
            authenticator.results.put("off", AuthenticationResult.failed(AuthenticationResult.Status.DISABLED));

            assertThat(logInFailure("nobody")).isEqualTo(ErrorCode.BAD_CREDENTIALS);
            assertThat(logInFailure("locked")).isEqualTo(ErrorCode.LOCKED);
            assertThat(logInFailure("off")).isEqualTo(ErrorCode.DISABLED);
            assertThat(ErrorCode.LOCKED.status()).isEqualTo(401);
            assertThat(sessions.opened).isEmpty();
        }

        private ErrorCode logInFailure(String username) {
            try {
                resource.logIn(new Dto.LoginRequest(username, "whatever-password".toCharArray()));
            } catch (RestException e) {
                return e.error();
            }
            throw new AssertionError("logged in");
        }

        @Test
        void missingCredentialsAreA400NamingBothFields() {
            assertThatThrownBy(() -> resource.logIn(new Dto.LoginRequest(" ", new char[0])))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("username", "password"));
            assertThatThrownBy(() -> resource.logIn(null)).isInstanceOf(ValidationException.class);
        }

        @Test
        void logOutClosesTheSessionAndClearsTheCookie() {
            sessions.active(Fakes.session("tok", "csrf", Role.CASEWORKER));

            Response response = resource.logOut(new SessionSecurityContext(Fakes.session("tok", "csrf", Role.CASEWORKER), false, true));

            assertThat(response.getStatus()).isEqualTo(204);
            assertThat(sessions.closed).containsExactly("tok");
            assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).startsWith("AMPARO_SESSION=;").contains("Max-Age=0");
        }
    }

    @Nested
    class Users {
        private final UsersResource resource = new UsersResource(users, organisations);

        @Test
        void onlySystemAdministratorsManageUsers() {
            assertThatThrownBy(() -> resource.list(null, null, Fakes.signedIn(Role.CASEWORKER, Role.AUDITOR)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> resource.disable("bob", Fakes.signedIn(Role.COUNTRY_ADMIN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> resource.list(null, null, Fakes.anonymous()))
                    .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.NOT_AUTHENTICATED));
            assertThat(users.actions).isEmpty();
        }

        @Test
        void createsAUserInAnOrganisationGivenByCodeAndListsIt() {
            char[] password = "a-long-password-1".toCharArray();
            Response response = resource.create(new Dto.NewUserRequest("bob", "Bob", "DEMO-NGO", List.of("CASEWORKER"), password, null),
                    Fakes.signedIn(Role.SYSTEM_ADMIN));

            assertThat(response.getStatus()).isEqualTo(201);
            assertThat(((Dto.UserView) response.getEntity()).organisationCode()).isEqualTo("DEMO-NGO");
            assertThat(users.lastCreated.organisationId()).isEqualTo(7);
            assertThat(users.lastCreated.language()).isEqualTo("en");
            assertThat(users.lastCreated.password()).containsExactly("a-long-password-1".toCharArray());
            assertThat(password).containsOnly('\0');
            assertThat(users.actions).containsExactly("create bob by ana");

            Dto.PageOf<Dto.UserView> page = resource.list("0", "10", Fakes.signedIn(Role.SYSTEM_ADMIN));
            assertThat(page.items()).extracting(Dto.UserView::username).containsExactly("bob");
            assertThat(page.total()).isEqualTo(1L);
            assertThat(page.limit()).isEqualTo(10);
        }

        @Test
        void anUnknownOrganisationOrRoleIsA400NamingTheField() {
            assertThatThrownBy(() -> resource.create(new Dto.NewUserRequest("bob", "Bob", "NOPE", List.of("CASEWORKER", "GOD"),
                    null, "fr"), Fakes.signedIn(Role.SYSTEM_ADMIN)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("organisationCode", "roles[1]", "password"));
            assertThat(users.actions).isEmpty();
        }

        @Test
        void pagingIsValidated() {
            assertThatThrownBy(() -> resource.list("0", "0", Fakes.signedIn(Role.SYSTEM_ADMIN)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("limit"));
        }

        @Test
        void disableEnableAndUnlockActAsTheSignedInAdministrator() {
            users.create(new org.amparo.security.NewUser("bob", "Bob", 7, java.util.Set.of(Role.CASEWORKER), "x".toCharArray(), "en"), "setup");

            assertThat(resource.disable("bob", Fakes.signedIn(Role.SYSTEM_ADMIN)).getStatus()).isEqualTo(204);
            resource.enable("bob", Fakes.signedIn(Role.SYSTEM_ADMIN));
            resource.unlock("bob", Fakes.signedIn(Role.SYSTEM_ADMIN));

            assertThat(users.actions).containsSubsequence("disable bob by ana", "enable bob by ana", "unlock bob by ana");
        }
    }

    @Nested
    class Audit {
        private final AuditResource resource = new AuditResource(audit, new ClasspathMessages("rest"));

        @Test
        void auditorsAndAdministratorsReadTheRecordOthersDoNot() {
            audit.record(AuditEvent.success("ana", "auth.login", "user:ana", "api"));
            audit.record(AuditEvent.success("bob", "user.create", "user:eve", ""));

            assertThat(resource.list(null, null, "bob", null, Fakes.signedIn(Role.AUDITOR)).items())
                    .extracting(Dto.AuditEntryView::action).containsExactly("user.create");
            assertThat(resource.list(null, null, null, "auth.", Fakes.signedIn(Role.SYSTEM_ADMIN)).total()).isEqualTo(1L);
            assertThatThrownBy(() -> resource.list(null, null, null, null, Fakes.signedIn(Role.SUPERVISOR)))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void badFiltersAndPagingAreReportedTogether() {
            assertThatThrownBy(() -> resource.list("-1", "501", "x".repeat(101), null, Fakes.signedIn(Role.AUDITOR)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("actor", "offset", "limit"));
        }

        @Test
        void verifyingIsAuditedAndAnsweredInTheCallersLanguage() {
            audit.verification = AuditVerification.ok(42);

            Dto.Verification result = resource.verify("fr", Fakes.signedIn(Role.AUDITOR));

            assertThat(result.intact()).isTrue();
            assertThat(result.message()).isEqualTo("Le journal d'audit est intact : 42 entrées vérifiées.");
            assertThat(audit.events).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("audit.verify");
                assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                assertThat(e.actor()).isEqualTo("ana");
            });
        }

        @Test
        void aBrokenChainIsReportedAndAuditedAsAFailure() {
            audit.verification = AuditVerification.broken(10, 7, "audit.verify.altered");

            Dto.Verification result = resource.verify(null, Fakes.signedIn(Role.SYSTEM_ADMIN));

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(7);
            assertThat(result.message()).contains("entry 7");
            assertThat(audit.events.get(0).outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(audit.events.get(0).detail()).contains("audit.verify.altered");
        }
    }

    @Nested
    class Others {
        @Test
        void meDescribesTheSessionUserWithoutSecrets() {
            Dto.Me me = new MeResource(organisations).me(Fakes.signedIn(Role.CASEWORKER));

            assertThat(me.username()).isEqualTo("ana");
            assertThat(me.organisationCode()).isEqualTo("DEMO-NGO");
            assertThat(JacksonJsonProvider.MAPPER.valueToTree(me).toString()).doesNotContain("csrf", "tok-");
        }

        @Test
        void organisationsNeedASessionAndArePaged() {
            OrganisationsResource resource = new OrganisationsResource(organisations);

            assertThat(resource.list(null, "1", Fakes.signedIn(Role.PARTNER_CASEWORKER)).items())
                    .extracting(Dto.OrganisationView::code).containsExactly("DEMO-NGO");
            assertThatThrownBy(() -> resource.list(null, null, Fakes.anonymous())).isInstanceOf(RestException.class);
        }

        @Test
        void healthIsUpWithTheDatabaseAnd503WithoutIt() {
            HealthResource health = new HealthResource("1.2.3");
            assertThat(health.health().getStatus()).isEqualTo(503);

            FakeDatabase database = new FakeDatabase();
            health.bindDatabase(database);
            Response up = health.health();
            assertThat(up.getStatus()).isEqualTo(200);
            assertThat(up.getEntity()).isEqualTo(new Dto.Health("UP", "UP", "1.2.3"));

            database.down = true;
            Response down = health.health();
            assertThat(down.getStatus()).isEqualTo(503);
            assertThat(down.getEntity()).isEqualTo(new Dto.Health("DOWN", "DOWN", "1.2.3"));

            health.unbindDatabase(database);
            assertThat(health.health().getStatus()).isEqualTo(503);
        }

        @Test
        void theOpenApiDocumentIsServed() {
            assertThat(new OpenApiResource().document().get("openapi").asText()).isEqualTo("3.0.3");
        }
    }

    static final class FakeDatabase implements Database {
        boolean down;

        @Override
        public <T> T inTransaction(TransactionWork<T> work) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int migrate(String schema, Class<?> owner) {
            return 0;
        }

        @Override
        public List<AppliedMigration> history(String schema) {
            return List.of();
        }

        @Override
        public String product() {
            if (down) {
                throw new PersistenceException("error.database.failure", "08001");
            }
            return "Apache Derby 10.14.2.0";
        }
    }
}
