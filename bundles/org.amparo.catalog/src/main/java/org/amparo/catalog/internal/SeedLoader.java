package org.amparo.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.amparo.catalog.CatalogImport;
import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.ImportReport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads country-pack catalogue seeds: bundles declaring {@code amparo.catalog.seed} carry an HSDS
 * datapackage at {@code amparo/catalog/}. Each seed revision (bundle, version and content digest) is
 * imported once, through the same validated import as any other, as user {@code system}. The seed
 * bundles are only read. A refused seed is logged with its problems and left out.
 */
@Component(immediate = true)
public final class SeedLoader implements BundleTrackerCustomizer<String> {
    static final String SEED_NS = "amparo.catalog.seed";
    static final String FOLDER = "amparo/catalog/";
    private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);

    private final CatalogService catalog;
    private final BundleTracker<String> tracker;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "amparo-catalog-seeds");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public SeedLoader(@Reference CatalogImport catalogImport, BundleContext context) {
        this.catalog = (CatalogService) catalogImport;
        this.tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null || revision.getDeclaredCapabilities(SEED_NS).isEmpty()) {
            return null;
        }
        String name = bundle.getSymbolicName() + " " + bundle.getVersion();
        worker.execute(() -> load(bundle, name));
        return name;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, String name) {
        // content changes come as an update: a new revision, tracked again
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String name) {
        // a seed's services stay: referrals may name them
    }

    private void load(Bundle bundle, String name) {
        try {
            CatalogSource source = path -> entry(bundle, path);
            String key = name + " " + digest(bundle);
            ImportReport report = catalog.seed(source, "seed " + name, key);
            if (!report.stored()) {
                LOG.warn("Catalogue seed {} refused: {}", name, report.problems());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Catalogue seed {} could not be loaded", name, e);
        }
    }

    private static Optional<InputStream> entry(Bundle bundle, String path) throws IOException {
        URL url = bundle.getEntry(FOLDER + path);
        return url == null ? Optional.empty() : Optional.of(url.openStream());
    }

    /** A digest of every file of the seed, so that a changed seed under the same version loads again. */
    static String digest(Bundle bundle) throws IOException {
        List<URL> urls = new ArrayList<>();
        var entries = bundle.findEntries(FOLDER, "*", true);
        if (entries != null) {
            urls.addAll(Collections.list(entries));
        }
        urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (URL url : urls) {
                if (url.getPath().endsWith("/")) {
                    continue;
                }
                sha.update(url.getPath().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = url.openStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
