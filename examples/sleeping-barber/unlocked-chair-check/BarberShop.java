// The typical mistake: the customer looks for a free chair without holding the lock, then
// sits down under it. Two customers can both see the last free chair and both sit down, so
// more customers wait than there are chairs: WRONG_ANSWER.
class BarberShop {
    private final int chairs;
    private final int customers;
    private volatile int waiting;
    private int calls;
    private int answered;
    private int cuts;
    private int haircuts;
    private int gone;

    public BarberShop(int chairs, int customers) {
        this.chairs = chairs;
        this.customers = customers;
    }

    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        if (waiting == chairs) { // looked without the lock...
            synchronized (this) {
                gone++;
                notifyAll();
            }
            return false;
        }
        int session;
        synchronized (this) { // ...and sits down under it: the chair may be gone by now
            sitDown.run();
            waiting++;
            notifyAll();
            while (answered == calls) {
                wait();
            }
            session = ++answered;
        }
        getHaircut.run();
        synchronized (this) {
            haircuts = session;
            notifyAll();
            while (cuts < session) {
                wait();
            }
            gone++;
            notifyAll();
        }
        return true;
    }

    public void barber(Runnable cutHair) throws InterruptedException {
        while (true) {
            int session;
            synchronized (this) {
                while (waiting == 0 && gone < customers) {
                    wait();
                }
                if (waiting == 0) {
                    return;
                }
                waiting--;
                session = ++calls;
                notifyAll();
            }
            cutHair.run();
            synchronized (this) {
                cuts = session;
                notifyAll();
                while (haircuts < session) {
                    wait();
                }
            }
        }
    }
}
