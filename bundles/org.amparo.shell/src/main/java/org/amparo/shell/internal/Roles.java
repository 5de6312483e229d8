package org.amparo.shell.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.amparo.security.Role;

/** Role names as typed on the console: {@code CASEWORKER}, {@code caseworker} or {@code partner-caseworker}. */
final class Roles {
    private Roles() {
    }

    /** The role names to type, as offered by completion and listed in errors. */
    static List<String> names() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /**
     * Parses each value (a value may also hold several names separated by commas).
     *
     * @return the roles, or the first unknown name as {@code unknown}
     */
    static Parsed parse(List<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            for (String name : value.split(",")) {
                String normalised = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
                if (normalised.isEmpty()) {
                    continue;
                }
                try {
                    roles.add(Role.valueOf(normalised));
                } catch (IllegalArgumentException e) {
                    return new Parsed(Set.of(), name.strip());
                }
            }
        }
        return new Parsed(roles, null);
    }

    static String display(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    /** Parsed roles, or the name that is not a role. */
    record Parsed(Set<Role> roles, String unknown) {
    }
}
