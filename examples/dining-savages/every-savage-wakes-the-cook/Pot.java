// The typical mistake: the savage who finds the pot empty lets go of the mutex while he waits
// for the cook ("never hold a lock while you wait"). The next savage then finds the same
// empty pot and wakes the cook as well: the cook refills twice, the second time into a pot
// that still holds servings: WRONG_ANSWER.
class Pot {
    private final int capacity;
    private final Semaphore mutex = new Semaphore(1);
    private final Semaphore emptyPot = new Semaphore(0);
    private final Semaphore fullPot = new Semaphore(0);
    private int servings;

    public Pot(int servings) {
        this.capacity = servings;
    }

    public void getServing(Runnable takeServing) throws InterruptedException {
        mutex.acquire();
        if (servings == 0) {
            mutex.release(); // the mistake: keep the mutex while you wait for the refill
            emptyPot.release();
            fullPot.acquire();
            mutex.acquire();
            servings = capacity;
        }
        takeServing.run();
        servings--;
        mutex.release();
    }

    public void cook(Runnable putServings) throws InterruptedException {
        emptyPot.acquire();
        putServings.run();
        fullPot.release();
    }
}
