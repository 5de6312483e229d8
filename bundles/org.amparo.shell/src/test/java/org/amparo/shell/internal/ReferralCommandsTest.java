package org.amparo.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;

import org.amparo.cases.Actor;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.NotFoundException;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.referral.CaseMatches;
import org.amparo.referral.PartnerLink;
import org.amparo.referral.Received;
import org.amparo.referral.Referral;
import org.amparo.referral.ReferralDraft;
import org.amparo.referral.ReferralEvent;
import org.amparo.referral.ReferralStatus;
import org.amparo.referral.Referrals;
import org.amparo.referral.SharePreview;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Action;
import org.junit.jupiter.api.Test;

/**
 * referral-counts and the partner link commands over a referral service that keeps links in memory
 * and refuses non-administrators as the real one does; the console user is mapped to an Amparo account.
 */
class ReferralCommandsTest {
    private final ClasspathMessages messages = new ClasspathMessages("shell", "referral");
    private final FakeSecurity.Users users = new FakeSecurity.Users();
    private final FakeSecurity.Organisations organisations = new FakeSecurity.Organisations();
    private final FakeSession session = new FakeSession();
    private final LinksOnly referrals = new LinksOnly();

    ReferralCommandsTest() {
        users.users.put("cora", new User(1, "cora", "Cora Example", 7, Set.of(Role.COUNTRY_ADMIN), true, null, "en", Instant.EPOCH));
        users.users.put("ana", new User(2, "ana", "Ana Example", 7, Set.of(Role.CASEWORKER), true, null, "en", Instant.EPOCH));
        organisations.create("SHELTER-X", "Fictional shelter NGO", "MA", true, "setup");
    }

    private static Object runAs(String username, Action command) throws Exception {
        Subject subject = new Subject(true, Set.of(new UserPrincipal(username)), Set.of(), Set.of());
        return Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);
    }

    @Test
    void withTheReferralModuleOffTheCommandsSaySoInsteadOfDisappearingWithTheOthers() {
        ReferralPartnersCommand command = list();
        command.referrals = null;
        org.assertj.core.api.Assertions.assertThatThrownBy(command::execute)
                .hasMessage("The referral module is switched off; switch it on with amparo:module-enable referral.");
    }

    private ReferralPartnerLinkCommand link(String id, String code) {
        ReferralPartnerLinkCommand command = new ReferralPartnerLinkCommand();
        command.session = session;
        command.messages = messages;
        command.users = users;
        command.referrals = referrals;
        command.catalogOrganizationId = id;
        command.organisationCode = code;
        return command;
    }

    private ReferralPartnerUnlinkCommand unlink(String id) {
        ReferralPartnerUnlinkCommand command = new ReferralPartnerUnlinkCommand();
        command.session = session;
        command.messages = messages;
        command.users = users;
        command.referrals = referrals;
        command.catalogOrganizationId = id;
        return command;
    }

    private ReferralPartnersCommand list() {
        ReferralPartnersCommand command = new ReferralPartnersCommand();
        command.session = session;
        command.messages = messages;
        command.referrals = referrals;
        command.organisations = organisations;
        return command;
    }

    @Test
    void anAdministratorLinksListsAndUnlinksAPartner() throws Exception {
        runAs("cora", link("cat-org-1", "SHELTER-X"));
        assertThat(session.output()).contains("Catalogue organisation cat-org-1 now answers its referrals through SHELTER-X (linked by cora).");
        list().execute();
        assertThat(session.output()).containsPattern("cat-org-1\\s*\\|\\s*SHELTER-X\\s*\\|\\s*cora").contains("1 partner link(s).");
        runAs("cora", unlink("cat-org-1"));
        assertThat(session.output()).contains("Catalogue organisation cat-org-1 is no longer linked");
        assertThat(referrals.links()).isEmpty();
        assertThatThrownBy(() -> runAs("cora", unlink("cat-org-1"))).isInstanceOf(IllegalArgumentException.class).hasNoCause();
    }

    @Test
    void anyoneButAnAdministratorAccountIsRefusedWithOneLine() {
        assertThatThrownBy(() -> runAs("ana", link("cat-org-1", "SHELTER-X"))).isInstanceOf(IllegalArgumentException.class)
                .hasNoCause();
        assertThatThrownBy(() -> link("cat-org-1", "SHELTER-X").execute())
                .hasMessageStartingWith("The console user \"console\" is not an Amparo account, so it cannot act on referrals.");
        assertThat(referrals.links()).isEmpty();
    }

    @Test
    void countsListEveryStatusAndTheTotal() throws Exception {
        ReferralCountsCommand command = new ReferralCountsCommand();
        command.session = session;
        command.messages = messages;
        command.users = users;
        command.referrals = referrals;
        runAs("cora", command);
        assertThat(session.output()).containsPattern("SENT\\s*\\|\\s*2").containsPattern("WITHDRAWN\\s*\\|\\s*0")
                .contains("Total: 3 referral(s).");
        assertThat(referrals.countedFor).containsExactly("cora");
    }

    /** Partner links in memory; the rest is not used by the console. */
    private static final class LinksOnly implements Referrals {
        final List<PartnerLink> links = new ArrayList<>();
        final List<String> countedFor = new ArrayList<>();

        private static void requireAdmin(Actor actor) {
            if (!actor.roles().contains(Role.COUNTRY_ADMIN) && !actor.roles().contains(Role.SYSTEM_ADMIN)) {
                throw new AccessDeniedException("referral.error.adminOnly");
            }
        }

        @Override
        public List<PartnerLink> links() {
            return List.copyOf(links);
        }

        @Override
        public PartnerLink link(Actor actor, String catalogOrganizationId, String organisationCode) {
            requireAdmin(actor);
            PartnerLink link = new PartnerLink(catalogOrganizationId, 1, actor.username(), Instant.EPOCH);
            links.add(link);
            return link;
        }

        @Override
        public void unlink(Actor actor, String catalogOrganizationId) {
            requireAdmin(actor);
            if (!links.removeIf(l -> l.catalogOrganizationId().equals(catalogOrganizationId))) {
                throw new NotFoundException("referral.error.linkUnknown");
            }
        }

        @Override
        public Map<ReferralStatus, Long> counts(Actor actor) {
            countedFor.add(actor.username());
            Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
            counts.put(ReferralStatus.SENT, 2L);
            counts.put(ReferralStatus.COMPLETED, 1L);
            return counts;
        }

        @Override
        public CaseMatches match(Actor actor, long caseId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Referral draft(Actor actor, long caseId, ReferralDraft draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Referral edit(Actor actor, long referralId, ReferralDraft draft) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SharePreview preview(Actor actor, long referralId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Referral send(Actor actor, long referralId, String override) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Referral withdraw(Actor actor, long referralId, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Referral get(Actor actor, long referralId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Referral> ofCase(Actor actor, long caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ReferralEvent> history(Actor actor, long referralId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Referral> overdue(Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Received> inbox(Actor actor, ReferralStatus status, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Received received(Actor actor, long referralId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Received answer(Actor actor, long referralId, ReferralStatus next, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Referral recordAnswer(Actor actor, long referralId, ReferralStatus next, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int raiseReminders() {
            throw new UnsupportedOperationException();
        }
    }
}
