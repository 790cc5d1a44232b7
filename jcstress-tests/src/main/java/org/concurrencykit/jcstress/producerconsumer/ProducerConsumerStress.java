package org.concurrencykit.jcstress.producerconsumer;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.producerconsumer.BlockingQueueBoundedBuffer;
import org.concurrencykit.problems.producerconsumer.BoundedBuffer;
import org.concurrencykit.problems.producerconsumer.ReentrantLockBoundedBuffer;
import org.concurrencykit.problems.producerconsumer.SemaphoreBoundedBuffer;
import org.concurrencykit.problems.producerconsumer.SynchronizedBoundedBuffer;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

/*
    How to run these tests, from the repository root:

        $ ./mvnw -B -pl jcstress-tests verify
            builds jcstress-tests/target/jcstress.jar and runs every test through the gate,
            which fails the build on any forbidden outcome, error, or test that did not run.

        $ java -jar jcstress-tests/target/jcstress.jar -t ProducerConsumerStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'ProducerConsumerStress\.PutPutClose\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Producer-Consumer with Shutdown: one buffer, built with its capacity, is shared by
    producer threads, which call put(item), and consumer threads, which call take() until it
    returns -1. put waits while the buffer is full, take while it is empty and open; after the
    last put, a producer calls close(), and from then on take() returns -1 once every item
    left in the buffer has been taken.

    Every test below gets a fresh buffer of capacity CAPACITY = 1 per sample (the state, Run).
    jcstress refuses to run a test with more actors than the machine has CPUs, and our CI
    machines have 2: one producer and one consumer.

      PutPutClose  the producer puts 1, then 2 (which waits for the consumer to take 1), then
                   closes; the consumer takes until it gets -1 (at most three times). The
                   @Arbiter, which jcstress runs after both actors have finished, takes once
                   more and reports, e.g. "1, 2, -1; then -1". Checks that the close does not
                   drop the items still in the buffer, that it reaches a consumer waiting on
                   the empty buffer, and that -1 stays the answer after the close.

    The bugs that need two waiting consumers (a close that wakes only one of them, if instead
    of while) cannot show with one consumer; the stress engine and the model checker judge
    those. The tests differ only in the buffer their constructor builds; their outcomes are
    declared once, on the shape's class, and shared through @JCStressMeta. jcstress grades a
    result by the first outcome whose id (a regular expression) matches it.

          "1, 2, -1; then -1"  ACCEPTABLE  both items taken, in order (capacity 1 leaves no
                                           other order), then -1, and -1 again after.
          ".*interrupted.*"    FORBIDDEN   a call got InterruptedException; jcstress never
                                           interrupts actors, so the buffer caused it.
          "(1, )?-1.*"         FORBIDDEN   -1 while an item was still to come: the close
                                           dropped the items left in the buffer.
          anything else        FORBIDDEN   an item lost, duplicated or invented, or a take
                                           after the close that did not return -1.

    A correct buffer shows only the ACCEPTABLE outcome. Every other outcome is FORBIDDEN: one
    sample of it fails the test, and the gate fails the build. A consumer that never gets its
    -1 hangs the test; the watchdog then fails the gate.
 */
public final class ProducerConsumerStress {
    /** The capacity every buffer is built with. */
    static final int CAPACITY = 1;
    /** The most takes the consumer makes: two items and the -1. */
    static final int MAX_TAKES = 3;

    private ProducerConsumerStress() {
    }

    /**
     * One run of a bounded buffer: the buffer under test, built with {@link #CAPACITY}, and
     * the values its {@code take()} calls returned, in the order they returned. Any
     * {@link BoundedBuffer} works, including one loaded from a user's class.
     */
    @State
    public abstract static class Run {
        /** The buffer under test, shared by both actors of this sample. */
        private final BoundedBuffer buffer;
        /** What take() returned, in order, and "interrupted"; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();

        /** Takes a buffer built with {@code capacity =} {@link #CAPACITY}. */
        protected Run(BoundedBuffer buffer) {
            this.buffer = Objects.requireNonNull(buffer, "buffer");
        }

        /** Puts 1 and 2, then closes the buffer. */
        protected final void produce() {
            try {
                buffer.put(1);
                buffer.put(2);
                buffer.close();
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Takes until take() returns -1, at most {@link #MAX_TAKES} times, logging each result. */
        protected final void consume() {
            for (int i = 0; i < MAX_TAKES; i++) {
                Integer item = take();
                if (item == null || item == BoundedBuffer.CLOSED) {
                    return;
                }
            }
        }

        /** Takes once more and reports, e.g. "1, 2, -1; then -1". Call only after both actors finished. */
        protected final void report(L_Result r) {
            String taken = String.join(", ", log);
            log.clear();
            take();
            r.r1 = taken + "; then " + String.join(", ", log);
        }

        /** One take(), logged; null if interrupted. */
        private Integer take() {
            try {
                int item = buffer.take();
                log.add(Integer.toString(item));
                return item;
            } catch (InterruptedException e) {
                interrupted();
                return null;
            }
        }

        /** Harness code may wrap an interrupt: it restores the flag and logs it as an outcome. */
        private void interrupted() {
            Thread.currentThread().interrupt();
            log.add("interrupted");
        }
    }

    @Outcome(id = "1, 2, -1; then -1", expect = ACCEPTABLE, desc = "Both items taken, then -1, and -1 again.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A call was interrupted.")
    @Outcome(id = "(1, )?-1.*", expect = FORBIDDEN, desc = "-1 while items were left: the close dropped them.")
    @Outcome(expect = FORBIDDEN, desc = "An item lost, duplicated or invented, or no -1 after the close.")
    public static final class PutPutClose {
        private PutPutClose() {
        }

        @JCStressTest
        @JCStressMeta(PutPutClose.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedBoundedBuffer(CAPACITY));
            }

            @Actor
            public void producer() {
                produce();
            }

            @Actor
            public void consumer() {
                consume();
            }

            @Arbiter
            public void result(L_Result r) {
                report(r);
            }
        }

        @JCStressTest
        @JCStressMeta(PutPutClose.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockBoundedBuffer(CAPACITY));
            }

            @Actor
            public void producer() {
                produce();
            }

            @Actor
            public void consumer() {
                consume();
            }

            @Arbiter
            public void result(L_Result r) {
                report(r);
            }
        }

        @JCStressTest
        @JCStressMeta(PutPutClose.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreBoundedBuffer(CAPACITY));
            }

            @Actor
            public void producer() {
                produce();
            }

            @Actor
            public void consumer() {
                consume();
            }

            @Arbiter
            public void result(L_Result r) {
                report(r);
            }
        }

        @JCStressTest
        @JCStressMeta(PutPutClose.class)
        @State
        public static class BlockingQueue extends Run {
            public BlockingQueue() {
                super(new BlockingQueueBoundedBuffer(CAPACITY));
            }

            @Actor
            public void producer() {
                produce();
            }

            @Actor
            public void consumer() {
                consume();
            }

            @Arbiter
            public void result(L_Result r) {
                report(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(PutPutClose.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(BoundedBuffer.class, List.of(int.class), CAPACITY));
            }

            @Actor
            public void producer() {
                produce();
            }

            @Actor
            public void consumer() {
                consume();
            }

            @Arbiter
            public void result(L_Result r) {
                report(r);
            }
        }
    }
}
