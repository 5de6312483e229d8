package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.DeterminationEngine;
import org.amparo.screening.InstrumentSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH benchmark of the full determination engine on one thread: a complete interview (every
 * question of the four core instruments answered, as a caseworker would at the end of a screening)
 * through {@link DeterminationEngine#determine}, which finds the compiled set in its cache and
 * computes every list, dimension, factor, flag and need with their explanations. Not part of the
 * pass/fail suite (tag {@code benchmark}); results in {@code target/benchmarks/determination.txt}
 * and docs/benchmarks.md. Run:
 * {@code cd bundles && mvn -o test -pl org.amparo.screening -Dgroups=benchmark -Damparo.excludedGroups=none -Dtest=DeterminationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Threads(1)
public class DeterminationBenchmark {
    private DeterminationEngine engine;
    private InstrumentSet set;
    private Answers adult;
    private Answers child;
    private DeterminationContext adultContext;
    private DeterminationContext childContext;

    @Setup
    public void setUp() {
        engine = new DeterminationEngineImpl();
        set = Fixtures.current();
        adult = interview();
        child = adult.with("ch-with-parent", Answer.no()).with("ch-with-relative", Answer.no());
        adultContext = DeterminationContext.adult();
        childContext = DeterminationContext.child();
    }

    /** A complete interview of a person with trafficking, smuggling and vulnerability indicators. */
    static Answers interview() {
        Map<String, Answer> a = new HashMap<>();
        a.put("tip-recruited", Answer.yes());
        a.put("tip-recruitment-deception", Answer.of("deceived-nature-of-job", "deceived-wages", "deceived-housing"));
        a.put("tip-recruitment-coercion", Answer.of("debt-bondage"));
        a.put("tip-recruitment-vulnerability", Answer.of("economic-reasons", "abuse-of-lack-of-information"));
        a.put("tip-worked", Answer.yes());
        a.put("tip-exploitation", Answer.of("excessive-hours", "low-or-no-salary", "bad-living-conditions"));
        a.put("tip-destination-coercion", Answer.of("confiscation-of-documents", "threats-of-violence", "withholding-of-wages"));
        a.put("tip-destination-vulnerability", Answer.UNKNOWN);
        a.put("tip-still-controlled", Answer.no());
        for (String q : new String[] {"v-immediate-danger", "v-urgent-medical", "v-pregnant", "v-violence-in-transit", "v-wants-return",
            "h-child-or-single-parent-household", "h-supportive-home", "c-marginalised-group", "s-permit-tied-to-employer",
            "s-conflict-or-disaster", "sm-injured", "ch-age-doubt"}) {
            a.put(q, Answer.no());
        }
        for (String q : new String[] {"v-health-condition", "v-distress", "v-literate", "v-fear-return", "h-family-violence",
            "h-unsafe-migration-history", "h-lost-contact-family", "c-isolated", "c-norms-deter-help", "s-irregular-status",
            "s-barred-from-services", "sm-crossed-irregularly", "sm-paid-facilitator", "sm-owes-smugglers", "sm-documents-held",
            "sm-wants-to-report", "ch-birth-document", "ch-with-parent", "ch-safe-place-tonight", "ch-in-school"}) {
            a.put(q, Answer.yes());
        }
        a.put("v-sgbv", Answer.DECLINED);
        a.put("v-own-means", Answer.no());
        a.put("v-own-documents", Answer.no());
        a.put("v-speaks-local-language", Answer.no());
        a.put("h-earnings-meet-needs", Answer.UNKNOWN);
        a.put("c-support-network", Answer.yes());
        a.put("sm-journey-events", Answer.of("dangerous-transport", "held-for-ransom"));
        a.put("ch-family-involved-in-harm", Answer.no());
        a.put("ch-durable-solution-planned", Answer.no());
        a.put("ch-exceptional-care-decision", Answer.no());
        a.put("ch-separation-against-will", Answer.no());
        return new Answers(a);
    }

    @Benchmark
    public Determination adultInterview() {
        return engine.determine(set, adult, adultContext);
    }

    @Benchmark
    public Determination childInterview() {
        return engine.determine(set, child, childContext);
    }

    @Test
    void atLeastFiftyThousandDeterminationsPerSecondOnOneThread() throws RunnerException, IOException {
        setUp();
        assertThat(adultInterview().flagIds()).contains("possible-trafficking-victim", "smuggled-with-aggravation");
        assertThat(childInterview().flagIds()).contains("unaccompanied-child", "best-interests-assessment");
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Options options = new OptionsBuilder().include(DeterminationBenchmark.class.getName() + "\\.")
                .output(out.resolve("determination.txt").toString()).build();
        for (RunResult result : new Runner(options).run()) {
            double perSecond = result.getPrimaryResult().getScore();
            assertThat(perSecond).as(result.getParams().getBenchmark()).isGreaterThanOrEqualTo(50_000);
        }
    }
}
