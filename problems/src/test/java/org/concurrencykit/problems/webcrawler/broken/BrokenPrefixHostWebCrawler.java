package org.concurrencykit.problems.webcrawler.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.webcrawler.HtmlParser;
import org.concurrencykit.problems.webcrawler.WebCrawler;

/**
 * A sound concurrent crawl whose host test is {@code url.startsWith("http://" + host)}: it
 * takes {@code http://wiki.example.org.mirror.net/cats} for a page of {@code wiki.example.org}.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "tests the hostname with startsWith, so a longer hostname passes")
public final class BrokenPrefixHostWebCrawler implements WebCrawler {
    @Override
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        int slash = startUrl.indexOf('/', "http://".length());
        String prefix = slash < 0 ? startUrl : startUrl.substring(0, slash);
        Set<String> visited = ConcurrentHashMap.newKeySet();
        Phaser inWork = new Phaser(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            visited.add(startUrl);
            submit(startUrl, prefix, htmlParser, visited, inWork, pool);
            inWork.arriveAndAwaitAdvance();
            return new ArrayList<>(visited);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void submit(String url, String prefix, HtmlParser parser, Set<String> visited, Phaser inWork,
                               ExecutorService pool) {
        inWork.register();
        pool.execute(() -> {
            try {
                for (String next : parser.getUrls(url)) {
                    if (next.startsWith(prefix) && visited.add(next)) {
                        submit(next, prefix, parser, visited, inWork, pool);
                    }
                }
            } finally {
                inWork.arriveAndDeregister();
            }
        });
    }
}
