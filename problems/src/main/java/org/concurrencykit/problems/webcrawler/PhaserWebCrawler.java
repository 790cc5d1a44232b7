package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;

/**
 * Web crawler with a fixed thread pool fetching one page per task and a {@link Phaser}
 * counting the pages still in work: a page registers a party before its task is submitted,
 * and the task arrives and deregisters once it has registered and submitted the page's new
 * links. The calling thread holds one party and waits for the phase to advance.
 *
 * <p>Invariant: the registered parties are the calling thread plus every claimed page whose
 * task has not finished; a page is claimed once, by the thread whose {@code visited.add}
 * returned true.
 * Memory consistency effects: actions before {@code arriveAndDeregister()} happen-before
 * the return from the {@code awaitAdvance} that sees the phase advance.
 */
public final class PhaserWebCrawler implements WebCrawler {
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
        /** Every page claimed for fetching; add() is the atomic claim. */
        private final Set<String> visited = ConcurrentHashMap.newKeySet();
        /** One party for the calling thread and one per page in work. */
        private final Phaser inWork = new Phaser(1);
        private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

        Crawl(String startUrl, HtmlParser parser) {
            this.host = hostOf(startUrl);
            this.startUrl = startUrl;
            this.parser = parser;
        }

        List<String> run() {
            try {
                visited.add(startUrl);
                submit(startUrl);
                inWork.awaitAdvanceInterruptibly(inWork.arrive());
                return new ArrayList<>(visited);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("crawl interrupted");
            } finally {
                pool.shutdownNow();
            }
        }

        private void submit(String url) {
            inWork.register();
            pool.execute(() -> visit(url));
        }

        private void visit(String url) {
            try {
                for (String next : parser.getUrls(url)) {
                    if (host.equals(hostOf(next)) && visited.add(next)) {
                        submit(next);
                    }
                }
            } finally {
                inWork.arriveAndDeregister();
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
