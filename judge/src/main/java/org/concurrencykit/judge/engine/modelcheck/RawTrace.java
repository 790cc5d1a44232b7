package org.concurrencykit.judge.engine.modelcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lincheck's failure report read back into rows: its "Detailed trace" table has one column
 * per thread ("Main Thread", "Thread 1"...), one event per row in the order they happened,
 * nesting shown by indentation, and where each event happened ({@code at Foo.first(Foo.java:14)}).
 * Cells are padded to fixed widths, so columns are cut at the header's {@code |} positions
 * (a {@code |} inside a cell does not confuse the reader).
 *
 * @param columns the column headers, in order
 * @param rows    the events, in order
 */
record RawTrace(List<String> columns, List<Row> rows) {
    private static final Pattern LOCATION = Pattern.compile(
            "^(.*) at ([^\\s()]+)\\.([^\\s().]+)\\(([^()]*)\\)(?: \\[[^\\]]*])?$");

    RawTrace {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Where an event happened.
     *
     * @param className the class as Lincheck prints it: no package, nested classes joined by dots
     * @param method    the method
     * @param file      the source file, or "" when unknown
     * @param line      the line, or -1 when unknown
     */
    record Location(String className, String method, String file, int line) {
    }

    /**
     * One event.
     *
     * @param column   which column (0: Lincheck's main thread, the judge's harness)
     * @param depth    nesting: 0 for a thread's {@code run()}, one more inside each call
     * @param text     what happened, without its location
     * @param location where, or null (switches, thread starts)
     */
    record Row(int column, int depth, String text, Location location) {
    }

    /** The table of {@code report}, or an empty trace when it has none. */
    static RawTrace parse(String report) {
        List<String> lines = report.lines().toList();
        int start = indexOf(lines, "Detailed trace:", 0);
        if (start < 0) {
            start = indexOf(lines, "The following interleaving leads to the error:", 0);
        }
        if (start < 0 || start + 3 >= lines.size()) {
            return new RawTrace(List.of(), List.of());
        }
        String header = lines.get(start + 2);
        int[] bars = bars(header);
        if (bars.length < 2) {
            return new RawTrace(List.of(), List.of());
        }
        List<String> columns = new ArrayList<>();
        for (int i = 0; i + 1 < bars.length; i++) {
            columns.add(header.substring(bars[i] + 1, bars[i + 1]).strip());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = start + 4; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("| ---")) {
                break;
            }
            Row row = row(line, bars);
            if (row != null) {
                rows.add(row);
            }
        }
        return new RawTrace(columns, rows);
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] bars(String header) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < header.length(); i++) {
            if (header.charAt(i) == '|') {
                at.add(i);
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Row row(String line, int[] bars) {
        for (int c = 0; c + 1 < bars.length; c++) {
            int from = bars[c] + 1;
            int to = Math.min(bars[c + 1], line.length());
            if (from >= to) {
                return null;
            }
            String cell = line.substring(from, to).stripTrailing();
            if (cell.isBlank()) {
                continue;
            }
            String body = cell.startsWith(" ") ? cell.substring(1) : cell;
            int indent = 0;
            while (indent < body.length() && body.charAt(indent) == ' ') {
                indent++;
            }
            return event(c, indent / 2, body.substring(indent));
        }
        return null;
    }

    private static Row event(int column, int depth, String text) {
        Matcher m = LOCATION.matcher(text);
        if (!m.matches()) {
            return new Row(column, depth, text, null);
        }
        String where = m.group(4);
        int colon = where.lastIndexOf(':');
        String file = colon < 0 ? where : where.substring(0, colon);
        int line = -1;
        if (colon >= 0) {
            try {
                line = Integer.parseInt(where.substring(colon + 1));
            } catch (NumberFormatException e) {
                line = -1;
            }
        }
        return new Row(column, depth, m.group(1), new Location(m.group(2), m.group(3), file, line));
    }
}
