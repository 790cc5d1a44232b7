package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Web crawler as a fork/join tree in its own {@link ForkJoinPool}: the task for a page fetches
 * it, forks one task per newly claimed link with {@code invokeAll}, and completes when they
 * all have. The calling thread waits for the root task.
 *
 * <p>Invariant: each claimed page has exactly one task, a descendant of the root; the root is
 * done only when every task below it is done.
 * Memory consistency effects: a task's actions happen-before the {@code join} (inside
 * {@code invokeAll}) of its parent returns, and the root's completion happens-before
 * {@code get()} returns.
 */
public final class ForkJoinPoolWebCrawler implements WebCrawler {
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
        private final ForkJoinPool pool = new ForkJoinPool(THREADS);

        Crawl(String startUrl, HtmlParser parser) {
            this.host = hostOf(startUrl);
            this.startUrl = startUrl;
            this.parser = parser;
        }

        List<String> run() {
            try {
                visited.add(startUrl);
                pool.submit(new Visit(startUrl)).get();
                return new ArrayList<>(visited);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("crawl interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("a fetch failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }

        /** Fetches one page, then crawls its newly claimed links in parallel. */
        private final class Visit extends RecursiveAction {
            private static final long serialVersionUID = 1L;
            private final String url;

            Visit(String url) {
                this.url = url;
            }

            @Override
            protected void compute() {
                List<Visit> children = new ArrayList<>();
                for (String next : parser.getUrls(url)) {
                    if (host.equals(hostOf(next)) && visited.add(next)) {
                        children.add(new Visit(next));
                    }
                }
                invokeAll(children);
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
