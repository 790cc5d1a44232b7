package org.concurrencykit.problems.webcrawler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Web crawler with a fixed set of worker threads sharing a work list guarded by one monitor:
 * a worker waits ({@code while (nothing to take and pages unfinished) wait()}) for a URL,
 * fetches it outside the monitor, then claims and queues its links and calls
 * {@code notifyAll()}. Workers leave when no page is unfinished; the calling thread joins them.
 *
 * <p>Invariant: {@code unfinished} is the number of claimed pages queued or being fetched;
 * a page is claimed once, under the monitor, when {@code visited.add} returns true.
 * Memory consistency effects: the monitor's unlock after a worker queues links happens-before
 * the lock of the worker that takes them, and a worker's actions happen-before
 * {@code join()} on it returns.
 */
public final class SynchronizedWebCrawler implements WebCrawler {
    /** Fetches in flight: fetching waits on the network, so many more threads than cores. */
    private static final int THREADS = 16;

    @Override
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        return new Crawl(startUrl, htmlParser).run();
    }

    /** The state of one crawl. */
    private static final class Crawl {
        private final String host;
        private final String startUrl;
        private final HtmlParser parser;
        /** Every page claimed for fetching. Guarded by this. */
        private final Set<String> visited = new HashSet<>();
        /** Claimed pages waiting for a worker. Guarded by this. */
        private final Deque<String> work = new ArrayDeque<>();
        /** Claimed pages queued or being fetched. Guarded by this. */
        private int unfinished;

        Crawl(String startUrl, HtmlParser parser) {
            this.host = hostOf(startUrl);
            this.startUrl = startUrl;
            this.parser = parser;
        }

        List<String> run() {
            claim(List.of(startUrl));
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Thread t = new Thread(this::work, "crawler-" + i);
                workers.add(t);
                t.start();
            }
            try {
                for (Thread t : workers) {
                    t.join();
                }
                synchronized (this) {
                    return new ArrayList<>(visited);
                }
            } catch (InterruptedException e) {
                workers.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new CancellationException("crawl interrupted");
            }
        }

        private void work() {
            try {
                for (String url = take(); url != null; url = take()) {
                    List<String> links = List.of();
                    try {
                        links = parser.getUrls(url);
                    } finally {
                        finish(links);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The next URL to fetch, or null once the crawl is over. */
        private synchronized String take() throws InterruptedException {
            while (work.isEmpty() && unfinished > 0) {
                wait();
            }
            return work.poll();
        }

        /** Claims and queues the new links of a fetched page, and marks the page finished. */
        private synchronized void finish(List<String> links) {
            claim(links);
            unfinished--;
            notifyAll();
        }

        /** Claims and queues each link of the start host not seen before. */
        private synchronized void claim(List<String> links) {
            for (String next : links) {
                if (host.equals(hostOf(next)) && visited.add(next)) {
                    work.add(next);
                    unfinished++;
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
