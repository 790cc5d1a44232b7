package org.concurrencykit.jcstress.readwritelock;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.readwritelock.ReadWriteLock;
import org.concurrencykit.problems.readwritelock.ReentrantLockReadWriteLock;
import org.concurrencykit.problems.readwritelock.ReentrantReadWriteLockReadWriteLock;
import org.concurrencykit.problems.readwritelock.SemaphoreReadWriteLock;
import org.concurrencykit.problems.readwritelock.SynchronizedReadWriteLock;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t ReadWriteLockStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'ReadWriteLockStress\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Read-Write Lock (a classic): one lock is shared by readers, who may hold it together, and
    writers, who must hold it alone; a waiting writer is not starved by later readers.

    Every test below is two actors on a fresh lock (the state, Run), the most jcstress runs on
    our 2-CPU CI machines: a reader, which calls lockRead(), reads, unlockRead(), and a writer,
    which calls lockWrite(), writes, unlockWrite(). It checks exclusion, the rule two actors
    can break; sharing and starvation need more threads and a stream of readers, and are the
    stress engine's (judge submit).

    Each actor counts itself in (readersInside, writersInside) as soon as its lock call
    returned, then reads the other side's count, and counts itself out before it unlocks.
    Both steps are atomic, so when the two sections overlap, whichever counted itself in
    second sees the other: an overlap always marks one of the two events. Each actor logs
    "R" or "W", plus " with W" or " with R" if it saw the other inside. The @Arbiter, which
    jcstress runs after both actors have finished, reports the log (in the order the two
    entries were added, which need not be the order of the sections).

    The tests differ only in the solution their constructor builds; their outcomes are
    declared once, on this class, and shared through @JCStressMeta. A correct lock gives:

      "R, W" or "W, R"           ACCEPTABLE  the reader and the writer held the lock in turn.
      ".*with.*"                 FORBIDDEN   the writer held the lock while the reader did
                                             (a writer that does not wait for the readers
                                             inside, or counters checked without a lock).
      anything else              FORBIDDEN   an actor was interrupted, or never got in.

    A correct solution shows only the ACCEPTABLE outcomes. One sample of any other outcome
    fails the test, and the gate fails the build.
 */
@Outcome(id = {"R, W", "W, R"}, expect = ACCEPTABLE, desc = "The reader and the writer held the lock in turn.")
@Outcome(id = ".*with.*", expect = FORBIDDEN, desc = "The writer held the lock while the reader did.")
@Outcome(expect = FORBIDDEN, desc = "An actor was interrupted, or never got in.")
public final class ReadWriteLockStress {
    private ReadWriteLockStress() {
    }

    /**
     * One run of a read-write lock: the solution under test, who is inside, and the log.
     * Any {@link ReadWriteLock} works, including one loaded from a user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by both actors of this sample. */
        private final ReadWriteLock lock;
        /** Entries in the order they were added; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();
        /** Readers between their lockRead() and unlockRead(). */
        private final AtomicInteger readersInside = new AtomicInteger();
        /** Writers between their lockWrite() and unlockWrite(). */
        private final AtomicInteger writersInside = new AtomicInteger();

        protected Run(ReadWriteLock lock) {
            this.lock = Objects.requireNonNull(lock, "lock");
        }

        /** The reader: lockRead(), count in, look for a writer, count out, unlockRead(). */
        protected final void read() {
            try {
                lock.lockRead();
            } catch (InterruptedException e) {
                interrupted("R");
                return;
            }
            readersInside.incrementAndGet();
            boolean writer = writersInside.get() > 0;
            readersInside.decrementAndGet();
            lock.unlockRead();
            log.add(writer ? "R with W" : "R");
        }

        /** The writer: lockWrite(), count in, look for a reader, count out, unlockWrite(). */
        protected final void write() {
            try {
                lock.lockWrite();
            } catch (InterruptedException e) {
                interrupted("W");
                return;
            }
            writersInside.incrementAndGet();
            boolean reader = readersInside.get() > 0;
            writersInside.decrementAndGet();
            lock.unlockWrite();
            log.add(reader ? "W with R" : "W");
        }

        /** Reports the log, e.g. "R, W". Call only after both actors finished. */
        protected final void reportLog(L_Result r) {
            r.r1 = String.join(", ", log);
        }

        /** Harness code may wrap an interrupt: it restores the flag and logs it as an outcome. */
        private void interrupted(String who) {
            Thread.currentThread().interrupt();
            log.add(who + " interrupted");
        }
    }

    @JCStressTest
    @JCStressMeta(ReadWriteLockStress.class)
    @State
    public static class Synchronized extends Run {
        public Synchronized() {
            super(new SynchronizedReadWriteLock());
        }

        @Actor
        public void reader() {
            read();
        }

        @Actor
        public void writer() {
            write();
        }

        @Arbiter
        public void result(L_Result r) {
            reportLog(r);
        }
    }

    @JCStressTest
    @JCStressMeta(ReadWriteLockStress.class)
    @State
    public static class ReentrantLock extends Run {
        public ReentrantLock() {
            super(new ReentrantLockReadWriteLock());
        }

        @Actor
        public void reader() {
            read();
        }

        @Actor
        public void writer() {
            write();
        }

        @Arbiter
        public void result(L_Result r) {
            reportLog(r);
        }
    }

    @JCStressTest
    @JCStressMeta(ReadWriteLockStress.class)
    @State
    public static class Semaphore extends Run {
        public Semaphore() {
            super(new SemaphoreReadWriteLock());
        }

        @Actor
        public void reader() {
            read();
        }

        @Actor
        public void writer() {
            write();
        }

        @Arbiter
        public void result(L_Result r) {
            reportLog(r);
        }
    }

    @JCStressTest
    @JCStressMeta(ReadWriteLockStress.class)
    @State
    public static class ReentrantReadWriteLock extends Run {
        public ReentrantReadWriteLock() {
            super(new ReentrantReadWriteLockReadWriteLock());
        }

        @Actor
        public void reader() {
            read();
        }

        @Actor
        public void writer() {
            write();
        }

        @Arbiter
        public void result(L_Result r) {
            reportLog(r);
        }
    }

    /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
    @JCStressTest
    @JCStressMeta(ReadWriteLockStress.class)
    @State
    public static class User extends Run {
        public User() {
            super(UserSolution.create(ReadWriteLock.class, List.of()));
        }

        @Actor
        public void reader() {
            read();
        }

        @Actor
        public void writer() {
            write();
        }

        @Arbiter
        public void result(L_Result r) {
            reportLog(r);
        }
    }
}
