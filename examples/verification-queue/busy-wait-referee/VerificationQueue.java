class VerificationQueue {
    private final Queue<IntConsumer> waiting = new ConcurrentLinkedQueue<>();
    private final List<Thread> referees = new ArrayList<>();
    private volatile boolean closed;

    public VerificationQueue(int referees) {
        for (int r = 0; r < referees; r++) {
            int referee = r;
            Thread t = new Thread(() -> {
                while (true) {
                    IntConsumer next = waiting.poll();
                    if (next != null) {
                        next.accept(referee);
                    } else if (closed) {
                        return;
                    }
                    // nothing waiting: look again at once
                }
            });
            this.referees.add(t);
            t.start();
        }
    }

    public void join(int user, IntConsumer verify) {
        waiting.add(verify);
    }

    public void close() throws InterruptedException {
        closed = true;
        for (Thread t : referees) {
            t.join();
        }
    }
}
