package org.concurrencykit.judge.engine;

import java.util.SplittableRandom;

/**
 * The adversarial choices for one round, all drawn from the judge's seed, the case's input
 * and the round number, so that {@code --seed} with {@code --input} replays them.
 *
 * @param profile     how hard this round shakes the threads
 * @param seed        the round's own seed, from which each thread's delays are drawn
 * @param stallThread which thread (registration index) gets the long stall, in a STALL round
 * @param stallPause  at which of that thread's pauses; -1: the thread is held back, and started
 *                    after every other one has blocked, ended, or had {@code stallNanos} to run
 * @param stallNanos  how long the stall lasts at most: it ends early once every other thread of
 *                    the round waits untimed or has ended, since none of them can move before the
 *                    stalled one does (a thread that sleeps, spins or runs keeps the stall going)
 */
record RoundPlan(Profile profile, long seed, int stallThread, int stallPause, long stallNanos) {

    /** The longest a held-back thread waits for the others to block, at least. */
    static final long HOLD_BACK_NANOS = 20_000_000L;

    /** How a round delays its threads. */
    enum Profile {
        /** Threads run as the OS schedules them; a rare yield. */
        CALM,
        /** Each pause may yield, spin a few microseconds or park up to 0.3 ms. */
        JITTER,
        /** As JITTER, plus one long stall of one thread, inside a callback or before it starts. */
        STALL
    }

    /**
     * The first rounds of every case hold back one thread each, in turn, until the others have
     * blocked: the schedule behind most lost wake-ups (everyone else already waits when the
     * signal comes), reached at once instead of by chance.
     */
    static boolean holdsBack(int round, int threads) {
        return round >= 1 && round <= threads;
    }

    /**
     * Draws the plan of one round.
     *
     * @param seed            the judgement's seed
     * @param input           the case's input text
     * @param round           the round number within the case
     * @param threads         how many threads the round registers
     * @param pausesPerThread about how many pauses each thread makes
     * @param stallNanos      how long a stall should last: long enough to outlast the gaps a
     *                        timing-based solution leaves (clamped to 2..250 ms, plus up to half again)
     */
    static RoundPlan draw(long seed, String input, int round, int threads, int pausesPerThread, long stallNanos) {
        long roundSeed = mix(mix(seed, input.hashCode()), round);
        SplittableRandom rnd = new SplittableRandom(roundSeed);
        int p = rnd.nextInt(100);
        Profile profile = p < 30 ? Profile.CALM : p < 72 ? Profile.JITTER : Profile.STALL;
        int stallThread = rnd.nextInt(Math.max(1, threads));
        int stallPause = rnd.nextInt(4) == 0 ? -1 : rnd.nextInt(Math.max(1, pausesPerThread));
        long base = Math.max(2_000_000L, Math.min(250_000_000L, stallNanos));
        long stall = base + rnd.nextLong(base / 2 + 1);
        if (holdsBack(round, threads)) {
            return new RoundPlan(Profile.STALL, roundSeed, round - 1, -1, Math.max(stall, HOLD_BACK_NANOS));
        }
        return new RoundPlan(profile, roundSeed, stallThread, stallPause, stall);
    }

    /** The seed of thread {@code index}'s delays in this round. */
    long laneSeed(int index) {
        return mix(seed, 0x9E3779B97F4A7C15L * (index + 1));
    }

    static long mix(long a, long b) {
        long z = a * 0xBF58476D1CE4E5B9L + b + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
