package org.concurrencykit.problems.foobar;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * FooBar with two 2-party {@link CyclicBarrier}s: {@code fooPrinted} lets bar through
 * after foo's callback, {@code barPrinted} lets foo through after bar's.
 *
 * <p>Invariant: in round i, foo passes {@code fooPrinted} only after its i-th print, and
 * bar passes {@code barPrinted} only after its i-th print.
 * Memory consistency effects: actions before {@code await()} in one party happen-before
 * actions after {@code await()} returns in the other.
 */
public final class CyclicBarrierFooBar implements PrintFooBar {
    private final int n;
    /** Both pass once foo has printed in this round. */
    private final CyclicBarrier fooPrinted = new CyclicBarrier(2);
    /** Both pass once bar has printed in this round. */
    private final CyclicBarrier barPrinted = new CyclicBarrier(2);

    public CyclicBarrierFooBar(int n) {
        this.n = n;
    }

    @Override
    public void foo(Runnable printFoo) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            printFoo.run();
            await(fooPrinted);
            await(barPrinted);
        }
    }

    @Override
    public void bar(Runnable printBar) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            await(fooPrinted);
            printBar.run();
            await(barPrinted);
        }
    }

    private static void await(CyclicBarrier barrier) throws InterruptedException {
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("the other thread left the barrier", e);
        }
    }
}
