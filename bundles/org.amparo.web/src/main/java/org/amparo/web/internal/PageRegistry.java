package org.amparo.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.amparo.web.api.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages currently registered, by path, fed by a dynamic multiple reference: a page is
 * reachable and listed while its service is registered and gone as soon as it is unregistered.
 * Should two services claim one path, the first keeps it and the second takes over when the first
 * leaves. Thread-safe: bind and unbind run on SCR threads while requests read.
 */
final class PageRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PageRegistry.class);
    private static final Pattern PATH = Pattern.compile("([a-z0-9]+(-[a-z0-9]+)*)?");
    static final Comparator<Page> NAVIGATION_ORDER = Comparator.comparingInt(Page::order).thenComparing(Page::path);

    private final ConcurrentMap<String, List<Page>> byPath = new ConcurrentHashMap<>();

    /** Adds a page; false (and a warning) if its path is not lower-case words and dashes. */
    boolean add(Page page) {
        String path = page.path();
        if (path == null || !PATH.matcher(path).matches()) {
            LOG.warn("Page {} ignored: its path is not lower-case words separated by dashes", page.getClass().getName());
            return false;
        }
        byPath.compute(path, (p, pages) -> {
            List<Page> list = pages == null ? new CopyOnWriteArrayList<>() : pages;
            if (!list.isEmpty()) {
                LOG.warn("Page {} waits: path '{}' is already served by {}", page.getClass().getName(), p,
                        list.get(0).getClass().getName());
            }
            list.add(page);
            return list;
        });
        return true;
    }

    void remove(Page page) {
        String path = page.path();
        if (path == null) {
            return;
        }
        byPath.computeIfPresent(path, (p, pages) -> {
            pages.remove(page);
            return pages.isEmpty() ? null : pages;
        });
    }

    /** The page serving {@code path}, if any. */
    Optional<Page> find(String path) {
        List<Page> pages = byPath.get(path);
        if (pages == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(pages.get(0));
        } catch (IndexOutOfBoundsException removedMeanwhile) {
            return Optional.empty();
        }
    }

    /** True if a user with {@code roles} may open {@code page}: it names no roles, or one of theirs. */
    static boolean allows(Page page, Set<String> roles) {
        Set<String> required = page.roles();
        if (required == null || required.isEmpty()) {
            return true;
        }
        for (String role : required) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The navigation for a user with {@code roles}: listed pages they may open, by order then path. */
    List<Page> navigation(Set<String> roles) {
        List<Page> result = new ArrayList<>();
        for (List<Page> pages : byPath.values()) {
            if (pages.isEmpty()) {
                continue;
            }
            Page page;
            try {
                page = pages.get(0);
            } catch (IndexOutOfBoundsException removedMeanwhile) {
                continue;
            }
            if (page.inNavigation() && allows(page, roles)) {
                result.add(page);
            }
        }
        result.sort(NAVIGATION_ORDER);
        return result;
    }
}
