package org.concurrencykit.benchmarks.boundedqueue;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.benchmarks.Counts;
import org.concurrencykit.benchmarks.Handoffs;
import org.concurrencykit.problems.boundedqueue.BoundedQueue;
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
 * Design Bounded Blocking Queue: one run passes {@value #N} elements from a producer to a
 * consumer through a queue of capacity 1, {@code 2n - 1} handoffs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BoundedQueueBenchmark {
    /** Elements per run. */
    static final int N = 1000;

    /** A reference solution's simple name (in the registry's order), or {@value Handoffs#YOURS}: the user's class. */
    @Param({"SynchronizedBoundedQueue", "ReentrantLockBoundedQueue", "SemaphoreBoundedQueue",
        "AtomicIntegerBoundedQueue"})
    public String solution;

    private SolutionFactory<BoundedQueue> factory;

    @Setup
    public void bind() {
        factory = Handoffs.bind(solution, BoundedQueue.class, int.class);
    }

    @Benchmark
    @OperationsPerInvocation(2 * N - 1)
    public void handoff() throws InterruptedException {
        BoundedQueue q = Handoffs.create(factory, 1);
        Counts counts = new Counts(2);
        Handoffs.run(() -> {
            for (int i = 0; i < N; i++) {
                q.enqueue(i);
                counts.add(0);
            }
        }, () -> {
            for (int i = 0; i < N; i++) {
                if (q.dequeue() != i) {
                    throw new IllegalStateException("elements out of order");
                }
                counts.add(1);
            }
        });
        counts.expect(2L * N);
    }
}
