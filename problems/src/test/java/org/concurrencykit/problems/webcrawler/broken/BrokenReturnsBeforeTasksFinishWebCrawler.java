package org.concurrencykit.problems.webcrawler.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.webcrawler.HtmlParser;
import org.concurrencykit.problems.webcrawler.WebCrawler;

/**
 * Waits for the start page's task only. That task submits tasks for the links it claims and
 * ends; crawl() returns while they, and the tasks they would submit, are still to come.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "waits for the first task, not for the tasks it spawned")
public final class BrokenReturnsBeforeTasksFinishWebCrawler implements WebCrawler {
    @Override
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        String host = hostOf(startUrl);
        Set<String> visited = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        visited.add(startUrl);
        try {
            pool.submit(() -> visit(startUrl, host, htmlParser, visited, pool)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        return new ArrayList<>(visited);
    }

    private static void visit(String url, String host, HtmlParser parser, Set<String> visited, ExecutorService pool) {
        for (String next : parser.getUrls(url)) {
            if (host.equals(hostOf(next)) && visited.add(next)) {
                pool.submit(() -> visit(next, host, parser, visited, pool));
            }
        }
    }

    private static String hostOf(String url) {
        int from = url.indexOf("//") + 2;
        int slash = url.indexOf('/', from);
        return slash < 0 ? url.substring(from) : url.substring(from, slash);
    }
}
