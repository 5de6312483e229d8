package org.amparo.countries;

import java.util.List;
import java.util.Map;

/**
 * An administrative division.
 *
 * @param country the country code
 * @param id unique in the country
 * @param parentId the enclosing division, or {@code null} at the top
 * @param level 1 at the top
 * @param name the name as the pack gives it first (place names are not translated)
 * @param names the name in other languages or scripts, by language tag
 * @param path names of the enclosing divisions, top first
 * @param withdrawn true once an update or the pack's removal took it away (kept for records)
 * @since 1.0
 */
public record Division(String country, String id, String parentId, int level, String name, Map<String, String> names,
        List<String> path, boolean withdrawn) {
    public Division {
        names = Map.copyOf(names);
        path = List.copyOf(path);
    }

    /** The name in {@code language} if the pack gives one, else {@link #name()}. */
    public String name(String language) {
        return names.getOrDefault(language, name);
    }
}
