package org.concurrencykit.problems.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem's texts, read from resources beside its class: {@code statement.md} and
 * {@code starter.java.txt}. Hints are the numbered items of the statement's
 * {@code ## Hints} section, gentle first; {@link #body()} is the statement without them.
 */
public final class Statement {
    private static final String HINTS_HEADING = "## Hints";

    private final String body;
    private final List<String> hints;
    private final String starter;

    private Statement(String body, List<String> hints, String starter) {
        this.body = body;
        this.hints = List.copyOf(hints);
        this.starter = starter;
    }

    /** Reads the texts stored next to {@code anchor}. */
    public static Statement of(Class<?> anchor) {
        String md = resource(anchor, "statement.md");
        String starter = resource(anchor, "starter.java.txt");
        int h = md.indexOf(HINTS_HEADING);
        if (h < 0) {
            return new Statement(md.strip() + "\n", List.of(), starter);
        }
        int end = md.indexOf("\n## ", h + HINTS_HEADING.length());
        String hintsPart = end < 0 ? md.substring(h) : md.substring(h, end);
        String body = md.substring(0, h) + (end < 0 ? "" : md.substring(end + 1));
        return new Statement(body.strip() + "\n", parseHints(hintsPart), starter);
    }

    private static List<String> parseHints(String section) {
        List<String> hints = new ArrayList<>();
        StringBuilder current = null;
        for (String line : section.split("\n")) {
            if (line.matches("\\d+\\.\\s.*")) {
                if (current != null) {
                    hints.add(current.toString().strip());
                }
                current = new StringBuilder(line.substring(line.indexOf('.') + 1).strip());
            } else if (current != null && !line.isBlank()) {
                current.append(' ').append(line.strip());
            }
        }
        if (current != null) {
            hints.add(current.toString().strip());
        }
        return hints;
    }

    private static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statement in Markdown, without its hints. */
    public String body() {
        return body;
    }

    /** The hints, gentle first. */
    public List<String> hints() {
        return hints;
    }

    /** The starter file in LeetCode's shape. */
    public String starter() {
        return starter;
    }
}
