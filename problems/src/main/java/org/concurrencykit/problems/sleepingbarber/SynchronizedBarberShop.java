package org.concurrencykit.problems.sleepingbarber;

/**
 * Sleeping Barber on the shop's monitor ({@code synchronized}, {@code wait}, {@code notifyAll}):
 * four counters tell every thread where the day stands, and each waits in a
 * {@code while} loop for the counter it needs.
 *
 * <p>Invariant: {@code sat - called} customers wait, never more than {@code chairs};
 * {@code called - taken} is 0 or 1 (the barber calls the next customer only after the
 * previous haircut is over on both sides: {@code cut == haircuts == called}).
 * Memory consistency effects: everything is read and written under the monitor, so a
 * monitor release (after {@code sitDown}, after a callback) happens-before the acquire of
 * the thread that waits for it.
 */
public final class SynchronizedBarberShop implements BarberShop {
    private final int chairs;
    private final int customers;
    /** Customers who sat down. Guarded by this. */
    private int sat;
    /** Customers the barber called to his chair. Guarded by this. */
    private int called;
    /** Calls a customer answered (the number of the session he is in). Guarded by this. */
    private int taken;
    /** Haircuts the barber finished (cutHair returned). Guarded by this. */
    private int cut;
    /** Haircuts the customers finished (getHaircut returned). Guarded by this. */
    private int haircuts;
    /** Customers served or turned away. Guarded by this. */
    private int gone;

    public SynchronizedBarberShop(int chairs, int customers) {
        this.chairs = chairs;
        this.customers = customers;
    }

    @Override
    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        int session;
        synchronized (this) {
            if (sat - called == chairs) {
                leave();
                return false;
            }
            sat++;
            sitDown.run();
            notifyAll();
            while (taken == called) {
                wait();
            }
            session = ++taken;
        }
        getHaircut.run();
        synchronized (this) {
            haircuts = session;
            notifyAll();
            while (cut < session) {
                wait();
            }
            leave();
        }
        return true;
    }

    @Override
    public void barber(Runnable cutHair) throws InterruptedException {
        while (true) {
            int session;
            synchronized (this) {
                while (sat == called && gone < customers) {
                    wait();
                }
                if (sat == called) {
                    return;
                }
                session = ++called;
                notifyAll();
            }
            cutHair.run();
            synchronized (this) {
                cut = session;
                notifyAll();
                while (haircuts < session) {
                    wait();
                }
            }
        }
    }

    /** A customer is done with the shop. Call only when holding the monitor. */
    private void leave() {
        assert Thread.holdsLock(this);
        gone++;
        notifyAll();
    }
}
