package org.concurrencykit.judge.engine.modelcheck;

import java.util.ArrayList;
import java.util.List;
import org.concurrencykit.problems.spi.Action;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Round;

/**
 * One execution of a round under the model checker: the problem registers its threads
 * here, {@link ModelCheckBlock} starts them, and the callbacks record events. There are no
 * injected delays: the model checker chooses every thread switch itself, and a callback's
 * {@link #pause()} before its output is one more point where it may ({@link SwitchPoint}).
 *
 * <p>This class is deliberately never instrumented (it is made inside an ignored section),
 * so recording an event adds no switch point of its own; the trace still shows the
 * callback's {@code emit("token")} call, which the trace renderer reads.
 */
final class ModelCheckRound implements Round {
    /** A registered thread: its role name and body. */
    record Lane(String name, Action body) {
    }

    /** How a lane ended, if it did. */
    enum End { RUNNING, FINISHED, CRASHED }

    private final List<Lane> lanes = new ArrayList<>();
    private final EventLog log = new EventLog();
    private final List<End> ends = new ArrayList<>();
    /** Whether the calling thread's last call here was {@link #emit}. */
    private final ThreadLocal<Boolean> justEmitted = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /** The first throwable that escaped a lane, and the lane's name. */
    private Throwable crash;
    private String crashedLane;

    @Override
    public void thread(String name, Action body) {
        lanes.add(new Lane(name, body));
        ends.add(End.RUNNING);
    }

    @Override
    public void emit(String token) {
        LincheckBridge.enterIgnored();
        try {
            log.add(token);
            justEmitted.set(Boolean.TRUE);
        } finally {
            LincheckBridge.leaveIgnored();
        }
    }

    /**
     * Not a delay: a point where the model checker may switch threads, as a real JVM may.
     * The pause right after an output is skipped: the next callback's pause before its
     * output comes before anything that output can be seen by, and every extra switch point
     * thins the interleavings a bounded exploration reaches.
     */
    @Override
    public void pause() {
        if (consumeJustEmitted()) {
            return;
        }
        SwitchPoint.offer();
    }

    private boolean consumeJustEmitted() {
        LincheckBridge.enterIgnored();
        try {
            boolean skip = justEmitted.get();
            justEmitted.set(Boolean.FALSE);
            return skip;
        } finally {
            LincheckBridge.leaveIgnored();
        }
    }

    @Override
    public void latency(long nanos) {
        // Simulated time means nothing to the model checker: every interleaving is explored anyway.
    }

    List<Lane> lanes() {
        return lanes;
    }

    EventLog log() {
        return log;
    }

    /** Records how lane {@code index} ended; a crash keeps the first throwable. Call inside an ignored section. */
    synchronized void ended(int index, Throwable error) {
        ends.set(index, error == null ? End.FINISHED : End.CRASHED);
        if (error != null && crash == null) {
            crash = error;
            crashedLane = lanes.get(index).name();
        }
    }

    synchronized List<End> ends() {
        return List.copyOf(ends);
    }

    synchronized Throwable crash() {
        return crash;
    }

    synchronized String crashedLane() {
        return crashedLane;
    }
}
