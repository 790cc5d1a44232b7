package org.concurrencykit.problems.diningsavages;

/**
 * Dining Savages on the pot's monitor ({@code synchronized}, {@code wait}, {@code notifyAll}):
 * a savage who finds the pot empty hangs out an order, unless one is out already, and waits
 * in a {@code while} loop for servings; the cook waits in a {@code while} loop for an order,
 * refills, takes the order down and wakes everyone.
 *
 * <p>Invariant: {@code 0 <= servings <= capacity}, and {@code ordered} implies
 * {@code servings == 0}: one order per empty pot, so one refill per empty pot.
 * Memory consistency effects: everything is read and written under the monitor, so the
 * monitor's release after {@code putServings} happens-before the acquire of every savage who
 * then takes a serving, and the release after each {@code takeServing} happens-before the
 * cook's next look at the order.
 */
public final class SynchronizedPot implements Pot {
    /** Servings a refill puts in. */
    private final int capacity;
    /** Servings in the pot. Guarded by this. */
    private int servings;
    /** Whether a savage found the pot empty and the cook has not refilled it yet. Guarded by this. */
    private boolean ordered;

    public SynchronizedPot(int servings) {
        this.capacity = servings;
    }

    @Override
    public synchronized void getServing(Runnable takeServing) throws InterruptedException {
        while (servings == 0) {
            if (!ordered) {
                ordered = true;
                notifyAll();
            }
            wait();
        }
        takeServing.run();
        servings--;
    }

    @Override
    public synchronized void cook(Runnable putServings) throws InterruptedException {
        while (!ordered) {
            wait();
        }
        putServings.run();
        servings = capacity;
        ordered = false;
        notifyAll();
    }
}
