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

/** A sound concurrent crawl that never looks at hostnames: it wanders off to every host linked. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "follows links to other hosts")
public final class BrokenFollowsOtherHostsWebCrawler implements WebCrawler {
    @Override
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        Set<String> visited = ConcurrentHashMap.newKeySet();
        Phaser inWork = new Phaser(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            visited.add(startUrl);
            submit(startUrl, htmlParser, visited, inWork, pool);
            inWork.arriveAndAwaitAdvance();
            return new ArrayList<>(visited);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void submit(String url, HtmlParser parser, Set<String> visited, Phaser inWork,
                               ExecutorService pool) {
        inWork.register();
        pool.execute(() -> {
            try {
                for (String next : parser.getUrls(url)) {
                    if (visited.add(next)) {
                        submit(next, parser, visited, inWork, pool);
                    }
                }
            } finally {
                inWork.arriveAndDeregister();
            }
        });
    }
}
