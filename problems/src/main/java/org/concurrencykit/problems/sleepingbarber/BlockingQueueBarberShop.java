package org.concurrencykit.problems.sleepingbarber;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * Sleeping Barber on {@link BlockingQueue}s: the waiting room is an
 * {@link ArrayBlockingQueue} of {@code chairs} seats, so a failed {@code offer} is a full
 * room; every customer also drops a note in the {@code door} queue (his seat, or
 * {@code TURNED_AWAY}), so the barber, who reads exactly {@code customers} notes, sleeps in
 * {@code take()} and knows when the day is over. Each seat carries two
 * {@link SynchronousQueue}s for the rendezvous: the barber's call and the end of the cut.
 *
 * <p>Invariant: the waiting room holds the seated customers not yet called; the barber takes
 * a seat from it only after the previous haircut is over on both sides.
 * Memory consistency effects: actions before putting an element into a {@code BlockingQueue}
 * happen-before actions after taking it out, which orders a customer's {@code sitDown} before
 * the barber's cut and each half of a haircut before the other side goes on.
 */
public final class BlockingQueueBarberShop implements BarberShop {
    /** The note of a customer who found every chair taken. */
    private static final Seat TURNED_AWAY = new Seat();

    private final int customers;
    /** Seated customers the barber has not called yet. */
    private final BlockingQueue<Seat> waitingRoom;
    /** One note per customer: his seat, after sitting down, or TURNED_AWAY. */
    private final BlockingQueue<Seat> door = new LinkedBlockingQueue<>();

    /** One customer's side of the rendezvous. */
    private static final class Seat {
        /** The barber puts, the customer takes: you are called (after you sat down). */
        final SynchronousQueue<Boolean> call = new SynchronousQueue<>();
        /** The barber puts when his cut is over. */
        final BlockingQueue<Boolean> cutDone = new ArrayBlockingQueue<>(1);
        /** The customer puts when his haircut is over. */
        final BlockingQueue<Boolean> haircutDone = new ArrayBlockingQueue<>(1);
    }

    public BlockingQueueBarberShop(int chairs, int customers) {
        this.customers = customers;
        waitingRoom = new ArrayBlockingQueue<>(chairs);
    }

    @Override
    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        Seat seat = new Seat();
        if (!waitingRoom.offer(seat)) {
            door.put(TURNED_AWAY);
            return false;
        }
        sitDown.run();
        door.put(seat);
        seat.call.take();
        getHaircut.run();
        seat.haircutDone.put(Boolean.TRUE);
        seat.cutDone.take();
        return true;
    }

    @Override
    public void barber(Runnable cutHair) throws InterruptedException {
        for (int notes = 0; notes < customers; notes++) {
            if (door.take() == TURNED_AWAY) {
                continue;
            }
            Seat seat = waitingRoom.take();
            seat.call.put(Boolean.TRUE);
            cutHair.run();
            seat.cutDone.put(Boolean.TRUE);
            seat.haircutDone.take();
        }
    }
}
