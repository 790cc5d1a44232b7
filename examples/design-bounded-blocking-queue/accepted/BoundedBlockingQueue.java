// A Design Bounded Blocking Queue solution as pasted from LeetCode: no package, no imports
// (LeetCode's editor imports java.util.concurrent.locks.* for you, and so does the judge).
class BoundedBlockingQueue {
    private final int[] ring;
    private int head;
    private int count;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();

    public BoundedBlockingQueue(int capacity) {
        ring = new int[capacity];
    }

    public void enqueue(int element) throws InterruptedException {
        lock.lock();
        try {
            while (count == ring.length) {
                notFull.await();
            }
            ring[(head + count) % ring.length] = element;
            count++;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    public int dequeue() throws InterruptedException {
        lock.lock();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            int element = ring[head];
            head = (head + 1) % ring.length;
            count--;
            notFull.signal();
            return element;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
