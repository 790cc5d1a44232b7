package org.concurrencykit.problems.webcrawler.broken;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.webcrawler.HtmlParser;
import org.concurrencykit.problems.webcrawler.WebCrawler;

/**
 * A correct breadth-first search on the calling thread: the right answer, one fetch at a
 * time. A start page with 199 links takes 200 x 15 ms = 3000 ms; its limit is 1495 ms.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "fetches one page at a time: too slow on wide websites")
public final class BrokenSingleThreadedWebCrawler implements WebCrawler {
    @Override
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        String host = hostOf(startUrl);
        Set<String> visited = new HashSet<>(List.of(startUrl));
        Deque<String> queue = new ArrayDeque<>(visited);
        while (!queue.isEmpty()) {
            for (String next : htmlParser.getUrls(queue.poll())) {
                if (host.equals(hostOf(next)) && visited.add(next)) {
                    queue.add(next);
                }
            }
        }
        return new ArrayList<>(visited);
    }

    private static String hostOf(String url) {
        int from = url.indexOf("//") + 2;
        int slash = url.indexOf('/', from);
        return slash < 0 ? url.substring(from) : url.substring(from, slash);
    }
}
