package org.concurrencykit.problems.webcrawler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Round;

/**
 * The judge's {@link HtmlParser}: answers from a test case's {@link Web}, records every call
 * (which URL, which thread, when) and holds the caller for the time a network fetch takes.
 * Safe for any number of threads: the web is immutable and the round serializes the records.
 */
final class SimulatedHtmlParser implements HtmlParser {
    /** How long one fetch takes. */
    static final long LATENCY_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

    private final Web web;
    private final Round round;

    SimulatedHtmlParser(Web web, Round round) {
        this.web = web;
        this.round = round;
    }

    @Override
    public List<String> getUrls(String url) {
        round.pause();
        round.emit(Trace.fetchToken(url));
        round.latency(LATENCY_NANOS);
        return new ArrayList<>(web.links(url));
    }
}
