// A Building H2O solution as pasted from LeetCode: no package, no imports.
class H2O {
    private final Semaphore hydrogenSlots = new Semaphore(2);
    private final Semaphore oxygenSlots = new Semaphore(1);
    private final Semaphore hydrogensDone = new Semaphore(0);

    public H2O() {
    }

    public void hydrogen(Runnable releaseHydrogen) throws InterruptedException {
        hydrogenSlots.acquire();
        releaseHydrogen.run();
        hydrogensDone.release();
    }

    public void oxygen(Runnable releaseOxygen) throws InterruptedException {
        oxygenSlots.acquire();
        releaseOxygen.run();
        hydrogensDone.acquire(2);
        hydrogenSlots.release(2);
        oxygenSlots.release();
    }
}
