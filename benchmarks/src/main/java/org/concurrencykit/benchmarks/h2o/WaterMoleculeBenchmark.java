package org.concurrencykit.benchmarks.h2o;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.benchmarks.Counts;
import org.concurrencykit.benchmarks.Handoffs;
import org.concurrencykit.problems.h2o.WaterMolecule;
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
 * Building H2O: one run builds {@value #N} molecules from two hydrogen threads and one
 * oxygen thread, each calling its method n times: {@code 3n - 1} handoffs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WaterMoleculeBenchmark {
    /** Molecules per run. */
    static final int N = 1000;

    /** A reference solution's simple name (in the registry's order), or {@value Handoffs#YOURS}: the user's class. */
    @Param({"SynchronizedWaterMolecule", "ReentrantLockWaterMolecule", "SemaphoreWaterMolecule",
        "BlockingQueueWaterMolecule"})
    public String solution;

    private SolutionFactory<WaterMolecule> factory;

    @Setup
    public void bind() {
        factory = Handoffs.bind(solution, WaterMolecule.class);
    }

    @Benchmark
    @OperationsPerInvocation(3 * N - 1)
    public void handoff() throws InterruptedException {
        WaterMolecule s = Handoffs.create(factory);
        Counts counts = new Counts(3);
        Handoffs.run(() -> hydrogens(s, counts, 0), () -> hydrogens(s, counts, 1), () -> {
            for (int i = 0; i < N; i++) {
                s.oxygen(() -> counts.add(2));
            }
        });
        counts.expect(3L * N);
    }

    private static void hydrogens(WaterMolecule s, Counts counts, int slot) throws InterruptedException {
        for (int i = 0; i < N; i++) {
            s.hydrogen(() -> counts.add(slot));
        }
    }
}
