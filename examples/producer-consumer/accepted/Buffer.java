class Buffer {
    private final int[] ring;
    private int head;
    private int count;
    private boolean closed;

    public Buffer(int capacity) {
        ring = new int[capacity];
    }

    public synchronized void put(int item) throws InterruptedException {
        while (count == ring.length) {
            wait();
        }
        ring[(head + count) % ring.length] = item;
        count++;
        notifyAll();
    }

    public synchronized int take() throws InterruptedException {
        while (count == 0 && !closed) {
            wait();
        }
        if (count == 0) {
            return -1; // closed and drained
        }
        int item = ring[head];
        head = (head + 1) % ring.length;
        count--;
        notifyAll();
        return item;
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
