package org.concurrencykit.problems.spi;

import java.util.function.IntConsumer;

/**
 * What the judge hands a problem for one round. The problem registers the round's threads
 * with {@link #thread}; the judge starts them in registration order (staggered, with
 * adversarial delays), watches them for hangs and collects what they throw. The callbacks
 * the problem gives the solution record events and let the judge inject delays inside them.
 */
public interface Round {
    /**
     * Registers a solution thread. Threads start after {@code Problem.run} returns, in the
     * order registered.
     */
    void thread(String name, Action body);

    /** Records that the calling thread output {@code token}. */
    void emit(String token);

    /**
     * An adversarial pause at a point where a real program could be descheduled: nothing,
     * a yield, a short spin, or now and then a long stall.
     */
    void pause();

    /**
     * Simulates an operation of the problem's world that takes time, such as a network
     * fetch: the calling thread is held for about {@code nanos}. The judge counts this as
     * progress, never as a hang. Problems use this instead of sleeping.
     */
    void latency(long nanos);

    /** A callback that outputs {@code token}: pause, record, pause. */
    default Runnable callback(String token) {
        return () -> {
            pause();
            emit(token);
            pause();
        };
    }

    /** A callback that outputs the number it is given. */
    default IntConsumer numberCallback() {
        return x -> {
            pause();
            emit(Integer.toString(x));
            pause();
        };
    }
}
