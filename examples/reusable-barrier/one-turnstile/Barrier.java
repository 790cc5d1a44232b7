// The typical mistake: one turnstile, reused. The last thread in opens it with a permit per
// thread, then hurries through its next phase and comes back while a slow thread has not yet
// taken its permit. It takes that permit and laps the slow thread (wrong answer). A second
// turnstile, opened only when everyone has passed the first, is the fix.
class Barrier {
    private final int parties;
    private final Semaphore mutex = new Semaphore(1);
    private final Semaphore turnstile = new Semaphore(0);
    private int count;

    public Barrier(int parties) {
        this.parties = parties;
    }

    public void await() throws InterruptedException {
        mutex.acquire();
        count++;
        if (count == parties) {
            count = 0;
            turnstile.release(parties);
        }
        mutex.release();
        turnstile.acquire();
    }
}
