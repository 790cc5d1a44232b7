package org.concurrencykit.problems.verificationqueue;

import java.util.function.IntConsumer;

/**
 * The verification queue: users join one at a time, a fixed pool of referees verifies them,
 * one user per referee at a time, in the order they joined. A solution is built with the
 * number of referees ({@code VerificationQueue(int referees)}) and starts whatever threads it
 * needs; the referees are numbered {@code 0} to {@code referees - 1}.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #join} is called by one thread, user after user. It hands the user over and
 *       returns at once, without waiting for a referee and without verifying anyone itself.
 *   <li>Each user is verified exactly once: some referee {@code r} calls
 *       {@code verify.accept(r)} on a thread of the solution's own. The call takes time (the
 *       referee is busy); a referee makes one such call at a time.
 *   <li>Verifications start in the order the users joined, and a free referee never sits idle
 *       while a user waits. Waiting, for a user or for the end, blocks: it never spins.
 *   <li>{@link #close} is called once, after the last {@code join}. It returns when every user
 *       has been verified and every thread the solution started has ended.
 * </ul>
 */
public interface VerificationQueue {
    /**
     * User {@code user} joins the queue. {@code verify.accept(referee)} verifies them; call it
     * exactly once, from a referee's thread, with that referee's number.
     */
    void join(int user, IntConsumer verify) throws InterruptedException;

    /** No more users will join: returns once all have been verified and every thread has ended. */
    void close() throws InterruptedException;
}
