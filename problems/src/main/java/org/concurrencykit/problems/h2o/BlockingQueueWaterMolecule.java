package org.concurrencykit.problems.h2o;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Building H2O with {@link BlockingQueue}s of tokens: a token in a slot queue is a free
 * place in the molecule being built (two hydrogen, one oxygen), and each hydrogen drops a
 * token into {@code hydrogensDone} when its release has returned; the molecule's oxygen
 * takes two of those before putting back the next molecule's place tokens.
 *
 * <p>Invariant: the places are refilled only after all three releases of the molecule
 * that took them have returned, so no atom of the next molecule is released before them.
 * Memory consistency effects: actions before {@code put()} happen-before actions after the
 * {@code take()} that removes the element.
 */
public final class BlockingQueueWaterMolecule implements WaterMolecule {
    /** A place, or a report that a hydrogen is done. */
    private static final Object TOKEN = new Object();

    /** One token per free hydrogen place in the molecule being built. */
    private final BlockingQueue<Object> hydrogenSlots = new ArrayBlockingQueue<>(2);
    /** One token per free oxygen place in the molecule being built. */
    private final BlockingQueue<Object> oxygenSlots = new ArrayBlockingQueue<>(1);
    /** One token per hydrogen of the molecule being built whose release has returned. */
    private final BlockingQueue<Object> hydrogensDone = new ArrayBlockingQueue<>(2);

    public BlockingQueueWaterMolecule() {
        hydrogenSlots.add(TOKEN);
        hydrogenSlots.add(TOKEN);
        oxygenSlots.add(TOKEN);
    }

    @Override
    public void hydrogen(Runnable releaseHydrogen) throws InterruptedException {
        hydrogenSlots.take();
        releaseHydrogen.run();
        hydrogensDone.put(TOKEN);
    }

    @Override
    public void oxygen(Runnable releaseOxygen) throws InterruptedException {
        oxygenSlots.take();
        releaseOxygen.run();
        hydrogensDone.take();
        hydrogensDone.take();
        hydrogenSlots.put(TOKEN);
        hydrogenSlots.put(TOKEN);
        oxygenSlots.put(TOKEN);
    }
}
