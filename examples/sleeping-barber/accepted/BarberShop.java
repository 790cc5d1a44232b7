// A Sleeping Barber solution as pasted into the judge: no package, no imports (the judge
// imports java.util.concurrent.* for you). The textbook semaphores: a mutex around the
// count of waiting customers, one semaphore the barber sleeps on, one that calls a customer
// to the chair, and two for the ends of the haircut.
class BarberShop {
    private final int chairs;
    private final int customers;
    private final Semaphore mutex = new Semaphore(1);
    private final Semaphore customerWaiting = new Semaphore(0);
    private final Semaphore barberCalls = new Semaphore(0);
    private final Semaphore cutDone = new Semaphore(0);
    private final Semaphore customerDone = new Semaphore(0);
    private int waiting;
    private int gone;

    public BarberShop(int chairs, int customers) {
        this.chairs = chairs;
        this.customers = customers;
    }

    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        mutex.acquire();
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

    public void barber(Runnable cutHair) throws InterruptedException {
        while (true) {
            customerWaiting.acquire();
            mutex.acquire();
            boolean someone = waiting > 0;
            if (someone) {
                waiting--;
            }
            mutex.release();
            if (!someone) {
                return; // the last customer's extra permit: the day is over
            }
            barberCalls.release();
            cutHair.run();
            cutDone.release();
            customerDone.acquire();
        }
    }

    private void leave() throws InterruptedException {
        mutex.acquire();
        boolean last = ++gone == customers;
        mutex.release();
        if (last) {
            customerWaiting.release();
        }
    }
}
