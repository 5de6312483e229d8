package org.amparo.modules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.internal.AuditLogImpl;
import org.amparo.common.ConflictException;
import org.amparo.common.NotFoundException;
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.modules.ModuleInfo;
import org.amparo.persistence.internal.JdbcDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/** The registry on real in-memory Derby with the real audit log; conditions recorded in a set. */
class ModuleRegistryImplTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private final JdbcDatabase database = database();
    private final AuditLogImpl audit = new AuditLogImpl(database);
    private final Conditions conditions = new Conditions();

    private ModuleRegistryImpl start() {
        return new ModuleRegistryImpl(database, audit, conditions, CLOCK, ModuleDefinition.CORE);
    }

    @Test
    void everyCoreModuleIsOnByDefaultAndHasItsCondition() {
        ModuleRegistryImpl registry = start();
        assertThat(registry.list()).extracting(ModuleInfo::id).containsExactly("child-protection", "referral",
                "standards-library", "trafficking-identification", "training");
        assertThat(registry.list()).allMatch(ModuleInfo::enabled);
        assertThat(conditions.active).containsExactlyInAnyOrder("amparo.module.child-protection", "amparo.module.referral",
                "amparo.module.standards-library", "amparo.module.trafficking-identification", "amparo.module.training");
    }

    @Test
    void aSwitchWithdrawsAndRepublishesTheConditionAtOnceAndIsAudited() {
        ModuleRegistryImpl registry = start();
        ModuleInfo off = registry.disable("referral", "country.admin");
        assertThat(off.enabled()).isFalse();
        assertThat(off.changedBy()).isEqualTo("country.admin");
        assertThat(off.changedAt()).isEqualTo(CLOCK.instant());
        assertThat(conditions.active).doesNotContain("amparo.module.referral");

        registry.enable("referral", "country.admin");
        assertThat(conditions.active).contains("amparo.module.referral");
        List<AuditEntry> entries = audit.page(new AuditQuery("country.admin", "module.", 0, 10));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("module.enable", "module.disable");
        assertThat(entries).extracting(AuditEntry::target).containsOnly("module:referral");
    }

    @Test
    void theSwitchSurvivesARestart() {
        start().disable("child-protection", "country.admin");
        conditions.active.clear();

        ModuleRegistryImpl restarted = start();
        assertThat(restarted.get("child-protection").enabled()).isFalse();
        assertThat(conditions.active).doesNotContain("amparo.module.child-protection").contains("amparo.module.referral");
    }

    @Test
    void aModuleAnotherEnabledModuleNeedsCannotBeSwitchedOff() {
        ModuleRegistryImpl registry = start();
        assertThatThrownBy(() -> registry.disable("standards-library", "country.admin"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("modules.error.neededBy");
                    assertThat(e.arguments()).containsExactly("standards-library", "training");
                });
        assertThat(registry.get("standards-library").enabled()).isTrue();
        assertThat(conditions.active).contains("amparo.module.standards-library");
        assertThat(audit.page(new AuditQuery(null, "module.disable", 0, 10))).singleElement()
                .satisfies(e -> assertThat(e.outcome().name()).isEqualTo("DENIED"));

        registry.disable("training", "country.admin");
        registry.disable("standards-library", "country.admin");
        assertThatThrownBy(() -> registry.enable("training", "country.admin"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("modules.error.needs"));
        assertThat(conditions.active).doesNotContain("amparo.module.training", "amparo.module.standards-library");
    }

    @Test
    void unknownModulesAreNamedInTheError() {
        ModuleRegistryImpl registry = start();
        assertThatThrownBy(() -> registry.enable("reporting", "a")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.arguments()).containsExactly("reporting"));
        assertThatThrownBy(() -> registry.get(null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void switchingToTheCurrentStateChangesAndAuditsNothing() {
        ModuleRegistryImpl registry = start();
        registry.enable("referral", "a");
        assertThat(audit.count(new AuditQuery(null, "module.", 0, 1))).isZero();
        assertThat(registry.get("referral").changedAt()).isNull();
    }

    @Test
    void everyModuleAndErrorHasATextInEveryLanguage() {
        ClasspathMessages messages = new ClasspathMessages("modules");
        for (ModuleDefinition definition : ModuleDefinition.CORE) {
            assertThat(messages.has(definition.nameKey())).as(definition.nameKey()).isTrue();
            assertThat(messages.has(definition.descriptionKey())).as(definition.descriptionKey()).isTrue();
        }
        assertThat(ClasspathMessages.translationProblems("modules", "fr", "ar")).isEmpty();
    }

    private static JdbcDatabase database() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:modules-" + System.nanoTime());
        ds.setCreateDatabase("create");
        return new JdbcDatabase(ds);
    }

    /** Records which conditions are published, as the OSGi service registry would hold them. */
    private static final class Conditions implements ConditionPublisher {
        final Set<String> active = new TreeSet<>();

        @Override
        public void publish(String conditionId) {
            active.add(conditionId);
        }

        @Override
        public void withdraw(String conditionId) {
            active.remove(conditionId);
        }

        @Override
        public void withdrawAll() {
            active.clear();
        }
    }
}
