package org.amparo.i18n.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Messages} service: an extender that reads {@code OSGI-INF/amparo/l10n/*.properties}
 * (UTF-8) from every resolved bundle, so core bundles and language bundles contribute texts
 * without depending on each other. A file {@code name.properties} is English; {@code name_xx.properties}
 * is language {@code xx}.
 */
@Component(service = Messages.class)
public final class BundleMessages implements Messages, BundleTrackerCustomizer<Long> {
    static final String FOLDER = "OSGI-INF/amparo/l10n";
    private static final Logger LOG = LoggerFactory.getLogger(BundleMessages.class);

    private final MessageCatalog catalog = new MessageCatalog();
    private final BundleTracker<Long> tracker;

    @Activate
    public BundleMessages(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, this);
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    @Override
    public String get(LanguageTag language, String key, Object... arguments) {
        return catalog.get(language, key, arguments);
    }

    @Override
    public boolean has(String key) {
        return catalog.has(key);
    }

    @Override
    public List<LanguageTag> languages() {
        return catalog.languages();
    }

    @Override
    public Long addingBundle(Bundle bundle, BundleEvent event) {
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.properties", false);
        if (entries == null) {
            return null;
        }
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                byLanguage.computeIfAbsent(languageOf(file), l -> new HashMap<>()).putAll(read(in));
            } catch (IOException | IllegalArgumentException e) {
                LOG.error("Messages file {} of bundle {} could not be read: {}", file, bundle.getSymbolicName(), e.getMessage());
            }
        }
        catalog.put(bundle.getBundleId(), byLanguage);
        return bundle.getBundleId();
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
        // contents do not change while a bundle stays resolved
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
        catalog.remove(id);
    }

    /** {@code web.properties} -> "" (English); {@code web_ar.properties} -> "ar"; {@code web_pt_BR.properties} -> "pt-BR". */
    static String languageOf(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".properties".length());
        int underscore = base.indexOf('_');
        if (underscore < 0) {
            return "";
        }
        String tag = LanguageTag.of(base.substring(underscore + 1)).value();
        return "en".equals(tag) ? "" : tag;
    }

    static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new HashMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }
}
