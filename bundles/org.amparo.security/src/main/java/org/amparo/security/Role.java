package org.amparo.security;

/**
 * What a user may do. A user holds one or more roles. Each role maps to JAAS role names for the
 * Karaf console ({@link #jaasRoles()}).
 *
 * @since 1.0
 */
public enum Role {
    /** Runs the platform: users, organisations, installation. Sees no case content. */
    SYSTEM_ADMIN("admin", "manager", "viewer", "systembundles", "ssh"),
    /** Switches modules and country packs on and off for the country. Sees no case content by default. */
    COUNTRY_ADMIN("manager", "viewer", "ssh"),
    /** Oversees the caseworkers of an organisation; approves closures and child case plans. */
    SUPERVISOR(),
    /** Registers persons and manages the cases assigned to them. */
    CASEWORKER(),
    /** Works for a service provider that receives referrals; sees only what was shared. */
    PARTNER_CASEWORKER(),
    /** Reads the audit record; nothing else. */
    AUDITOR();

    private final String[] jaasRoles;

    Role(String... jaasRoles) {
        this.jaasRoles = jaasRoles;
    }

    /** The message key of this role's display name, e.g. {@code role.CASEWORKER}. */
    public String messageKey() {
        return "role." + name();
    }

    /** The JAAS role names this role grants in the Karaf console, besides {@code amparo-<role>}. */
    public java.util.List<String> jaasRoles() {
        java.util.List<String> roles = new java.util.ArrayList<>(java.util.List.of(jaasRoles));
        roles.add("amparo-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return roles;
    }
}
