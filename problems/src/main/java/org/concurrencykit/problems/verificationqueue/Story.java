package org.concurrencykit.problems.verificationqueue;

import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of the verification queue: how many users join, how many referees serve them,
 * how often a user joins and how long one verification takes, the two times in story
 * seconds. The judge runs a story second as {@link #NANOS_PER_SECOND} nanoseconds.
 *
 * @param users    users joining, numbered 1 to {@code users}, in that order
 * @param referees referees, numbered 0 to {@code referees - 1}
 * @param every    story seconds between two users joining (0: all at once)
 * @param takes    story seconds one verification takes
 */
public record Story(int users, int referees, int every, int takes) implements TestCase {
    /** Most users in one story. */
    public static final int MAX_USERS = 20;
    /** Most referees. */
    public static final int MAX_REFEREES = 4;
    /** Longest time between two users, in story seconds. */
    public static final int MAX_EVERY = 4;
    /** Longest verification, in story seconds. */
    public static final int MAX_TAKES = 6;
    /** How long the judge runs one story second: 5 ms. */
    public static final long NANOS_PER_SECOND = 5_000_000L;

    public Story {
        require(users >= 1 && users <= MAX_USERS, "users must be in 1.." + MAX_USERS);
        require(referees >= 1 && referees <= MAX_REFEREES, "referees must be in 1.." + MAX_REFEREES);
        require(every >= 0 && every <= MAX_EVERY, "every must be in 0.." + MAX_EVERY);
        require(takes >= 1 && takes <= MAX_TAKES, "takes must be in 1.." + MAX_TAKES);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    @Override
    public String input() {
        return "users = " + users + ", referees = " + referees + ", every = " + every + ", takes = " + takes;
    }

    /** A join, its return and a verification's start and end per user, and the ending. */
    @Override
    public int size() {
        return 4 * users + 3;
    }
}
