package org.concurrencykit.problems.webcrawler.broken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.webcrawler.HtmlParser;
import org.concurrencykit.problems.webcrawler.WebCrawler;

/**
 * Keeps the visited pages in a plain {@link HashSet} shared by the pool's threads: a thread
 * that finds a link checks {@code contains} and submits a task, and the task marks its page
 * visited when it runs. Check and mark are neither atomic nor even on the same thread, so two
 * pages that link to the same URL (or one page listing it twice) both schedule it: the page
 * is fetched twice and listed twice.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "unsynchronized HashSet, checked when a link is found and "
        + "marked only when its task runs: pages are fetched and listed twice")
public final class BrokenUnsynchronizedVisitedWebCrawler implements WebCrawler {
    @Override
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        String host = hostOf(startUrl);
        Set<String> visited = new HashSet<>();
        Queue<String> found = new ConcurrentLinkedQueue<>();
        Phaser inWork = new Phaser(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            submit(startUrl, host, htmlParser, visited, found, inWork, pool);
            inWork.arriveAndAwaitAdvance();
            return new ArrayList<>(found);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void submit(String url, String host, HtmlParser parser, Set<String> visited, Queue<String> found,
                               Phaser inWork, ExecutorService pool) {
        inWork.register();
        pool.execute(() -> {
            try {
                visited.add(url);
                found.add(url);
                for (String next : parser.getUrls(url)) {
                    if (host.equals(hostOf(next)) && !visited.contains(next)) {
                        submit(next, host, parser, visited, found, inWork, pool);
                    }
                }
            } finally {
                inWork.arriveAndDeregister();
            }
        });
    }

    private static String hostOf(String url) {
        int from = url.indexOf("//") + 2;
        int slash = url.indexOf('/', from);
        return slash < 0 ? url.substring(from) : url.substring(from, slash);
    }
}
