package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Web crawler with a fixed set of worker threads taking URLs from a {@link BlockingQueue}
 * work list. An {@link AtomicInteger} counts the claimed pages not yet finished; the worker
 * that brings it to zero puts one stop marker per worker into the queue, and the calling
 * thread joins the workers.
 *
 * <p>Invariant: {@code unfinished} is the number of claimed pages whose links have not yet
 * been claimed and queued; it is incremented before a page is queued and decremented after
 * its links are, so it reaches zero only when the crawl is over.
 * Memory consistency effects: actions before {@code put()} happen-before actions after the
 * {@code take()} that removes the element, and a worker's actions happen-before
 * {@code join()} on it returns.
 */
public final class BlockingQueueWebCrawler implements WebCrawler {
    /** Fetches in flight: fetching waits on the network, so many more threads than cores. */
    private static final int THREADS = 16;

    @Override
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        return new Crawl(startUrl, htmlParser).run();
    }

    /** The state of one crawl. */
    private static final class Crawl {
        /** Tells a worker the crawl is over; compared by identity. */
        private static final String STOP = new String("stop");

        private final String host;
        private final String startUrl;
        private final HtmlParser parser;
        /** Every page claimed for fetching; add() is the atomic claim. */
        private final Set<String> visited = ConcurrentHashMap.newKeySet();
        /** Claimed pages waiting for a worker, then the stop markers. */
        private final BlockingQueue<String> work = new LinkedBlockingQueue<>();
        /** Claimed pages whose links are not yet queued. */
        private final AtomicInteger unfinished = new AtomicInteger();

        Crawl(String startUrl, HtmlParser parser) {
            this.host = hostOf(startUrl);
            this.startUrl = startUrl;
            this.parser = parser;
        }

        List<String> run() {
            List<Thread> workers = new ArrayList<>();
            visited.add(startUrl);
            unfinished.incrementAndGet();
            work.add(startUrl);
            for (int i = 0; i < THREADS; i++) {
                Thread t = new Thread(this::work, "crawler-" + i);
                workers.add(t);
                t.start();
            }
            try {
                for (Thread t : workers) {
                    t.join();
                }
                return new ArrayList<>(visited);
            } catch (InterruptedException e) {
                workers.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new CancellationException("crawl interrupted");
            }
        }

        private void work() {
            try {
                for (String url = work.take(); url != STOP; url = work.take()) {
                    visit(url);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void visit(String url) {
            try {
                for (String next : parser.getUrls(url)) {
                    if (host.equals(hostOf(next)) && visited.add(next)) {
                        unfinished.incrementAndGet();
                        work.add(next);
                    }
                }
            } finally {
                if (unfinished.decrementAndGet() == 0) {
                    for (int i = 0; i < THREADS; i++) {
                        work.add(STOP);
                    }
                }
            }
        }
    }

    /** What lies between {@code http://} and the next {@code /}. */
    private static String hostOf(String url) {
        int from = url.indexOf("//") + 2;
        int slash = url.indexOf('/', from);
        return slash < 0 ? url.substring(from) : url.substring(from, slash);
    }
}
