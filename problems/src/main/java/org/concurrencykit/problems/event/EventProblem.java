package org.concurrencykit.problems.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * Python's {@code threading.Event} in Java: how a round runs and what a correct one looks like
 * ({@link EventChecker}). One thread per call of the case; each makes its call once the call
 * before it has settled: returned or, for an {@code await}, blocked inside the event (its
 * thread waiting or timed-waiting, and not for a lock). Then the next thread records that
 * the waiter is blocked, so that the checker knows a later {@code set()} must release it.
 *
 * <p>Stress only: the rounds read thread states, which the model checker does not model.
 */
public final class EventProblem implements Problem<ManualResetEvent, EventCase> {
    private static final String EXAMPLE = "calls = [awaitFor,pulse,awaitFor]";
    private static final Pattern INPUT = Pattern.compile("\\s*calls\\s*=\\s*\\[([A-Za-z,\\s]*)]\\s*");
    /** How long the next thread looks for a waiter to block before it goes on anyway. */
    static final long BLOCK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** How long the next thread waits for a call to return before it goes on anyway (the judge reports the hang). */
    private static final long SETTLE_MILLIS = 10_000;
    /**
     * Waiters released by a set that is cleared at once (a pulse), or never set again; one
     * set for two waiters; a set flag that never blocks; idempotent calls; the largest.
     */
    private static final String[][] SHAPES = {
        {"await", "awaitFor", "pulse", "isSet"},
        {"awaitFor", "clear", "awaitFor", "set", "clear"},
        {"set", "await", "awaitFor", "isSet", "clear", "isSet", "awaitFor"},
        {"set", "set", "clear", "clear", "isSet", "awaitFor", "pulse"},
        {"await", "pulse", "await", "set", "await"},
        {"awaitFor", "awaitFor", "await", "pulse", "isSet", "awaitFor", "set", "clear"},
    };
    private static final String[] RANDOM_CALLS = {"set", "clear", "isSet", "pulse", "await", "awaitFor"};
    private static final int RANDOM_CASES = 3;

    private static final ProblemInfo INFO = new ProblemInfo(
            "event", 0, "Event", Difficulty.MEDIUM, "Event",
            List.of("set-k, clear-k, isSet-k call set(), clear(), isSet()", "pulse-k calls set() then clear()",
                    "await-k calls await()", "awaitFor-k calls await(10)"), 5);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<ManualResetEvent> solutionType() {
        return ManualResetEvent.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(EventCase testCase) {
        return new Object[0];
    }

    /** A waiter released by a pulse, then a timed wait that times out; two waiters and one set, then a clear. */
    @Override
    public List<EventCase> examples() {
        return List.of(parse(EXAMPLE), parse("calls = [await,await,set,isSet,clear,isSet]"));
    }

    @Override
    public List<EventCase> cases(Random random) {
        List<EventCase> generated = new ArrayList<>();
        for (String[] s : SHAPES) {
            generated.add(new EventCase(List.of(s)));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(random(random));
        }
        Collections.shuffle(generated, random);
        List<EventCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    /** A random case: random calls, with a set at the end when an await needs one. */
    private static EventCase random(Random random) {
        List<String> calls = new ArrayList<>();
        int n = 3 + random.nextInt(EventCase.MAX_CALLS - 3);
        for (int i = 0; i < n; i++) {
            calls.add(RANDOM_CALLS[random.nextInt(RANDOM_CALLS.length)]);
        }
        try {
            return new EventCase(calls);
        } catch (IllegalArgumentException e) {
            calls.set(n - 1, EventCase.SET);
            return new EventCase(calls);
        }
    }

    @Override
    public EventCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + ", got: " + input);
        }
        List<String> calls = new ArrayList<>();
        for (String c : m.group(1).split(",")) {
            if (!c.isBlank()) {
                calls.add(c.strip());
            }
        }
        try {
            return new EventCase(calls);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    @Override
    public void run(ManualResetEvent event, EventCase testCase, Round round) {
        Turns turns = new Turns(testCase.calls(), round);
        for (int i = 0; i < testCase.calls().size(); i++) {
            int me = i;
            String call = testCase.calls().get(i);
            round.thread(turns.names[i], () -> {
                round.pause();
                turns.awaitTurn(me);
                turns.threads[me] = Thread.currentThread();
                switch (call) {
                    case EventCase.SET -> call(round, turns, me, EventChecker.SET, () -> {
                        event.set();
                        return "";
                    });
                    case EventCase.CLEAR -> call(round, turns, me, EventChecker.CLEAR, () -> {
                        event.clear();
                        return "";
                    });
                    case EventCase.IS_SET -> call(round, turns, me, EventChecker.IS_SET,
                            () -> " " + event.isSet());
                    case EventCase.PULSE -> {
                        round.emit(EventChecker.SET);
                        turns.started[me].countDown();
                        event.set();
                        round.emit(EventChecker.SET + EventChecker.RETURNED);
                        round.emit(EventChecker.CLEAR);
                        event.clear();
                        round.emit(EventChecker.CLEAR + EventChecker.RETURNED);
                        turns.done[me].countDown();
                    }
                    case EventCase.AWAIT -> call(round, turns, me, EventChecker.AWAIT, () -> {
                        event.await();
                        return "";
                    });
                    default -> call(round, turns, me, EventChecker.AWAIT_FOR,
                            () -> " " + event.await(EventChecker.TIMEOUT_MILLIS));
                }
            });
        }
    }

    /** A call that returns what to add after "returned". */
    private interface Body {
        String call() throws InterruptedException;
    }

    /** Records the call, makes it and records its return; no pause between record and call. */
    private static void call(Round round, Turns turns, int me, String token, Body body) throws InterruptedException {
        round.emit(token);
        turns.started[me].countDown();
        String result = body.call();
        round.emit(token + EventChecker.RETURNED + result);
        turns.done[me].countDown();
    }

    /** Who may call when, in one round. */
    private static final class Turns {
        final List<String> calls;
        final Round round;
        final String[] names;
        /** Each thread, published before its call is recorded as started. */
        final Thread[] threads;
        /** Counted down once a thread has recorded its call, just before making it. */
        final CountDownLatch[] started;
        /** Counted down once a thread has recorded its return. */
        final CountDownLatch[] done;

        Turns(List<String> calls, Round round) {
            this.calls = calls;
            this.round = round;
            int n = calls.size();
            names = new String[n];
            threads = new Thread[n];
            started = new CountDownLatch[n];
            done = new CountDownLatch[n];
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < n; i++) {
                names[i] = calls.get(i) + "-" + seen.merge(calls.get(i), 1, Integer::sum);
                started[i] = new CountDownLatch(1);
                done[i] = new CountDownLatch(1);
            }
        }

        /** Waits until the call before {@code me} has settled: returned, or blocked in an await. */
        void awaitTurn(int me) throws InterruptedException {
            if (me == 0) {
                return;
            }
            int prev = me - 1;
            started[prev].await(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            if (!calls.get(prev).startsWith(EventCase.AWAIT)) {
                done[prev].await(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                return;
            }
            long deadline = System.nanoTime() + BLOCK_NANOS;
            while (done[prev].getCount() > 0 && System.nanoTime() < deadline) {
                Thread waiter = threads[prev];
                if (waiter != null && blocked(waiter)) {
                    round.emit(names[prev] + EventChecker.BLOCKED);
                    return;
                }
                Thread.yield();
            }
        }
    }

    /**
     * Whether {@code t} is blocked waiting for the event: waiting or timed-waiting, and not
     * parked to acquire a lock (a lock's waiter has not yet looked at the flag).
     */
    static boolean blocked(Thread t) {
        Thread.State s = t.getState();
        if (s != Thread.State.WAITING && s != Thread.State.TIMED_WAITING) {
            return false;
        }
        Object blocker = LockSupport.getBlocker(t);
        if (blocker == null) {
            return true;
        }
        String type = blocker.getClass().getName();
        return !type.startsWith("java.util.concurrent.locks.ReentrantLock$")
                && !type.startsWith("java.util.concurrent.locks.ReentrantReadWriteLock$")
                && !type.startsWith("java.util.concurrent.locks.StampedLock");
    }

    @Override
    public String output(EventCase testCase, EventLog log) {
        return EventChecker.timeline(log.events());
    }

    @Override
    public Optional<Violation> check(EventCase testCase, EventLog log) {
        return EventChecker.check(testCase, log.events());
    }

    /** A waiter released while the flag was clear is wrong, whatever hung after it. */
    @Override
    public Optional<Violation> checkUnfinished(EventCase testCase, EventLog log) {
        return EventChecker.checkUnfinished(testCase, log.events());
    }

    @Override
    public List<Class<? extends ManualResetEvent>> references() {
        return List.of(SynchronizedEvent.class, ReentrantLockEvent.class, CountDownLatchEvent.class,
                CompletableFutureEvent.class);
    }
}
