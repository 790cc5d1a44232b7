package org.concurrencykit.benchmarks.printinorder;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.benchmarks.Counts;
import org.concurrencykit.benchmarks.Handoffs;
import org.concurrencykit.problems.printinorder.PrintInOrder;
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
 * Print in Order: one run passes {@value #N} fresh instances through three threads (thread k
 * calls method k of each instance in turn), {@code 2n} handoffs; later instances may
 * overlap earlier ones, so this is handoff throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PrintInOrderBenchmark {
    /** Instances per run. */
    static final int N = 1000;

    /** A reference solution's simple name (in the registry's order), or {@value Handoffs#YOURS}: the user's class. */
    @Param({"SynchronizedPrintInOrder", "ReentrantLockPrintInOrder", "SemaphorePrintInOrder",
        "CountDownLatchPrintInOrder", "CompletableFuturePrintInOrder", "AtomicIntegerPrintInOrder"})
    public String solution;

    private SolutionFactory<PrintInOrder> factory;

    @Setup
    public void bind() {
        factory = Handoffs.bind(solution, PrintInOrder.class);
    }

    @Benchmark
    @OperationsPerInvocation(2 * N)
    public void handoff() throws InterruptedException {
        PrintInOrder[] s = new PrintInOrder[N];
        for (int i = 0; i < N; i++) {
            s[i] = Handoffs.create(factory);
        }
        Counts counts = new Counts(3);
        Handoffs.run(() -> {
            for (PrintInOrder p : s) {
                p.first(() -> counts.add(0));
            }
        }, () -> {
            for (PrintInOrder p : s) {
                p.second(() -> counts.add(1));
            }
        }, () -> {
            for (PrintInOrder p : s) {
                p.third(() -> counts.add(2));
            }
        });
        counts.expect(3L * N);
    }
}
