package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.stream.Collectors;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;

/**
 * A crawl round's events, read back from the log. The tokens are written so that the log
 * joined reads as a trace:
 * {@code crawl("http://a.com") getUrls("http://a.com") getUrls("http://a.com/x") return ["http://a.com","http://a.com/x"]}.
 *
 * @param start    the crawl thread's call of {@code crawl}, or null if the log has none
 * @param fetches  every {@code getUrls} call, in log order
 * @param returned the crawl thread's return, or null if {@code crawl} did not return
 * @param result   the list {@code crawl} returned; null when it returned null or could not be read
 * @param problem  why the result could not be read ({@code "null"} when it was null), else null
 */
record Trace(Event start, List<Fetch> fetches, Event returned, List<String> result, String problem) {
    private static final String START = "crawl(";
    private static final String FETCH = "getUrls(";
    private static final String CLOSE = ") ";
    private static final String RETURN = "return ";
    private static final String UNREADABLE = "<a list that kept changing while it was read>";
    private static final int READ_ATTEMPTS = 10;

    /** One {@code getUrls} call: the URL asked for, and the event (thread, time) recording it. */
    record Fetch(String url, Event event) {
    }

    /** The token recording the call of {@code crawl(startUrl, ...)}. */
    static String startToken(String startUrl) {
        return START + Urls.quote(startUrl) + CLOSE;
    }

    /** The token recording a call of {@code getUrls(url)}. */
    static String fetchToken(String url) {
        return FETCH + Urls.quote(url) + CLOSE;
    }

    /**
     * The token recording what {@code crawl} returned. The list is copied first; a list that
     * other threads still change while it is copied is recorded as unreadable.
     */
    static String returnToken(List<String> result) {
        if (result == null) {
            return RETURN + "null";
        }
        for (int i = 0; i < READ_ATTEMPTS; i++) {
            try {
                Object[] copy = result.toArray();
                List<String> items = new ArrayList<>(copy.length);
                for (Object o : copy) {
                    items.add(o == null ? null : o.toString());
                }
                return RETURN + format(items);
            } catch (ConcurrentModificationException | IndexOutOfBoundsException e) {
                Thread.onSpinWait();
            }
        }
        return RETURN + UNREADABLE;
    }

    /** {@code ["a","b"]}, LeetCode's way of printing a list of strings. */
    static String format(List<String> urls) {
        return urls.stream().map(Urls::quote).collect(Collectors.joining(",", "[", "]"));
    }

    /** Reads a round's log back. */
    static Trace read(EventLog log) {
        Event start = null;
        Event returned = null;
        List<Fetch> fetches = new ArrayList<>();
        List<String> result = null;
        String problem = null;
        for (Event e : log.events()) {
            String t = e.token();
            if (t.startsWith(FETCH) && t.endsWith(CLOSE)) {
                fetches.add(new Fetch(quoted(t.substring(FETCH.length(), t.length() - CLOSE.length())), e));
            } else if (t.startsWith(START) && start == null) {
                start = e;
            } else if (t.startsWith(RETURN) && returned == null) {
                returned = e;
                String body = t.substring(RETURN.length());
                if (body.equals("null") || body.equals(UNREADABLE)) {
                    problem = body;
                } else {
                    InputReader r = new InputReader(body);
                    result = r.strings();
                    r.end();
                }
            }
        }
        return new Trace(start, fetches, returned, result, problem);
    }

    private static String quoted(String s) {
        InputReader r = new InputReader(s);
        String url = r.string();
        r.end();
        return url;
    }

    /** What {@code crawl} returned, as the report shows it. */
    String actual() {
        if (returned == null) {
            return "(crawl() did not return)";
        }
        return result == null ? problem : format(result);
    }
}
