package org.concurrencykit.judge.engine;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.concurrencykit.judge.verdict.ThreadReport;

/** Reads where a round's threads stand: deadlock cycles and trimmed stacks, from {@link ThreadMXBean}. */
final class Threads {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private final Predicate<String> userClass;

    Threads(Predicate<String> userClass) {
        this.userClass = userClass;
    }

    /** The live threads of {@code group}, the round's and any the solution started from them. */
    static List<Thread> live(ThreadGroup group) {
        Thread[] all;
        int n;
        do {
            all = new Thread[group.activeCount() + 16];
            n = group.enumerate(all, true);
        } while (n == all.length);
        return new ArrayList<>(Arrays.asList(all).subList(0, n));
    }

    /** The JVM's root thread group (the JDK's system threads live in it). */
    private static ThreadGroup root() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    /**
     * How many of {@code threads}, leaving out those {@code skip} accepts, cannot move on their
     * own: they wait without a timeout, are blocked on a monitor, or have ended; -1 as soon as
     * one can (it runs, sleeps, waits with a timeout, or has not started).
     */
    static int stuck(List<Thread> threads, Predicate<Thread> skip) {
        int stuck = 0;
        for (Thread t : threads) {
            if (skip.test(t)) {
                continue;
            }
            switch (t.getState()) {
                case WAITING, BLOCKED, TERMINATED -> stuck++;
                default -> {
                    return -1;
                }
            }
        }
        return stuck;
    }

    /**
     * Whether no thread can make progress any more: every live thread outside {@code judge}
     * (the judge's own, alive before the solution ran) and outside the JDK's system group waits
     * without a timeout or is blocked on a monitor. Nothing but such a thread could wake one of
     * them, so the state lasts forever (spurious wake-ups aside, which no correct solution needs).
     * A thread that runs, sleeps, waits with a timeout or has not started yet keeps the answer
     * false, as does a thread inside one of the judge's pauses ({@code TIMED_WAITING}).
     */
    static boolean frozen(Set<Thread> judge) {
        ThreadGroup root = root();
        Thread me = Thread.currentThread();
        return stuck(live(root), t -> t == me || judge.contains(t) || t.getThreadGroup() == root) > 0;
    }

    /** The live threads now: those a judge started with, to leave out of {@link #frozen}. */
    static Set<Thread> now() {
        return new HashSet<>(live(root()));
    }

    /** Ids of those {@code threads} that are in a lock cycle (monitors or ownable synchronizers). */
    static Set<Long> deadlocked(List<Thread> threads) {
        long[] ids = MX.findDeadlockedThreads();
        Set<Long> cycle = new HashSet<>();
        if (ids == null) {
            return cycle;
        }
        Set<Long> ours = new HashSet<>();
        for (Thread t : threads) {
            ours.add(t.getId());
        }
        for (long id : ids) {
            if (ours.contains(id)) {
                cycle.add(id);
            }
        }
        return cycle;
    }

    /** Where each of {@code threads} stands, stacks trimmed to the solution's frames. */
    List<ThreadReport> reports(List<Thread> threads) {
        List<ThreadReport> reports = new ArrayList<>();
        for (Thread t : threads) {
            ThreadInfo info = MX.getThreadInfo(new long[] {t.getId()}, true, true)[0];
            if (info != null) {
                reports.add(report(info));
            }
        }
        return reports;
    }

    private ThreadReport report(ThreadInfo info) {
        List<String> holds = new ArrayList<>();
        for (MonitorInfo m : info.getLockedMonitors()) {
            holds.add(describe(m));
        }
        for (LockInfo l : info.getLockedSynchronizers()) {
            holds.add(describe(l));
        }
        LockInfo waitingOn = info.getLockInfo();
        return new ThreadReport(info.getThreadName(), info.getThreadState().name(),
                waitingOn == null ? null : describe(waitingOn), info.getLockOwnerName(), holds,
                trim(info.getStackTrace()));
    }

    /**
     * The solution's frames and the one library call it is blocked in; harness frames
     * (the judge's, reflection, the thread's run method) are dropped.
     */
    List<String> trim(StackTraceElement[] stack) {
        List<String> frames = new ArrayList<>();
        int firstUser = -1;
        for (int i = 0; i < stack.length; i++) {
            if (userClass.test(stack[i].getClassName())) {
                firstUser = i;
                break;
            }
        }
        if (firstUser < 0) {
            for (int i = 0; i < Math.min(stack.length, 6); i++) {
                frames.add(frame(stack[i]));
            }
            return frames;
        }
        if (firstUser > 0) {
            frames.add(frame(stack[firstUser - 1]));
        }
        for (int i = firstUser; i < stack.length; i++) {
            if (userClass.test(stack[i].getClassName())) {
                frames.add(frame(stack[i]));
            }
        }
        return frames;
    }

    /** {@code Class.method(File.java:12)}, without the module and class loader prefixes. */
    static String frame(StackTraceElement e) {
        String where = e.isNativeMethod() ? "Native Method"
                : e.getFileName() == null ? "Unknown Source"
                : e.getLineNumber() >= 0 ? e.getFileName() + ":" + e.getLineNumber() : e.getFileName();
        return e.getClassName() + "." + e.getMethodName() + "(" + where + ")";
    }

    static String describe(LockInfo lock) {
        String cls = lock.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "@" + Integer.toHexString(lock.getIdentityHashCode());
    }

    /** One line per thread of a cycle: what it holds and what it waits for. */
    static List<String> cycle(List<ThreadReport> reports, Set<String> names) {
        List<String> lines = new ArrayList<>();
        for (ThreadReport r : reports) {
            if (names.contains(r.name())) {
                lines.add("thread " + r.name() + " holds " + (r.holds().isEmpty() ? "nothing" : String.join(", ", r.holds()))
                        + " and waits for " + r.waitingOn() + " held by thread " + r.ownedBy());
            }
        }
        return lines;
    }
}
