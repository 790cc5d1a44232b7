package org.concurrencykit.jcstress.boundedqueue;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.boundedqueue.AtomicIntegerBoundedQueue;
import org.concurrencykit.problems.boundedqueue.BoundedQueue;
import org.concurrencykit.problems.boundedqueue.ReentrantLockBoundedQueue;
import org.concurrencykit.problems.boundedqueue.SemaphoreBoundedQueue;
import org.concurrencykit.problems.boundedqueue.SynchronizedBoundedQueue;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t BoundedQueueStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'BoundedQueueStress\.FullQueue\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Design Bounded Blocking Queue (LeetCode 1188): one queue, built with its capacity, is shared
    by producer threads, which call enqueue(x), and consumer threads, which call dequeue().
    enqueue waits while the queue is full, dequeue while it is empty; elements leave in the
    order they entered, each exactly once; size() tells how many are queued.

    Every test below gets a fresh queue of capacity CAPACITY = 1 per sample (the state, Run),
    the smallest capacity, where a second element must wait for the first to leave. Each
    enqueue(x) and dequeue() is followed by a size() call on the same thread, and the state
    keeps the largest size() seen. The values dequeue() returned are logged in the order they
    returned. The @Arbiter, which jcstress runs after all actors have finished, dequeues what
    size() says is still queued (up to MAX_LEFT elements) and reports the log and the largest
    size, e.g. "1, 2; max size 1".

    jcstress refuses to run a test with more actors than the machine has CPUs, and our CI
    machines have 2: one producer and one consumer. With one of each, every wait is a single
    waiter waiting for the other actor, so nothing can block forever in a correct queue, but
    the bugs that need two waiters of one kind (if instead of while, notify() instead of
    notifyAll(), a check outside the lock) cannot show. So every reference solution gets three
    tests:

      ProducerAndConsumer  the producer enqueues 1 then 2, the consumer dequeues twice. Each
                           side may have to wait for the other: the consumer on an empty
                           queue, the producer on a full one. Checks first in, first out,
                           that nothing is lost or duplicated, and the capacity.
      FullQueue            enqueue(1) runs in the state's constructor, so the queue is full;
                           the producer's enqueue(2) races the consumer's dequeue(). Checks
                           that enqueue(2) waits for the slot, and that dequeue() takes 1.
      TwoConsumers         three actors: the producer enqueues 1 then 2, two consumers dequeue
                           once each. Checks that a consumer woken to an empty queue (the
                           other consumer took the element) waits again. Needs 3 CPUs;
                           jcstress skips it on 2, and the gate says so. A queue whose
                           notify() wakes the wrong waiter hangs it; the watchdog then fails
                           the gate.

    The tests of one shape differ only in the queue their constructor builds; their outcomes
    are declared once, on the shape's class, and shared through @JCStressMeta. jcstress grades
    a result by the first outcome whose id (a regular expression) matches it; a result no
    outcome matches falls to the default outcome, also FORBIDDEN: an element lost, duplicated
    or invented, or a size() out of range.

    A correct queue shows only ACCEPTABLE outcomes. Every other outcome is FORBIDDEN: one
    sample of it fails the test, and the gate fails the build.
 */
public final class BoundedQueueStress {
    /** The capacity every queue is built with. */
    static final int CAPACITY = 1;
    /** The most elements the @Arbiter dequeues: enough to show one element too many. */
    static final int MAX_LEFT = 3;

    private BoundedQueueStress() {
    }

    /**
     * One run of a bounded queue: the queue under test, built with {@link #CAPACITY}, the values
     * its {@code dequeue()} calls returned, in the order they returned, and the largest
     * {@code size()} seen. Any {@link BoundedQueue} works, including one loaded from a user's
     * class.
     */
    @State
    public abstract static class Run {
        /** The queue under test, shared by all actors of this sample. */
        private final BoundedQueue queue;
        /** What dequeue() returned, in order, and "interrupted"; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();
        /** The largest size() returned so far. */
        private final AtomicInteger maxSize = new AtomicInteger(Integer.MIN_VALUE);

        /** Takes a queue built with {@code capacity =} {@link #CAPACITY}. */
        protected Run(BoundedQueue queue) {
            this.queue = Objects.requireNonNull(queue, "queue");
        }

        /** Calls {@code enqueue(element)}, then {@code size()}. */
        protected final void enqueue(int element) {
            try {
                queue.enqueue(element);
            } catch (InterruptedException e) {
                interrupted();
            }
            probeSize();
        }

        /** Calls {@code dequeue()} and logs what it returned, then calls {@code size()}. */
        protected final void dequeue() {
            try {
                log.add(Integer.toString(queue.dequeue()));
            } catch (InterruptedException e) {
                interrupted();
            }
            probeSize();
        }

        /**
         * Dequeues what {@code size()} says is left (at most {@link #MAX_LEFT}), then reports the
         * log and the largest size, e.g. "1, 2; max size 1". Call only after all actors
         * finished; it blocks forever if {@code size()} claims an element {@code dequeue()}
         * cannot find.
         */
        protected final void drainAndReport(L_Result r) {
            for (int i = 0; i < MAX_LEFT && queue.size() > 0; i++) {
                dequeue();
            }
            r.r1 = String.join(", ", log) + "; max size " + maxSize.get();
        }

        private void probeSize() {
            int size = queue.size();
            maxSize.accumulateAndGet(size, Math::max);
        }

        /** Harness code may wrap an interrupt: it restores the flag and logs it as an outcome. */
        private void interrupted() {
            Thread.currentThread().interrupt();
            log.add("interrupted");
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        ProducerAndConsumer: the producer enqueues 1 then 2, the consumer dequeues twice; both
        call size() after each call. The consumer's last size() always sees 0; whether any
        size() saw 1 depends on the timing.

          "1, 2; max size 0"       ACCEPTABLE  first in, first out; the consumer took each
                                               element before any size() saw it.
          "1, 2; max size 1"       ACCEPTABLE  first in, first out, one element at most.
          ".*interrupted.*"        FORBIDDEN   a call got InterruptedException; jcstress never
                                               interrupts actors, so the queue caused it.
          "2, 1; .*"               FORBIDDEN   2 left before 1: not first in, first out.
          ".*; max size 2"         FORBIDDEN   size() saw 2 elements: enqueue(2) did not wait
                                               for the slot.
          anything else            FORBIDDEN   an element lost, duplicated or invented, or a
                                               size() out of range.
     */
    @Outcome(id = "1, 2; max size 0", expect = ACCEPTABLE, desc = "First in, first out; size() never saw an element.")
    @Outcome(id = "1, 2; max size 1", expect = ACCEPTABLE, desc = "First in, first out, one element at most.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A call was interrupted.")
    @Outcome(id = "2, 1; .*", expect = FORBIDDEN, desc = "2 left before 1: not first in, first out.")
    @Outcome(id = ".*; max size 2", expect = FORBIDDEN, desc = "2 elements in a queue of capacity 1.")
    @Outcome(expect = FORBIDDEN, desc = "An element lost, duplicated or invented, or size() out of range.")
    public static final class ProducerAndConsumer {
        private ProducerAndConsumer() {
        }

        @JCStressTest
        @JCStressMeta(ProducerAndConsumer.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedBoundedQueue(CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(ProducerAndConsumer.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockBoundedQueue(CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(ProducerAndConsumer.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreBoundedQueue(CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(ProducerAndConsumer.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerBoundedQueue(CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(ProducerAndConsumer.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(BoundedQueue.class, List.of(int.class), CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        FullQueue: enqueue(1) has run in the constructor, so the queue is full; the producer's
        enqueue(2) must wait until the consumer's dequeue() has taken 1. The @Arbiter then
        takes 2. The constructor's size() already saw 1.

          "1, 2; max size 1"       ACCEPTABLE  enqueue(2) waited for the slot dequeue() freed.
          ".*interrupted.*"        FORBIDDEN   a call was interrupted (see above).
          "2, 1; .*"               FORBIDDEN   dequeue() returned 2 while 1 was at the head.
          ".*; max size 2"         FORBIDDEN   size() saw 2 elements: enqueue(2) did not wait
                                               for the slot.
          anything else            FORBIDDEN   an element lost, duplicated or invented, or a
                                               size() out of range.
     */
    @Outcome(id = "1, 2; max size 1", expect = ACCEPTABLE, desc = "enqueue(2) waited for the slot dequeue() freed.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A call was interrupted.")
    @Outcome(id = "2, 1; .*", expect = FORBIDDEN, desc = "dequeue() returned 2 while 1 was at the head.")
    @Outcome(id = ".*; max size 2", expect = FORBIDDEN, desc = "enqueue(2) did not wait: 2 elements queued.")
    @Outcome(expect = FORBIDDEN, desc = "An element lost, duplicated or invented, or size() out of range.")
    public static final class FullQueue {
        private FullQueue() {
        }

        @JCStressTest
        @JCStressMeta(FullQueue.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedBoundedQueue(CAPACITY));
                enqueue(1);
            }

            @Actor
            public void producer() {
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(FullQueue.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockBoundedQueue(CAPACITY));
                enqueue(1);
            }

            @Actor
            public void producer() {
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(FullQueue.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreBoundedQueue(CAPACITY));
                enqueue(1);
            }

            @Actor
            public void producer() {
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(FullQueue.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerBoundedQueue(CAPACITY));
                enqueue(1);
            }

            @Actor
            public void producer() {
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(FullQueue.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(BoundedQueue.class, List.of(int.class), CAPACITY));
                enqueue(1);
            }

            @Actor
            public void producer() {
                enqueue(2);
            }

            @Actor
            public void consumer() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        TwoConsumers: the producer enqueues 1 then 2, and two consumers dequeue once each, so
        two consumers can wait on the empty queue at once, and a consumer that wakes to find the
        element taken must wait again. The consumers log what they got in either order, so the
        log does not show first in, first out here.

          "1, 2; max size 0"       ACCEPTABLE  each element dequeued once; size() never saw one.
          "1, 2; max size 1"       ACCEPTABLE  each element dequeued once, one element at most.
          "2, 1; max size 0"       ACCEPTABLE  the same, the consumers logging in the other order.
          "2, 1; max size 1"       ACCEPTABLE  the same, the consumers logging in the other order.
          ".*interrupted.*"        FORBIDDEN   a call was interrupted (see above).
          ".*; max size 2"         FORBIDDEN   size() saw 2 elements: enqueue(2) did not wait
                                               for the slot.
          anything else            FORBIDDEN   an element lost, duplicated or invented (a
                                               dequeue() that went ahead on an empty queue), or a
                                               size() out of range.
     */
    @Outcome(id = "1, 2; max size 0", expect = ACCEPTABLE, desc = "Each element dequeued once; size() never saw one.")
    @Outcome(id = "1, 2; max size 1", expect = ACCEPTABLE, desc = "Each element dequeued once, one element at most.")
    @Outcome(id = "2, 1; max size 0", expect = ACCEPTABLE, desc = "Each element dequeued once; size() never saw one.")
    @Outcome(id = "2, 1; max size 1", expect = ACCEPTABLE, desc = "Each element dequeued once, one element at most.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A call was interrupted.")
    @Outcome(id = ".*; max size 2", expect = FORBIDDEN, desc = "2 elements in a queue of capacity 1.")
    @Outcome(expect = FORBIDDEN, desc = "An element lost, duplicated or invented, or size() out of range.")
    public static final class TwoConsumers {
        private TwoConsumers() {
        }

        @JCStressTest
        @JCStressMeta(TwoConsumers.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedBoundedQueue(CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer1() {
                dequeue();
            }

            @Actor
            public void consumer2() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoConsumers.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockBoundedQueue(CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer1() {
                dequeue();
            }

            @Actor
            public void consumer2() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoConsumers.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreBoundedQueue(CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer1() {
                dequeue();
            }

            @Actor
            public void consumer2() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoConsumers.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerBoundedQueue(CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer1() {
                dequeue();
            }

            @Actor
            public void consumer2() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(TwoConsumers.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(BoundedQueue.class, List.of(int.class), CAPACITY));
            }

            @Actor
            public void producer() {
                enqueue(1);
                enqueue(2);
            }

            @Actor
            public void consumer1() {
                dequeue();
            }

            @Actor
            public void consumer2() {
                dequeue();
            }

            @Arbiter
            public void result(L_Result r) {
                drainAndReport(r);
            }
        }
    }
}
