package org.amparo.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.amparo.audit.AuditEvent;
import org.amparo.common.NotFoundException;
import org.amparo.common.ValidationException;
import org.amparo.security.Role;
import org.amparo.security.Session;
import org.amparo.security.SessionLookup.State;
import org.amparo.security.SessionLookup;
import org.amparo.security.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionServiceImplTest {
    private final SecurityFixture f = new SecurityFixture();
    private User ana;

    @BeforeEach
    void oneCaseworker() {
        f.user("root", Role.SYSTEM_ADMIN);
        ana = f.user("ana", Role.CASEWORKER);
        f.audit.clear();
    }

    @Test
    void anOpenSessionIsFoundByItsTokenWhichIsNotStored() {
        Session session = f.sessions.open(ana);

        assertThat(session.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(session.csrfToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(session.token());
        assertThat(session.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofHours(12)));
        assertThat(session.language()).isEqualTo("en");
        String stored = f.store.inTransaction(tx -> tx.queryOne("SELECT token_hash FROM security.session", r -> r.getString(
                "token_hash"))).orElseThrow();
        assertThat(stored).isEqualTo(Tokens.sha256Hex(session.token())).isNotEqualTo(session.token());

        SessionLookup found = f.sessions.find(session.token());
        assertThat(found.state()).isEqualTo(State.ACTIVE);
        assertThat(found.session().orElseThrow().user().username()).isEqualTo("ana");
        assertThat(found.session().orElseThrow().csrfToken()).isEqualTo(session.csrfToken());
        assertThat(f.sessions.open(ana).token()).isNotEqualTo(session.token());
    }

    @Test
    void unknownAndMalformedTokensAreUnknown() {
        f.sessions.open(ana);

        assertThat(f.sessions.find(Tokens.randomBase64Url(32)).state()).isEqualTo(State.UNKNOWN);
        assertThat(f.sessions.find("' OR 1=1 --").state()).isEqualTo(State.UNKNOWN);
        assertThat(f.sessions.find(null).state()).isEqualTo(State.UNKNOWN);
    }

    @Test
    void usingASessionKeepsItAliveButThirtyIdleMinutesEndIt() {
        Session session = f.sessions.open(ana);

        f.clock.advance(Duration.ofMinutes(29));
        assertThat(f.sessions.find(session.token()).state()).isEqualTo(State.ACTIVE);
        f.clock.advance(Duration.ofMinutes(29));
        assertThat(f.sessions.find(session.token()).state()).as("29 minutes after the last use").isEqualTo(State.ACTIVE);
        f.clock.advance(Duration.ofMinutes(30));

        assertThat(f.sessions.find(session.token()).state()).isEqualTo(State.EXPIRED);
        assertThat(f.sessions.find(session.token()).state()).as("deleted once reported").isEqualTo(State.UNKNOWN);
        assertThat(f.audit.events).singleElement().extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::target,
                AuditEvent::detail).containsExactly("ana", "session.expired", "user:ana", "idle");
    }

    @Test
    void aSessionEndsTwelveHoursAfterLogInHoweverBusy() {
        Session session = f.sessions.open(ana);

        for (int i = 0; i < 35; i++) {
            f.clock.advance(Duration.ofMinutes(20));
            assertThat(f.sessions.find(session.token()).state()).isEqualTo(State.ACTIVE);
        }
        f.clock.advance(Duration.ofMinutes(20));

        assertThat(f.sessions.find(session.token()).state()).isEqualTo(State.EXPIRED);
        assertThat(f.audit.last().detail()).isEqualTo("absolute");
    }

    @Test
    void disablingAUserEndsTheirSessions() {
        Session session = f.sessions.open(ana);

        f.users.disable("ana", "root");

        assertThat(f.sessions.find(session.token()).state()).isNotEqualTo(State.ACTIVE);
        assertThatThrownBy(() -> f.sessions.open(ana)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSessionOfAUserDisabledElsewhereIsNoLongerActive() {
        Session session = f.sessions.open(ana);
        f.store.run(tx -> f.store.setEnabled(tx, ana.id(), false));

        assertThat(f.sessions.find(session.token()).state()).isEqualTo(State.EXPIRED);
        assertThat(f.audit.last().detail()).isEqualTo("userDisabled");
    }

    @Test
    void closingASessionLogsOutAndIsAudited() {
        Session session = f.sessions.open(ana);

        f.sessions.close(session.token());
        f.sessions.close(session.token());
        f.sessions.close("not-a-token");

        assertThat(f.sessions.find(session.token()).state()).isEqualTo(State.UNKNOWN);
        assertThat(f.audit.events).singleElement().extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::target)
                .containsExactly("ana", "auth.logout", "user:ana");
    }

    @Test
    void theLanguageSwitchChangesTheSessionLanguage() {
        Session session = f.sessions.open(ana);

        f.sessions.setLanguage(session.token(), "ar");

        assertThat(f.sessions.find(session.token()).session().orElseThrow().language()).isEqualTo("ar");
        assertThatThrownBy(() -> f.sessions.setLanguage(session.token(), "not a language"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void sessionsThatEndedMoreThanADayAgoArePurgedWhenAnotherOpens() {
        f.sessions.open(ana);
        f.clock.advance(Duration.ofHours(12).plusDays(1).plusMinutes(1));

        f.sessions.open(ana);

        long rows = f.store.inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM security.session"));
        assertThat(rows).isEqualTo(1);
    }
}
