package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.amparo.web.api.Page;
import org.junit.jupiter.api.Test;

class PageRegistryTest {
    private final PageRegistry registry = new PageRegistry();

    private List<String> nav(String... roles) {
        return registry.navigation(Set.of(roles)).stream().map(Page::path).toList();
    }

    @Test
    void aRegisteredPageIsFoundAndListedUntilItIsRemoved() {
        TestPage cases = TestPage.of("cases", 10);
        registry.add(cases);

        assertThat(registry.find("cases")).contains(cases);
        assertThat(nav("CASEWORKER")).containsExactly("cases");

        registry.remove(cases);

        assertThat(registry.find("cases")).isEmpty();
        assertThat(nav("CASEWORKER")).isEmpty();
    }

    @Test
    void navigationListsOnlyAllowedPagesInOrder() {
        registry.add(TestPage.of("audit", 80, "AUDITOR", "SYSTEM_ADMIN"));
        registry.add(TestPage.of("users", 70, "SYSTEM_ADMIN"));
        registry.add(TestPage.of("", 0));
        registry.add(TestPage.of("cases", 10, "CASEWORKER", "SUPERVISOR"));
        registry.add(new TestPage("case-detail", "t", 11, Set.of(), false));
        registry.add(TestPage.of("b-same-order", 10));

        assertThat(nav("AUDITOR")).containsExactly("", "b-same-order", "audit");
        assertThat(nav("SYSTEM_ADMIN")).containsExactly("", "b-same-order", "users", "audit");
        assertThat(nav("CASEWORKER")).containsExactly("", "b-same-order", "cases");
        assertThat(nav()).containsExactly("", "b-same-order");
    }

    @Test
    void rolesDecideAccess() {
        assertThat(PageRegistry.allows(TestPage.of("x", 1), Set.of())).as("no roles named: every user").isTrue();
        assertThat(PageRegistry.allows(TestPage.of("x", 1, "AUDITOR"), Set.of("CASEWORKER"))).isFalse();
        assertThat(PageRegistry.allows(TestPage.of("x", 1, "AUDITOR", "SYSTEM_ADMIN"), Set.of("CASEWORKER", "SYSTEM_ADMIN"))).isTrue();
    }

    @Test
    void aSecondPageOnTheSamePathTakesOverWhenTheFirstLeaves() {
        TestPage first = TestPage.of("reports", 10);
        TestPage second = new TestPage("reports", "other.title", 20, Set.of(), true);
        registry.add(first);
        registry.add(second);

        assertThat(registry.find("reports")).contains(first);
        assertThat(nav()).containsExactly("reports");

        registry.remove(first);

        assertThat(registry.find("reports")).contains(second);
        registry.remove(second);
        assertThat(registry.find("reports")).isEmpty();
    }

    @Test
    void pathsThatAreNotLowerCaseWordsAreIgnored() {
        assertThat(registry.add(TestPage.of("Bad Path", 1))).isFalse();
        assertThat(registry.add(TestPage.of("../etc", 1))).isFalse();
        assertThat(registry.add(TestPage.of("a/b", 1))).isFalse();
        assertThat(registry.add(TestPage.of("good-path-2", 1))).isTrue();
        assertThat(nav()).containsExactly("good-path-2");
    }

    @Test
    void pagesComingAndGoingWhileRequestsReadIsSafe() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int offset = t;
            work.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < 2000; i++) {
                    TestPage page = TestPage.of("p" + (i % 20) + "-" + offset, i % 7);
                    registry.add(page);
                    registry.remove(page);
                }
                return null;
            }));
        }
        for (int t = 0; t < 2; t++) {
            work.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < 2000; i++) {
                    registry.navigation(Set.of());
                    registry.find("p1-0");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : work) {
            f.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(nav()).as("every page added was removed again").isEmpty();
    }
}
