// A Dining Philosophers solution as pasted from LeetCode: no package, no imports.
// One lock per fork, always locked lower-numbered first, so no cycle of waits can close.
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
        int left = philosopher;
        int right = (philosopher + 1) % 5;
        boolean leftFirst = left < right;
        ReentrantLock first = forks[Math.min(left, right)];
        ReentrantLock second = forks[Math.max(left, right)];
        first.lock();
        try {
            (leftFirst ? pickLeftFork : pickRightFork).run();
            second.lock();
            try {
                (leftFirst ? pickRightFork : pickLeftFork).run();
                eat.run();
                putLeftFork.run();
                putRightFork.run();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }
}
