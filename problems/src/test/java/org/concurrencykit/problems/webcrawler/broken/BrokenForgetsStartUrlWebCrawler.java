package org.concurrencykit.problems.webcrawler.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.webcrawler.HtmlParser;
import org.concurrencykit.problems.webcrawler.WebCrawler;

/**
 * A sound concurrent crawl that collects the links it finds, but marks the start URL visited
 * without ever adding it to the result.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "the result lists the pages found but not the start URL")
public final class BrokenForgetsStartUrlWebCrawler implements WebCrawler {
    @Override
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        String host = hostOf(startUrl);
        Set<String> visited = ConcurrentHashMap.newKeySet();
        Queue<String> found = new ConcurrentLinkedQueue<>();
        Phaser inWork = new Phaser(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            visited.add(startUrl);
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
                for (String next : parser.getUrls(url)) {
                    if (host.equals(hostOf(next)) && visited.add(next)) {
                        found.add(next);
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
