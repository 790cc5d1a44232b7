/**
 * // This is the HtmlParser's API interface.
 * // You should not implement it, or speculate about its implementation
 * interface HtmlParser {
 *     public List<String> getUrls(String url) {}
 * }
 */
// A Web Crawler Multithreaded solution as pasted from LeetCode: no package, no imports
// (the judge declares HtmlParser and imports java.util.concurrent.* for you, as LeetCode does).
class Solution {
    public List<String> crawl(String startUrl, HtmlParser htmlParser) {
        String host = startUrl.split("/")[2];
        Set<String> seen = ConcurrentHashMap.newKeySet();
        seen.add(startUrl);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        Deque<Future<List<String>>> pending = new ArrayDeque<>();
        pending.add(pool.submit(() -> htmlParser.getUrls(startUrl)));
        try {
            while (!pending.isEmpty()) {
                for (String url : pending.poll().get()) {
                    if (url.split("/")[2].equals(host) && seen.add(url)) {
                        pending.add(pool.submit(() -> htmlParser.getUrls(url)));
                    }
                }
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new RuntimeException(e);
        } finally {
            pool.shutdown();
        }
        return new ArrayList<>(seen);
    }
}
