package org.concurrencykit.problems.sleepingbarber;

import java.util.concurrent.Semaphore;

/**
 * Sleeping Barber the textbook way, on {@link Semaphore}s: a binary {@code mutex} guards the
 * counts, {@code customerWaiting} counts customers the barber has not called yet (he sleeps
 * in its {@code acquire()}), {@code barberCalls} hands the barber's chair to one customer,
 * and {@code cutDone}/{@code customerDone} close the haircut's rendezvous. The customer
 * signals {@code customerDone} only after taking {@code cutDone}: were it the other way round,
 * the barber could call the next customer, who could take this haircut's {@code cutDone} and
 * leave before his own cut.
 * The last customer to be done releases {@code customerWaiting} once more with nobody
 * waiting: that permit tells the barber to go home.
 *
 * <p>Invariant: {@code waiting} customers wait, never more than {@code chairs}; permits of
 * {@code customerWaiting} never exceed {@code waiting + (gone == customers ? 1 : 0)}.
 * Memory consistency effects: a {@code release()} happens-before the {@code acquire()} it
 * satisfies, so a customer's {@code sitDown} happens-before the barber's {@code cutHair} for
 * him, and both callbacks happen-before either side goes on.
 */
public final class SemaphoreBarberShop implements BarberShop {
    private final int chairs;
    private final int customers;
    /** One permit: held while the counts are read or changed. */
    private final Semaphore mutex = new Semaphore(1);
    /** Permits: customers sitting who have not been called, plus one when the day is over. */
    private final Semaphore customerWaiting = new Semaphore(0);
    /** A permit: the barber's chair is free and the barber calls one waiting customer to it. */
    private final Semaphore barberCalls = new Semaphore(0);
    /** A permit: the barber finished the cut. */
    private final Semaphore cutDone = new Semaphore(0);
    /** A permit: the customer finished his haircut and took the barber's cutDone: the chair is free. */
    private final Semaphore customerDone = new Semaphore(0);
    /** Customers sitting in the waiting chairs. Guarded by mutex. */
    private int waiting;
    /** Customers served or turned away. Guarded by mutex. */
    private int gone;

    public SemaphoreBarberShop(int chairs, int customers) {
        this.chairs = chairs;
        this.customers = customers;
    }

    @Override
    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        mutex.acquireUninterruptibly();
        if (waiting == chairs) {
            mutex.release();
            leave();
            return false;
        }
        waiting++;
        sitDown.run();
        mutex.release();
        customerWaiting.release();
        barberCalls.acquire();
        getHaircut.run();
        cutDone.acquire();
        customerDone.release();
        leave();
        return true;
    }

    @Override
    public void barber(Runnable cutHair) throws InterruptedException {
        while (true) {
            customerWaiting.acquire();
            mutex.acquireUninterruptibly();
            boolean someone = waiting > 0;
            if (someone) {
                waiting--;
            }
            mutex.release();
            if (!someone) {
                return;
            }
            barberCalls.release();
            cutHair.run();
            cutDone.release();
            customerDone.acquire();
        }
    }

    /** A customer is done with the shop; the last one sends the barber home. */
    private void leave() {
        mutex.acquireUninterruptibly();
        boolean last = ++gone == customers;
        mutex.release();
        if (last) {
            customerWaiting.release();
        }
    }
}
