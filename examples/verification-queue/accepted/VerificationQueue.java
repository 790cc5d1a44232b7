class VerificationQueue {
    private static final IntConsumer END = r -> { };

    private final BlockingQueue<IntConsumer> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> referees = new ArrayList<>();

    public VerificationQueue(int referees) {
        for (int r = 0; r < referees; r++) {
            int referee = r;
            Thread t = new Thread(() -> {
                try {
                    for (IntConsumer next = waiting.take(); next != END; next = waiting.take()) {
                        next.accept(referee);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            this.referees.add(t);
            t.start();
        }
    }

    public void join(int user, IntConsumer verify) throws InterruptedException {
        waiting.put(verify);
    }

    public void close() throws InterruptedException {
        for (Thread t : referees) {
            waiting.put(END);
        }
        for (Thread t : referees) {
            t.join();
        }
    }
}
