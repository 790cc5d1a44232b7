package org.concurrencykit.benchmarks.floor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import org.concurrencykit.benchmarks.Handoffs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's own handoff cost, measured like the solutions (two fresh threads per run,
 * {@value #N} turns each, {@code 2n - 1} handoffs): a bare {@code LockSupport.park/unpark}
 * ping-pong (what every blocking primitive costs at least) and a bare volatile spin
 * ping-pong (what a busy-waiting solution costs at least, with a core per thread).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HandoffFloor {
    /** Turns per thread per run. */
    static final int N = 1000;

    /** Whose turn it is in a ping-pong: 0 or 1. */
    private static final class Turn {
        volatile int owner;
        /** The two players' threads, set as each starts. */
        final AtomicReferenceArray<Thread> threads = new AtomicReferenceArray<>(2);
    }

    @Benchmark
    @OperationsPerInvocation(2 * N - 1)
    public void parkUnpark() throws InterruptedException {
        Turn turn = new Turn();
        Handoffs.run(() -> parkTurns(turn, 0), () -> parkTurns(turn, 1));
    }

    @Benchmark
    @OperationsPerInvocation(2 * N - 1)
    public void volatileSpin() throws InterruptedException {
        Turn turn = new Turn();
        Handoffs.run(() -> spinTurns(turn, 0), () -> spinTurns(turn, 1));
    }

    /** Takes N turns as player {@code me}, parking while it is the other's turn. */
    private static void parkTurns(Turn turn, int me) throws InterruptedException {
        turn.threads.set(me, Thread.currentThread());
        for (int i = 0; i < N; i++) {
            while (turn.owner != me) {
                LockSupport.park(turn);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            turn.owner = 1 - me;
            Thread other;
            while ((other = turn.threads.get(1 - me)) == null) {
                Thread.onSpinWait(); // the other has not started yet
            }
            LockSupport.unpark(other);
        }
    }

    /** Takes N turns as player {@code me}, spinning while it is the other's turn. */
    private static void spinTurns(Turn turn, int me) throws InterruptedException {
        for (int i = 0; i < N; i++) {
            while (turn.owner != me) {
                Thread.onSpinWait();
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            turn.owner = 1 - me;
        }
    }
}
