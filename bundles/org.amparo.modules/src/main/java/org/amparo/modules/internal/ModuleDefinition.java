package org.amparo.modules.internal;

import java.util.List;

/** A module the platform knows: its id, texts, dependencies and whether it is on by default. */
record ModuleDefinition(String id, List<String> dependsOn, boolean onByDefault) {
    /**
     * The core modules. Training needs the standards library (its lessons live there). Later issues
     * add modules here or, for country packs, through a whiteboard.
     */
    static final List<ModuleDefinition> CORE = List.of(
            new ModuleDefinition("trafficking-identification", List.of(), true),
            new ModuleDefinition("child-protection", List.of(), true),
            new ModuleDefinition("referral", List.of(), true),
            new ModuleDefinition("standards-library", List.of(), true),
            new ModuleDefinition("training", List.of("standards-library"), true));

    String nameKey() {
        return "modules." + id + ".name";
    }

    String descriptionKey() {
        return "modules." + id + ".description";
    }
}
