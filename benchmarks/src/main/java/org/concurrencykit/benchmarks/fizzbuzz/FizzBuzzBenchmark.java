package org.concurrencykit.benchmarks.fizzbuzz;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.benchmarks.Counts;
import org.concurrencykit.benchmarks.Handoffs;
import org.concurrencykit.problems.fizzbuzz.PrintFizzBuzz;
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
 * Fizz Buzz Multithreaded: one run prints 1..n for n = {@value #N} with four threads,
 * {@code n - 1} steps (counted as handoffs, though consecutive plain numbers stay on one thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FizzBuzzBenchmark {
    /** Numbers per run. */
    static final int N = 1000;

    /** A reference solution's simple name (in the registry's order), or {@value Handoffs#YOURS}: the user's class. */
    @Param({"SynchronizedFizzBuzz", "ReentrantLockFizzBuzz", "SemaphoreFizzBuzz", "PhaserFizzBuzz",
        "AtomicIntegerFizzBuzz"})
    public String solution;

    private SolutionFactory<PrintFizzBuzz> factory;

    @Setup
    public void bind() {
        factory = Handoffs.bind(solution, PrintFizzBuzz.class, int.class);
    }

    @Benchmark
    @OperationsPerInvocation(N - 1)
    public void handoff() throws InterruptedException {
        PrintFizzBuzz s = Handoffs.create(factory, N);
        Counts counts = new Counts(4);
        Handoffs.run(() -> s.fizz(() -> counts.add(0)), () -> s.buzz(() -> counts.add(1)),
                () -> s.fizzbuzz(() -> counts.add(2)), () -> s.number(x -> counts.add(3)));
        counts.expect(N);
    }
}
