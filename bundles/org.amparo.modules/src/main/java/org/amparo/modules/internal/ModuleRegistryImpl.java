package org.amparo.modules.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.common.ConflictException;
import org.amparo.common.NotFoundException;
import org.amparo.modules.ModuleInfo;
import org.amparo.modules.ModuleRegistry;
import org.amparo.persistence.Database;
import org.amparo.persistence.Transaction;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The module registry: switches are stored in {@code modules.module_state} (a module never
 * switched keeps its default) and published as OSGi conditions. A switch is written and audited in
 * one transaction, and the condition changes only after it committed. Serialised on this object.
 */
@Component(service = ModuleRegistry.class, immediate = true)
public final class ModuleRegistryImpl implements ModuleRegistry {
    private final Database database;
    private final AuditLog audit;
    private final ConditionPublisher conditions;
    private final Clock clock;
    private final Map<String, ModuleDefinition> definitions;

    @Activate
    public ModuleRegistryImpl(@Reference Database database, @Reference AuditLog audit, BundleContext context) {
        this(database, audit, new OsgiConditionPublisher(context), Clock.systemUTC(), ModuleDefinition.CORE);
    }

    ModuleRegistryImpl(Database database, AuditLog audit, ConditionPublisher conditions, Clock clock,
            List<ModuleDefinition> definitions) {
        this.database = database;
        this.audit = audit;
        this.conditions = conditions;
        this.clock = clock;
        this.definitions = definitions.stream()
                .collect(Collectors.toMap(ModuleDefinition::id, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
        database.migrate("modules", ModuleRegistryImpl.class);
        for (ModuleInfo module : list()) {
            if (module.enabled()) {
                conditions.publish(module.conditionId());
            }
        }
    }

    @Deactivate
    void deactivate() {
        conditions.withdrawAll();
    }

    @Override
    public synchronized List<ModuleInfo> list() {
        return database.inTransaction(tx -> {
            List<ModuleInfo> modules = new ArrayList<>();
            for (ModuleDefinition definition : definitions.values()) {
                modules.add(info(tx, definition));
            }
            modules.sort(Comparator.comparing(ModuleInfo::id));
            return modules;
        });
    }

    @Override
    public synchronized ModuleInfo get(String id) {
        ModuleDefinition definition = definition(id);
        return database.inTransaction(tx -> info(tx, definition));
    }

    @Override
    public synchronized ModuleInfo enable(String id, String actor) {
        ModuleDefinition definition = definition(id);
        ModuleInfo result = switchOrRefuse(tx -> {
            ModuleInfo current = info(tx, definition);
            if (current.enabled()) {
                return current;
            }
            List<String> missing = definition.dependsOn().stream()
                    .filter(dependency -> !info(tx, definition(dependency)).enabled()).toList();
            if (!missing.isEmpty()) {
                throw new ConflictException("modules.error.needs", id, String.join(", ", missing));
            }
            return store(tx, definition, true, actor);
        }, refusal -> audit.record(AuditEvent.denied(actor, "module.enable", target(id), "needs " + refusal)));
        conditions.publish(result.conditionId());
        return result;
    }

    @Override
    public synchronized ModuleInfo disable(String id, String actor) {
        ModuleDefinition definition = definition(id);
        ModuleInfo result = switchOrRefuse(tx -> {
            ModuleInfo current = info(tx, definition);
            if (!current.enabled()) {
                return current;
            }
            List<String> dependents = definitions.values().stream()
                    .filter(other -> other.dependsOn().contains(id))
                    .filter(other -> info(tx, other).enabled())
                    .map(ModuleDefinition::id).toList();
            if (!dependents.isEmpty()) {
                throw new ConflictException("modules.error.neededBy", id, String.join(", ", dependents));
            }
            return store(tx, definition, false, actor);
        }, refusal -> audit.record(AuditEvent.denied(actor, "module.disable", target(id), "neededBy " + refusal)));
        conditions.withdraw(result.conditionId());
        return result;
    }

    /**
     * Runs a switch in a transaction. A refusal rolls it back and is then audited in a transaction
     * of its own, so that the record of the refused attempt is kept.
     */
    private ModuleInfo switchOrRefuse(org.amparo.persistence.TransactionWork<ModuleInfo> work,
            java.util.function.Consumer<String> auditRefusal) {
        try {
            return database.inTransaction(work);
        } catch (ConflictException refused) {
            auditRefusal.accept(String.valueOf(refused.arguments().get(1)).replace(" ", ""));
            throw refused;
        }
    }

    private ModuleInfo store(Transaction tx, ModuleDefinition definition, boolean enabled, String actor) {
        Instant now = clock.instant();
        int updated = tx.update("UPDATE modules.module_state SET enabled = ?, changed_at = ?, changed_by = ? WHERE module_id = ?",
                enabled, now, actor, definition.id());
        if (updated == 0) {
            tx.update("INSERT INTO modules.module_state (module_id, enabled, changed_at, changed_by) VALUES (?, ?, ?, ?)",
                    definition.id(), enabled, now, actor);
        }
        audit.record(AuditEvent.success(actor, enabled ? "module.enable" : "module.disable", target(definition.id()), ""));
        return info(tx, definition);
    }

    private ModuleInfo info(Transaction tx, ModuleDefinition definition) {
        Optional<ModuleInfo> stored = tx.queryOne(
                "SELECT enabled, changed_at, changed_by FROM modules.module_state WHERE module_id = ?",
                row -> new ModuleInfo(definition.id(), definition.nameKey(), definition.descriptionKey(), definition.dependsOn(),
                        row.getBoolean("enabled"), row.getInstant("changed_at"), row.getString("changed_by")),
                definition.id());
        return stored.orElseGet(() -> new ModuleInfo(definition.id(), definition.nameKey(), definition.descriptionKey(),
                definition.dependsOn(), definition.onByDefault(), null, ""));
    }

    private ModuleDefinition definition(String id) {
        ModuleDefinition definition = id == null ? null : definitions.get(id);
        if (definition == null) {
            throw new NotFoundException("modules.error.unknown", String.valueOf(id));
        }
        return definition;
    }

    private static String target(String id) {
        return "module:" + id;
    }
}
