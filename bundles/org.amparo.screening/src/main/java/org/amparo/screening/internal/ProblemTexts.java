package org.amparo.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * English texts of problem reasons, read from this bundle's own messages file, for
 * {@link org.amparo.screening.ScreeningProblem#describe()} where no Messages service is at hand
 * (activation logs, tests, a pack's build).
 */
public final class ProblemTexts {
    private static final Properties ENGLISH = load();

    private ProblemTexts() {
    }

    public static String english(String key, List<String> arguments) {
        String text = ENGLISH.getProperty(key);
        if (text == null) {
            return "[" + key + "] " + arguments;
        }
        for (int i = 0; i < arguments.size(); i++) {
            text = text.replace("{" + i + "}", arguments.get(i));
        }
        return text;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ProblemTexts.class.getResourceAsStream("/OSGI-INF/amparo/l10n/screening.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
