package org.concurrencykit.problems.readwritelock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * The read-write lock (a classic): how a round runs and what a correct one looks like
 * ({@link LockChecker}).
 *
 * <p>A round starts the readers, then the writers. A reader, each time, calls
 * {@code lockRead()}, records {@code R1+}, pauses inside, records {@code R1-} and calls
 * {@code unlockRead()}; a writer records {@code W1?}, calls {@code lockWrite()}, records
 * {@code W1+}, pauses inside, records {@code W1-} and calls {@code unlockWrite()}. In a
 * stream the {@link Relay} keeps the readers overlapping until the writers are done, and
 * each writer asks only while two readers are inside: a lock that lets readers in past a
 * waiting writer then starves it.
 *
 * <p>All threads are the problem's, but the model checker is not enabled for this problem
 * (see {@code EnginesCatchBrokenSolutionsTest}): starvation and sharing show only in a
 * stream, whose relay watches thread states and time. The small cases have fixed reads.
 */
public final class ReadWriteLockProblem implements Problem<ReadWriteLock, LockCase> {
    private static final String EXAMPLE = "readers = 3, writers = 1, reads = stream, writes = 2";
    private static final Pattern INPUT = Pattern.compile("\\s*readers\\s*=\\s*(\\d{1,3})\\s*,\\s*writers\\s*=\\s*"
            + "(\\d{1,3})\\s*,\\s*reads\\s*=\\s*(\\d{1,3}|stream)\\s*,\\s*writes\\s*=\\s*(\\d{1,3})\\s*");
    /**
     * Readers, writers, reads (0: stream), writes. Fixed reads: a lone reader, many readers
     * and one writer, writers among themselves; streams of two to seven readers with one to
     * three writers.
     */
    private static final int[][] SHAPES = {
        {1, 1, 6, 6}, {4, 1, 8, 4}, {2, 3, 4, 4}, {5, 3, 6, 3},
        {2, 1, 0, 6}, {3, 2, 0, 4}, {5, 1, 0, 5}, {4, 3, 0, 2}, {7, 1, 0, 3},
    };
    private static final int RANDOM_CASES = 2;

    private static final ProblemInfo INFO = new ProblemInfo(
            "read-write-lock", 0, "Read-Write Lock", Difficulty.MEDIUM, "ReadWriteLock",
            List.of("reader-1..7 call lockRead(), read, unlockRead(), again and again",
                    "writer-1..4 call lockWrite(), write, unlockWrite(), again and again"), 10);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<ReadWriteLock> solutionType() {
        return ReadWriteLock.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(LockCase testCase) {
        return new Object[0];
    }

    /** Two readers who may read together and a writer; then a stream that tries to starve the writer. */
    @Override
    public List<LockCase> examples() {
        return List.of(new LockCase(2, 1, 2, 1), parse(EXAMPLE));
    }

    /** A writer among two readers, and two writers with a reader: one step each. */
    @Override
    public List<LockCase> smallCases() {
        return List.of(new LockCase(2, 1, 1, 1), new LockCase(1, 2, 1, 1));
    }

    @Override
    public List<LockCase> cases(Random random) {
        List<LockCase> generated = new ArrayList<>();
        for (int[] s : SHAPES) {
            generated.add(new LockCase(s[0], s[1], s[2], s[3]));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            int writers = 1 + random.nextInt(3);
            int readers = 2 + random.nextInt(LockCase.MAX_THREADS - writers - 1);
            generated.add(new LockCase(readers, writers, random.nextBoolean() ? 0 : 1 + random.nextInt(10),
                    1 + random.nextInt(5)));
        }
        Collections.shuffle(generated, random);
        List<LockCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    @Override
    public LockCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + " (reads: a number or stream), "
                    + "got: " + input);
        }
        try {
            return new LockCase(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3).equals("stream") ? LockCase.STREAM : positive(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    private static int positive(String reads) {
        int n = Integer.parseInt(reads);
        if (n == 0) {
            throw new IllegalArgumentException("reads must be in 1.." + LockCase.MAX_READS + " or stream");
        }
        return n;
    }

    @Override
    public void run(ReadWriteLock lock, LockCase c, Round round) {
        Relay relay = c.stream() ? new Relay(c.readers(), c.writers()) : null;
        for (int r = 1; r <= c.readers(); r++) {
            int reader = r;
            round.thread(LockChecker.reader(r), relay == null
                    ? () -> readTimes(lock, c.reads(), reader, round)
                    : () -> readStream(lock, relay, reader, round));
        }
        for (int w = 1; w <= c.writers(); w++) {
            int writer = w;
            round.thread(LockChecker.writer(w), () -> writeTimes(lock, c.writes(), writer, relay, round));
        }
    }

    private static void readTimes(ReadWriteLock lock, int reads, int r, Round round) throws InterruptedException {
        for (int i = 0; i < reads; i++) {
            round.pause();
            lock.lockRead();
            round.emit(LockChecker.readIn(r));
            inside(round);
            round.emit(LockChecker.readOut(r));
            lock.unlockRead();
        }
    }

    private static void readStream(ReadWriteLock lock, Relay relay, int r, Round round) throws InterruptedException {
        relay.start(r);
        try {
            for (int done = 0; relay.more(done); done++) {
                round.pause();
                relay.calling(r);
                lock.lockRead();
                round.emit(LockChecker.readIn(r));
                long entry = relay.entered(r);
                round.pause();
                relay.awaitSuccessor(r, entry);
                relay.leaving(r);
                round.emit(LockChecker.readOut(r));
                lock.unlockRead();
            }
        } finally {
            relay.readerDone(r);
        }
    }

    private static void writeTimes(ReadWriteLock lock, int writes, int w, Relay relay, Round round)
            throws InterruptedException {
        try {
            for (int i = 0; i < writes; i++) {
                if (relay != null) {
                    relay.awaitReadersTogether();
                }
                round.pause();
                round.emit(LockChecker.writeWait(w));
                lock.lockWrite();
                round.emit(LockChecker.writeIn(w));
                inside(round);
                round.emit(LockChecker.writeOut(w));
                lock.unlockWrite();
            }
        } finally {
            if (relay != null) {
                relay.writerDone();
            }
        }
    }

    /**
     * The time a thread spends holding the lock. Two pauses: the model checker skips the one
     * right after an event, and the second is where it may switch threads inside.
     */
    private static void inside(Round round) {
        round.pause();
        round.pause();
    }

    /** The events in order, e.g. {@code R1+ R2+ W1? R1- R2- W1+ W1-}. */
    @Override
    public String output(LockCase c, EventLog log) {
        return LockChecker.output(log.events());
    }

    @Override
    public Optional<Violation> check(LockCase c, EventLog log) {
        return LockChecker.check(c, log.events());
    }

    /** A writer that got in with others inside, or one starved, is wrong whatever hung after. */
    @Override
    public Optional<Violation> checkUnfinished(LockCase c, EventLog log) {
        return LockChecker.checkUnfinished(c, log.events());
    }

    @Override
    public List<Class<? extends ReadWriteLock>> references() {
        return List.of(SynchronizedReadWriteLock.class, ReentrantLockReadWriteLock.class,
                SemaphoreReadWriteLock.class, ReentrantReadWriteLockReadWriteLock.class);
    }
}
