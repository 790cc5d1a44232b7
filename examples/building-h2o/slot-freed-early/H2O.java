// Semaphores and a barrier, with each atom giving its place back as soon as the three have
// met, before its own release: the next molecule can meet and release while this one is
// still releasing, and its first "H" lands among this molecule's atoms ("HHH").
class H2O {
    private final Semaphore hydrogenSlots = new Semaphore(2);
    private final Semaphore oxygenSlots = new Semaphore(1);
    private final CyclicBarrier bond = new CyclicBarrier(3);

    public H2O() {
    }

    public void hydrogen(Runnable releaseHydrogen) throws InterruptedException {
        hydrogenSlots.acquire();
        meet();
        hydrogenSlots.release();
        releaseHydrogen.run();
    }

    public void oxygen(Runnable releaseOxygen) throws InterruptedException {
        oxygenSlots.acquire();
        meet();
        oxygenSlots.release();
        releaseOxygen.run();
    }

    private void meet() throws InterruptedException {
        try {
            bond.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }
}
