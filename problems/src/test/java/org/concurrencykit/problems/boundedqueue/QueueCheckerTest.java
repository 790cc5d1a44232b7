package org.concurrencykit.problems.boundedqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concurrencykit.problems.boundedqueue.QueueChecker.dequeueCalled;
import static org.concurrencykit.problems.boundedqueue.QueueChecker.dequeueReturned;
import static org.concurrencykit.problems.boundedqueue.QueueChecker.enqueueCalled;
import static org.concurrencykit.problems.boundedqueue.QueueChecker.enqueueReturned;
import static org.concurrencykit.problems.boundedqueue.QueueChecker.sizeCalled;
import static org.concurrencykit.problems.boundedqueue.QueueChecker.sizeReturned;

import java.util.List;
import java.util.Optional;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

/** The queue checker on hand-built logs: each rule, with the message a learner gets. */
class QueueCheckerTest {
    private static final String P1 = "producer-1";
    private static final String P2 = "producer-2";
    private static final String C1 = "consumer-1";
    private static final String C2 = "consumer-2";

    /** One event: the thread that records it and its token. */
    private record Step(String thread, String token) {
    }

    private static Step at(String thread, String token) {
        return new Step(thread, token);
    }

    /** A log whose events are recorded, in order, by real threads of the given names. */
    private static EventLog log(Step... steps) throws InterruptedException {
        EventLog log = new EventLog();
        for (Step s : steps) {
            Thread t = new Thread(() -> log.add(s.token()), s.thread());
            t.start();
            t.join(10_000);
            assertThat(t.isAlive()).isFalse();
        }
        return log;
    }

    private static Step[] enqueue(String thread, int element) {
        return new Step[] {at(thread, enqueueCalled(element)), at(thread, enqueueReturned(element))};
    }

    private static Step[] dequeue(String thread, int element) {
        return new Step[] {at(thread, dequeueCalled()), at(thread, dequeueReturned(element))};
    }

    private static Step[] steps(Step[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(Step[]::new);
    }

    private static QueueCase singleFile(int capacity, Integer... elements) {
        return new QueueCase(1, 1, capacity, List.of(elements), false);
    }

    private static String message(Optional<Violation> v) {
        assertThat(v).isPresent();
        return v.get().message();
    }

    @Test
    void acceptsOneProducerAndOneConsumerTakingTurns() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), new Step[] {at(P1, sizeCalled()), at(P1, sizeReturned(1))},
                dequeue(C1, 1), enqueue(P1, 0), dequeue(C1, 0)));
        assertThat(QueueChecker.check(singleFile(1, 1, 0), log)).isEmpty();
        assertThat(new BoundedQueueProblem().output(singleFile(1, 1, 0), log)).as("what judge run shows")
                .isEqualTo("dequeue() returned [1,0]");
    }

    @Test
    void acceptsOverlappingCallsThatCouldHaveTakenEffectInAnyOrder() throws InterruptedException {
        // The consumer's call begins first and returns last; the producer's call lies inside it.
        EventLog log = log(at(C1, dequeueCalled()), at(P1, enqueueCalled(7)), at(C2, sizeCalled()),
                at(C2, sizeReturned(0)), at(P1, enqueueReturned(7)), at(C1, dequeueReturned(7)));
        assertThat(QueueChecker.check(singleFile(1, 7), log)).isEmpty();
    }

    @Test
    void rejectsAnEnqueueReturningIntoAFullQueue() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), enqueue(P1, 2), dequeue(C1, 1), dequeue(C1, 2)));
        Optional<Violation> v = QueueChecker.check(singleFile(1, 1, 2), log);
        assertThat(message(v)).isEqualTo("enqueue(2) on producer-1 returned while the queue was full: 2 enqueue "
                + "calls had returned and only 0 dequeue calls had begun, so 2 elements were in a queue of capacity 1; "
                + "enqueue must wait while the queue is full");
        assertThat(v.get().expected()).isEqualTo("dequeue() returns [1,2]");
        assertThat(v.get().actual()).isEqualTo("producer-1: enqueue(1) called; producer-1: enqueue(1) returned; "
                + "producer-1: enqueue(2) called; producer-1: enqueue(2) returned");
    }

    @Test
    void rejectsADequeueReturningFromAnEmptyQueue() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), dequeue(C1, 1), dequeue(C2, 1), enqueue(P1, 2)));
        assertThat(message(QueueChecker.check(new QueueCase(1, 2, 2, List.of(1, 2), false), log)))
                .isEqualTo("dequeue() on consumer-2 returned 1 while the queue was empty: 2 dequeue calls had "
                        + "returned but only 1 enqueue call had begun; dequeue must wait while the queue is empty");
    }

    @Test
    void rejectsAnElementDequeuedTwice() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), enqueue(P1, 2), dequeue(C1, 1), dequeue(C2, 1)));
        Optional<Violation> v = QueueChecker.check(new QueueCase(1, 2, 2, List.of(1, 2), false), log);
        assertThat(message(v)).isEqualTo("element 1 was dequeued twice, by consumer-1 and again by consumer-2; "
                + "each element leaves the queue once");
        assertThat(v.get().actual()).isEqualTo("dequeue() returned [1,1]");
    }

    @Test
    void rejectsAValueNoProducerEnqueues() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 5), dequeue(C1, 0)));
        assertThat(message(QueueChecker.check(singleFile(1, 5), log)))
                .isEqualTo("dequeue() on consumer-1 returned 0, which no producer enqueues");
    }

    @Test
    void rejectsAValueDequeuedBeforeItsEnqueueWasCalled() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), dequeue(C1, 2), enqueue(P1, 2), dequeue(C1, 1)));
        assertThat(message(QueueChecker.check(singleFile(2, 1, 2), log)))
                .isEqualTo("dequeue() on consumer-1 returned 2 before enqueue(2) was called");
    }

    @Test
    void rejectsAnElementNeverDequeued() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), enqueue(P1, 2), dequeue(C1, 1)));
        assertThat(message(QueueChecker.check(singleFile(2, 1, 2), log)))
                .isEqualTo("element 2 was enqueued but never dequeued");
    }

    @Test
    void rejectsOvertakingWithOneProducerAndOneConsumer() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), enqueue(P1, 2), dequeue(C1, 2), dequeue(C1, 1)));
        Optional<Violation> v = QueueChecker.check(singleFile(2, 1, 2), log);
        assertThat(message(v)).isEqualTo("dequeue #1 returned 2 but 1 was due: 1 was enqueued earlier, and a queue "
                + "is first in, first out");
        assertThat(v.get().actual()).isEqualTo("dequeue() returned [2,1]");
    }

    @Test
    void rejectsOvertakingAcrossThreads() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), enqueue(P2, 2), dequeue(C2, 2), dequeue(C1, 1)));
        assertThat(message(QueueChecker.check(new QueueCase(2, 2, 2, List.of(1, 2), false), log)))
                .isEqualTo("dequeue() on consumer-2 returned 2 before consumer-1 had even called the dequeue() that "
                        + "returned 1, yet enqueue(1) had returned before enqueue(2) was called: a queue is first in, "
                        + "first out");
    }

    @Test
    void acceptsDequeuesReportingOutOfOrderWhenTheirCallsOverlap() throws InterruptedException {
        // consumer-1 takes 1 first but is slower to report it than consumer-2 is to report 2.
        EventLog log = log(steps(enqueue(P1, 1), enqueue(P1, 2), new Step[] {at(C1, dequeueCalled()),
            at(C2, dequeueCalled()), at(C2, dequeueReturned(2)), at(C1, dequeueReturned(1))}));
        assertThat(QueueChecker.check(new QueueCase(1, 2, 2, List.of(1, 2), false), log)).isEmpty();
    }

    @Test
    void rejectsASizeAboveTheCapacity() throws InterruptedException {
        EventLog log = log(at(C1, sizeCalled()), at(C1, sizeReturned(3)));
        assertThat(message(QueueChecker.check(singleFile(2, 1, 2), log)))
                .isEqualTo("size() on consumer-1 returned 3, but a queue of capacity 2 holds 0 to 2 elements");
    }

    @Test
    void rejectsANegativeSize() throws InterruptedException {
        EventLog log = log(at(C1, sizeCalled()), at(C1, sizeReturned(-1)));
        assertThat(message(QueueChecker.check(singleFile(2, 1, 2), log)))
                .isEqualTo("size() on consumer-1 returned -1, but a queue of capacity 2 holds 0 to 2 elements");
    }

    @Test
    void rejectsASizeTheQueueNeverHadWhileTheCallRan() throws InterruptedException {
        EventLog log = log(steps(enqueue(P1, 1), enqueue(P1, 2), new Step[] {at(C1, sizeCalled()),
            at(C1, sizeReturned(1))}));
        assertThat(message(QueueChecker.check(singleFile(2, 1, 2), log)))
                .isEqualTo("size() on consumer-1 returned 1, but the queue held at least 2 elements all the while it "
                        + "ran (2 enqueue calls had returned before it began, and at most 0 dequeue calls began before "
                        + "it returned)");
        EventLog early = log(at(C1, sizeCalled()), at(C1, sizeReturned(1)));
        assertThat(message(QueueChecker.check(singleFile(2, 1, 2), early)))
                .isEqualTo("size() on consumer-1 returned 1, but the queue held at most 0 elements while it ran "
                        + "(only 0 enqueue calls had begun before it returned, and 0 dequeue calls had returned "
                        + "before it began)");
        EventLog one = log(steps(enqueue(P1, 1), new Step[] {at(C1, sizeCalled()), at(C1, sizeReturned(0))}));
        assertThat(message(QueueChecker.check(singleFile(2, 1, 2), one)))
                .isEqualTo("size() on consumer-1 returned 0, but the queue held at least 1 element all the while it "
                        + "ran (1 enqueue call had returned before it began, and at most 0 dequeue calls began before "
                        + "it returned)");
    }

    @Test
    void inputsWriteRunsOfFourOrMoreAsRanges() {
        assertThat(QueueCase.list(List.of(1, 0, 2, 3, 4))).isEqualTo("[1,0,2,3,4]");
        assertThat(QueueCase.list(List.of(1, 2, 3, 4, 9, 5, 6, 7, 8))).isEqualTo("[1..4,9,5..8]");
        BoundedQueueProblem p = new BoundedQueueProblem();
        QueueCase c = p.parse("producers = 2, consumers = 3, capacity = 2, elements = [1..6], "
                + "start = [consumers,producers]");
        assertThat(c).isEqualTo(new QueueCase(2, 3, 2, List.of(1, 2, 3, 4, 5, 6), true));
        assertThat(c.run(0)).containsExactly(1, 2, 3);
        assertThat(c.run(1)).containsExactly(4, 5, 6);
        assertThat(List.of(c.dequeues(0), c.dequeues(1), c.dequeues(2))).containsExactly(2, 2, 2);
    }
}
