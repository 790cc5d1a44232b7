package org.concurrencykit.benchmarks.foobar;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.benchmarks.Counts;
import org.concurrencykit.benchmarks.Handoffs;
import org.concurrencykit.problems.foobar.PrintFooBar;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Print FooBar Alternately: one run is {@value #N} "foo"s and "bar"s alternating between two
 * threads, {@code 2n - 1} handoffs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FooBarBenchmark {
    /** Pairs per run. */
    static final int N = 1000;

    /** A reference solution's simple name (in the registry's order), or {@value Handoffs#YOURS}: the user's class. */
    @Param({"SynchronizedFooBar", "ReentrantLockFooBar", "SemaphoreFooBar", "CyclicBarrierFooBar",
        "BlockingQueueFooBar", "VolatileFooBar"})
    public String solution;

    private SolutionFactory<PrintFooBar> factory;

    @Setup
    public void bind() {
        factory = Handoffs.bind(solution, PrintFooBar.class, int.class);
    }

    @Benchmark
    @OperationsPerInvocation(2 * N - 1)
    public void handoff() throws InterruptedException {
        PrintFooBar s = Handoffs.create(factory, N);
        Counts counts = new Counts(2);
        Handoffs.run(() -> s.foo(() -> counts.add(0)), () -> s.bar(() -> counts.add(1)));
        counts.expect(2L * N);
    }
}
