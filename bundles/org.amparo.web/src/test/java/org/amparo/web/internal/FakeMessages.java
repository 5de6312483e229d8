package org.amparo.web.internal;

import java.util.Map;

import org.amparo.i18n.internal.ClasspathMessages;

/**
 * The real message catalogue over this bundle's message files and the security bundle's (role
 * names), as the platform assembles them.
 */
final class FakeMessages extends ClasspathMessages {
    FakeMessages() {
        super("web", "security", "screening", "interviews");
    }

    /** One of this bundle's message files, e.g. {@code web_ar.properties}. */
    static Map<String, String> file(String name) {
        return ClasspathMessages.load("OSGI-INF/amparo/l10n/" + name);
    }
}
