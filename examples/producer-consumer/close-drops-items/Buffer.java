class Buffer {
    private final Deque<Integer> items = new ArrayDeque<>();
    private final int capacity;
    private boolean closed;

    public Buffer(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void put(int item) throws InterruptedException {
        while (items.size() == capacity) {
            wait();
        }
        items.addLast(item);
        notifyAll();
    }

    public synchronized int take() throws InterruptedException {
        while (items.isEmpty() && !closed) {
            wait();
        }
        if (closed) {
            return -1; // the mistake: closed is not the end while items are left
        }
        int item = items.removeFirst();
        notifyAll();
        return item;
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
