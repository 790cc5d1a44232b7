package org.concurrencykit.judge.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.concurrencykit.problems.spi.Action;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Round;

/**
 * One round under the stress engine: the problem registers threads, this starts them
 * (staggered as the plan says), delays them inside the callbacks, records their events,
 * and tracks progress so that a hang is told from a slow round.
 */
final class StressRound implements Round {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    /** First and longest slice of a stall between two looks at the other threads. */
    private static final long STALL_SLICE_NANOS = 20_000;
    private static final long MAX_STALL_SLICE_NANOS = 1_000_000;

    private final ThreadGroup group;
    /** Drawn once the threads are registered. */
    private RoundPlan plan;
    private final EventLog log = new EventLog();
    private final List<Lane> lanes = new ArrayList<>();
    private final ThreadLocal<Lane> current = new ThreadLocal<>();
    /**
     * Seeds the delays of callbacks run on threads the round did not start (the solution's
     * own); only the draw is under its lock, never the delay itself.
     */
    private SplittableRandom strayRandom;
    /** Threads now inside an injected pause: time spent there is not a hang. */
    private final AtomicInteger activePauses = new AtomicInteger();
    /** Lanes started so far. */
    private final AtomicInteger started = new AtomicInteger();
    /** The first throwable that escaped a solution thread. */
    private final AtomicReference<Crash> crash = new AtomicReference<>();
    /** Last time anything happened: an event, a pause beginning or ending, a thread ending. */
    private volatile long lastProgress = System.nanoTime();
    private CountDownLatch finished;

    /** A throwable that escaped thread {@code thread}. */
    record Crash(String thread, Throwable error) {
    }

    /** One registered thread and its delay state. Fields other than finals are confined to the thread. */
    private static final class Lane {
        final int index;
        final String name;
        final Action body;
        SplittableRandom random;
        Thread thread;
        int pauses;
        long pauseNanos;
        long spinNanos;
        long wallNanos;
        long cpuNanos;

        Lane(int index, String name, Action body) {
            this.index = index;
            this.name = name;
            this.body = body;
        }
    }

    StressRound(ThreadGroup group) {
        this.group = group;
    }

    @Override
    public void thread(String name, Action body) {
        if (finished != null) {
            throw new IllegalStateException("threads must be registered before the round starts");
        }
        lanes.add(new Lane(lanes.size(), name, body));
    }

    @Override
    public void emit(String token) {
        log.add(token);
        lastProgress = System.nanoTime();
    }

    @Override
    public void pause() {
        Lane lane = current.get();
        activePauses.incrementAndGet();
        long start = System.nanoTime();
        lastProgress = start;
        try {
            if (lane == null) {
                long draw;
                synchronized (strayRandom) {
                    draw = strayRandom.nextLong();
                }
                jitter(new SplittableRandom(draw), null);
            } else if (plan.profile() == RoundPlan.Profile.STALL && lane.index == plan.stallThread()
                    && lane.pauses == plan.stallPause()) {
                stall(plan.stallNanos(), lanes.size());
            } else if (plan.profile() == RoundPlan.Profile.CALM) {
                if (lane.random.nextInt(10) == 0) {
                    Thread.yield();
                }
            } else {
                jitter(lane.random, lane);
            }
        } finally {
            long end = System.nanoTime();
            if (lane != null) {
                lane.pauses++;
                lane.pauseNanos += end - start;
            }
            lastProgress = end;
            activePauses.decrementAndGet();
        }
    }

    @Override
    public void latency(long nanos) {
        activePauses.incrementAndGet();
        try {
            sleep(nanos);
        } finally {
            lastProgress = System.nanoTime();
            activePauses.decrementAndGet();
        }
    }

    private static void jitter(SplittableRandom random, Lane lane) {
        int r = random.nextInt(100);
        if (r < 40) {
            return;
        }
        if (r < 70) {
            Thread.yield();
        } else if (r < 95) {
            long nanos = 1_000 + random.nextLong(20_000);
            spin(nanos);
            if (lane != null) {
                lane.spinNanos += nanos;
            }
        } else {
            sleep(50_000 + random.nextLong(250_000));
        }
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long nanos) {
        long end = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /**
     * Parks the calling thread for up to {@code nanos}, and less once {@code lanesStarted} lanes
     * have started and every other thread of the round waits untimed (or is blocked on a monitor)
     * or has ended: from then on nothing can happen until the caller moves, so a longer stall
     * would only cost time.
     */
    private void stall(long nanos, int lanesStarted) {
        long end = System.nanoTime() + nanos;
        long slice = STALL_SLICE_NANOS;
        for (long left = nanos; left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(Math.min(left, slice));
            if (started.get() >= lanesStarted && othersBlocked()) {
                return;
            }
            slice = Math.min(4 * slice, MAX_STALL_SLICE_NANOS);
        }
    }

    /**
     * Whether every thread of the round but the caller is waiting untimed, blocked, or has ended.
     * An ended thread is no longer in the group, so none left is as good: the caller checks first
     * that the lanes it waits for have started.
     */
    private boolean othersBlocked() {
        Thread me = Thread.currentThread();
        return Threads.stuck(Threads.live(group), t -> t == me) >= 0;
    }

    /** Number of threads registered so far. */
    int threadCount() {
        return lanes.size();
    }

    /**
     * Starts the registered threads in order, with the gaps and delays of {@code plan}; a
     * held-back thread (a STALL at pause -1) last, once the others have blocked or ended, or
     * after the stall's length.
     */
    void start(RoundPlan plan) {
        this.plan = plan;
        this.strayRandom = new SplittableRandom(plan.laneSeed(-1));
        for (Lane lane : lanes) {
            lane.random = new SplittableRandom(plan.laneSeed(lane.index));
        }
        finished = new CountDownLatch(lanes.size());
        SplittableRandom gaps = new SplittableRandom(plan.laneSeed(-2));
        Lane heldBack = plan.profile() == RoundPlan.Profile.STALL && plan.stallPause() == -1
                && plan.stallThread() < lanes.size() ? lanes.get(plan.stallThread()) : null;
        for (Lane lane : lanes) {
            if (lane != heldBack) {
                gap(gaps, lane.index);
                startLane(lane);
            }
        }
        if (heldBack != null) {
            activePauses.incrementAndGet();
            try {
                stall(plan.stallNanos(), lanes.size() - 1);
            } finally {
                lastProgress = System.nanoTime();
                activePauses.decrementAndGet();
            }
            startLane(heldBack);
        }
    }

    private void startLane(Lane lane) {
        lane.thread = new Thread(group, () -> runLane(lane), lane.name);
        lane.thread.setDaemon(true);
        lane.thread.start();
        started.incrementAndGet();
    }

    private void gap(SplittableRandom gaps, int index) {
        if (plan.profile() != RoundPlan.Profile.CALM && index > 0) {
            int r = gaps.nextInt(3);
            if (r == 1) {
                Thread.yield();
            } else if (r == 2) {
                spin(gaps.nextLong(50_000));
            }
        }
    }

    private void runLane(Lane lane) {
        current.set(lane);
        long cpu0 = MX.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        try {
            lane.body.run();
        } catch (Throwable t) {
            crash.compareAndSet(null, new Crash(lane.name, t));
        } finally {
            lane.wallNanos = System.nanoTime() - wall0;
            lane.cpuNanos = MX.getCurrentThreadCpuTime() - cpu0;
            lastProgress = System.nanoTime();
            finished.countDown();
        }
    }

    /** Waits up to {@code millis} for every registered thread to end; true if they all did. */
    boolean awaitFinished(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Nanoseconds since anything happened, or 0 while a thread is inside an injected pause. */
    long idleNanos() {
        return activePauses.get() > 0 ? 0 : System.nanoTime() - lastProgress;
    }

    Crash crash() {
        return crash.get();
    }

    EventLog log() {
        return log;
    }

    ThreadGroup group() {
        return group;
    }

    /** Names of the registered threads, in start order. */
    List<String> threadNames() {
        return lanes.stream().map(l -> l.name).toList();
    }

    /** CPU the threads used outside the judge's pauses, in nanoseconds. Call after the round finished. */
    long cpuOutsidePauses() {
        long sum = 0;
        for (Lane l : lanes) {
            sum += Math.max(0, l.cpuNanos - l.spinNanos);
        }
        return sum;
    }

    /** Wall time the threads lived outside the judge's pauses, in nanoseconds. Call after the round finished. */
    long wallOutsidePauses() {
        long sum = 0;
        for (Lane l : lanes) {
            sum += Math.max(0, l.wallNanos - l.pauseNanos);
        }
        return sum;
    }
}
