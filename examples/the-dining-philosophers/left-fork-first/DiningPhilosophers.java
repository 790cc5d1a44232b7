// Every philosopher locks its left fork, then its right one. It works until the moment all
// five hold their left forks: then each waits for its neighbour's forever (DEADLOCK).
class DiningPhilosophers {
    private final ReentrantLock[] forks = new ReentrantLock[5];

    public DiningPhilosophers() {
        for (int i = 0; i < forks.length; i++) {
            forks[i] = new ReentrantLock();
        }
    }

    public void wantsToEat(int philosopher,
                           Runnable pickLeftFork,
                           Runnable pickRightFork,
                           Runnable eat,
                           Runnable putLeftFork,
                           Runnable putRightFork) throws InterruptedException {
        ReentrantLock left = forks[philosopher];
        ReentrantLock right = forks[(philosopher + 1) % 5];
        left.lock();
        try {
            pickLeftFork.run();
            right.lock();
            try {
                pickRightFork.run();
                eat.run();
                putRightFork.run();
            } finally {
                right.unlock();
            }
            putLeftFork.run();
        } finally {
            left.unlock();
        }
    }
}
