package org.amparo.modules;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Lists and switches the platform's modules. A switch takes effect at once, is stored (it survives
 * a restart) and is audited with the acting user. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface ModuleRegistry {
    /** The prefix of the condition ids: {@code amparo.module.referral} for module {@code referral}. */
    String CONDITION_PREFIX = "amparo.module.";

    /** Every module, ordered by id. */
    List<ModuleInfo> list();

    /** @throws org.amparo.common.NotFoundException for an unknown id */
    ModuleInfo get(String id);

    /**
     * Switches a module on. Refused with a {@link org.amparo.common.ConflictException}
     * ({@code modules.error.needs}) while a module it depends on is off. Switching on a module that
     * is on already changes nothing.
     */
    ModuleInfo enable(String id, String actor);

    /**
     * Switches a module off. Refused with a {@link org.amparo.common.ConflictException}
     * ({@code modules.error.neededBy}) while a module that depends on it is on.
     */
    ModuleInfo disable(String id, String actor);
}
