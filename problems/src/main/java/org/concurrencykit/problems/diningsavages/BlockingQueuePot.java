package org.concurrencykit.problems.diningsavages;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Dining Savages on {@link BlockingQueue}s, by handing the pot itself around: it is a count
 * of servings that stands either on the {@code table} or in the {@code kitchen}, or is in
 * the hands of the one thread that took it from there. A savage takes the pot off the table;
 * if it holds a serving he takes one and puts the pot back, and if it is empty he carries it
 * to the kitchen and waits at the table again. The cook sleeps until an empty pot comes into
 * the kitchen, fills it and puts it on the table. No lock: whoever holds the pot owns it.
 *
 * <p>Invariant: the pot is in exactly one place (one queue holds it, or one thread), so two
 * savages never look into it at once, and only an empty pot reaches the kitchen.
 * Memory consistency effects: actions before putting an element into a {@code BlockingQueue}
 * happen-before actions after taking it out, so each change to the pot, and the callback
 * that goes with it, happens-before the next holder's.
 */
public final class BlockingQueuePot implements Pot {
    /** Servings a refill puts in. */
    private final int capacity;
    /** The pot, with the servings in it, when it stands on the table. */
    private final BlockingQueue<Integer> table = new ArrayBlockingQueue<>(1);
    /** The pot, empty, when a savage has brought it to the cook. */
    private final BlockingQueue<Integer> kitchen = new ArrayBlockingQueue<>(1);

    public BlockingQueuePot(int servings) {
        this.capacity = servings;
        table.add(0);
    }

    @Override
    public void getServing(Runnable takeServing) throws InterruptedException {
        while (true) {
            int servings = table.take();
            if (servings > 0) {
                takeServing.run();
                table.put(servings - 1);
                return;
            }
            kitchen.put(servings);
        }
    }

    @Override
    public void cook(Runnable putServings) throws InterruptedException {
        kitchen.take();
        putServings.run();
        table.put(capacity);
    }
}
