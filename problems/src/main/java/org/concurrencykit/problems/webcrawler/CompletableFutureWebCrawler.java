package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Web crawler as a tree of {@link CompletableFuture}s: a page's future fetches it on a fixed
 * pool ({@code supplyAsync}), then composes ({@code thenCompose}) into {@code allOf} the
 * futures of its newly claimed links. The calling thread waits for the start page's future.
 *
 * <p>Invariant: each claimed page has exactly one future; a page's future completes only
 * after the futures of every link it claimed have.
 * Memory consistency effects: actions before a future completes happen-before actions
 * dependent on it, and so before {@code get()} on the start page's future returns.
 */
public final class CompletableFutureWebCrawler implements WebCrawler {
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
        private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

        Crawl(String startUrl, HtmlParser parser) {
            this.host = hostOf(startUrl);
            this.startUrl = startUrl;
            this.parser = parser;
        }

        List<String> run() {
            try {
                visited.add(startUrl);
                visit(startUrl).get();
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

        /** Completes once {@code url} and every page it leads to through newly claimed links are fetched. */
        private CompletableFuture<Void> visit(String url) {
            return CompletableFuture.supplyAsync(() -> parser.getUrls(url), pool).thenCompose(links -> {
                List<CompletableFuture<Void>> children = new ArrayList<>();
                for (String next : links) {
                    if (host.equals(hostOf(next)) && visited.add(next)) {
                        children.add(visit(next));
                    }
                }
                return CompletableFuture.allOf(children.toArray(CompletableFuture[]::new));
            });
        }
    }

    /** What lies between {@code http://} and the next {@code /}. */
    private static String hostOf(String url) {
        int from = url.indexOf("//") + 2;
        int slash = url.indexOf('/', from);
        return slash < 0 ? url.substring(from) : url.substring(from, slash);
    }
}
