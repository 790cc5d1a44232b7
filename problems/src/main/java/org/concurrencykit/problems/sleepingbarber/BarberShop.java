package org.concurrencykit.problems.sleepingbarber;

/**
 * A barber shop with one barber, one barber's chair and {@code chairs} waiting chairs,
 * visited by a known number of customers (a classic of Dijkstra's, restated). A solution is
 * built with both numbers ({@code BarberShop(int chairs, int customers)}).
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #barber} is called once, by the barber's thread; {@link #enter} once by each
 *       customer's thread, concurrently with everything else.
 *   <li>A customer who finds every waiting chair taken leaves at once: {@code enter} returns
 *       {@code false} without calling either callback. A customer may leave this way only if,
 *       while he was at the door, all {@code chairs} waiting chairs were taken.
 *   <li>Otherwise he takes a waiting chair and calls {@code sitDown.run()} once, after taking
 *       it and before the barber can call him; no more than {@code chairs} customers wait at
 *       a time. A customer stops waiting when the barber calls him to the barber's chair.
 *   <li>A haircut is a rendezvous: the barber calls {@code cutHair.run()} and the customer in
 *       the barber's chair calls {@code getHaircut.run()}, once each, in either order. The
 *       barber calls one waiting customer (any of them may answer) and cuts only while someone
 *       is there for it; the customer's {@code getHaircut} comes after his {@code sitDown}, his
 *       {@code enter} returns {@code true} only after both callbacks, and the barber calls the
 *       next customer only after both.
 *   <li>When nobody waits, the barber sleeps: he blocks, without spinning, until a customer
 *       sits down. The barber never cuts when no customer is there to be cut.
 *   <li>{@code barber} returns once every customer has been served or has left; every
 *       blocked call throws {@link InterruptedException} if its thread is interrupted.
 * </ul>
 *
 * <p>Memory consistency effects: actions of a customer before {@code sitDown} happen-before
 * the barber's call that he answers; both callbacks of a haircut happen-before the return
 * of that customer's {@code enter} and the barber's next {@code cutHair}.
 */
public interface BarberShop {
    /**
     * A customer arrives. Returns {@code false} at once if every waiting chair is taken;
     * otherwise sits down, waits to be called, gets a haircut and returns {@code true}.
     */
    boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException;

    /** The barber's working day: serves customers one at a time until every customer is served or gone. */
    void barber(Runnable cutHair) throws InterruptedException;
}
