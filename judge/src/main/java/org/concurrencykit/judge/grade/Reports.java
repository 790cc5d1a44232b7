package org.concurrencykit.judge.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concurrencykit.judge.report.Json;

/**
 * The grade's outputs, each a pure function of the rows: JUnit XML (CI systems render it), CSV
 * and JSON summaries (spreadsheets and scripts), an HTML page (a verdict matrix of students by
 * problems, linking each report).
 */
public final class Reports {
    private Reports() {
    }

    /** Counts of a set of rows. */
    record Counts(int tests, int failures, int errors, double seconds) {
        static Counts of(List<Judged> js) {
            int failures = 0;
            int errors = 0;
            long millis = 0;
            for (Judged j : js) {
                failures += !j.row().accepted() && !j.row().notJudged() ? 1 : 0;
                errors += j.row().notJudged() ? 1 : 0;
                millis += j.row().millis();
            }
            return new Counts(js.size(), failures, errors, millis / 1000.0);
        }

        String attributes() {
            return String.format(java.util.Locale.ROOT, "tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"0\" time=\"%.3f\"",
                    tests, failures, errors, seconds);
        }
    }

    /**
     * JUnit XML: one {@code <testsuite>} per problem, one {@code <testcase>} per submission
     * (classname = student, name = problem/file); a rejected or bad submission is a
     * {@code <failure>} (message = verdict: why), one the judge could not judge an {@code <error>};
     * {@code <system-out>} is the text report.
     */
    public static String junit(List<Judged> judged, String timestamp) {
        Map<String, List<Judged>> byProblem = new TreeMap<>();
        for (Judged j : judged) {
            byProblem.computeIfAbsent(j.row().problem().isEmpty() ? "(no problem)" : j.row().problem(),
                    k -> new ArrayList<>()).add(j);
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"judge grade\" ").append(Counts.of(judged).attributes()).append(">\n");
        int id = 0;
        for (Map.Entry<String, List<Judged>> e : byProblem.entrySet()) {
            sb.append("  <testsuite name=\"").append(xml(e.getKey())).append("\" id=\"").append(id++).append("\" ")
                    .append(Counts.of(e.getValue()).attributes()).append(" timestamp=\"").append(xml(timestamp))
                    .append("\">\n");
            for (Judged j : e.getValue()) {
                testcase(sb, j);
            }
            sb.append("  </testsuite>\n");
        }
        return sb.append("</testsuites>\n").toString();
    }

    private static void testcase(StringBuilder sb, Judged j) {
        Row r = j.row();
        sb.append("    <testcase classname=\"").append(xml(r.student())).append("\" name=\"")
                .append(xml(r.problem() + "/" + r.file().substring(r.file().lastIndexOf('/') + 1)))
                .append(String.format(java.util.Locale.ROOT, "\" time=\"%.3f\">\n", r.millis() / 1000.0));
        if (!r.accepted()) {
            String tag = r.notJudged() ? "error" : "failure";
            String message = r.verdict() + (r.reason().isEmpty() ? "" : ": " + r.reason());
            sb.append("      <").append(tag).append(" message=\"").append(xml(message)).append("\" type=\"")
                    .append(xml(r.verdict())).append("\">").append(xml(r.reproduce().isEmpty() ? message
                            : message + "\nReproduce: " + r.reproduce())).append("</").append(tag).append(">\n");
        }
        sb.append("      <system-out>").append(xml(j.text())).append("</system-out>\n");
        sb.append("    </testcase>\n");
    }

    /** Escapes text for XML 1.0 content and attributes; characters XML cannot carry become {@code \\uXXXX}. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n', '\t' -> sb.append(c);
                case '\r' -> sb.append("&#13;");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static final List<String> CSV_COLUMNS = List.of("student", "problem", "file", "verdict", "reason", "seed",
            "millis", "engine", "cached", "reproduce", "report");

    /** CSV (RFC 4180), one row per submission, with a header. */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (Row r : rows) {
            Map<String, Object> m = r.toMap();
            List<String> cells = new ArrayList<>();
            for (String c : CSV_COLUMNS) {
                Object v = m.get(c);
                cells.add(csvCell(v == null ? "" : v.toString()));
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    private static String csvCell(String s) {
        boolean quote = s.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The JSON summary: counts, then every row. */
    public static String json(List<Row> rows, Map<String, Object> about) {
        Map<String, Object> m = new LinkedHashMap<>(about);
        m.put("counts", counts(rows));
        m.put("rows", rows.stream().map(Row::toMap).toList());
        return Json.write(m) + "\n";
    }

    /** How many rows of each verdict, in order of first appearance (sorted). */
    static Map<String, Object> counts(List<Row> rows) {
        Map<String, Object> c = new TreeMap<>();
        for (Row r : rows) {
            c.merge(r.verdict(), 1L, (a, b) -> (Long) a + (Long) b);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", (long) rows.size());
        m.putAll(c);
        return m;
    }

    /** The counts as a line: "6 submissions: 2 ACCEPTED, 1 BAD_INPUT, 3 WRONG_ANSWER". */
    static String countsLine(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        counts(rows).forEach((k, v) -> {
            if (k.equals("total")) {
                sb.append(v).append(rows.size() == 1 ? " submission" : " submissions");
            } else {
                sb.append(sb.indexOf(":") < 0 ? ": " : ", ").append(v).append(' ').append(k);
            }
        });
        return sb.toString();
    }

    /** The HTML page: counts per problem, then students by problems, each cell a verdict linking its report. */
    public static String html(List<Row> rows, String title) {
        TreeSet<String> problems = new TreeSet<>();
        Map<String, Map<String, List<Row>>> matrix = new TreeMap<>();
        for (Row r : rows) {
            problems.add(r.problem());
            matrix.computeIfAbsent(r.student(), k -> new TreeMap<>()).computeIfAbsent(r.problem(),
                    k -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(html(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.5em} table{border-collapse:collapse}\n")
                .append("td,th{border:1px solid #ccc;padding:.25em .5em;font-size:90%} th{background:#f4f4f4}\n")
                .append(".ok{background:#d7f5d7} .no{background:#f9d6d6} .bad{background:#fbeec2} .err{background:#ddd}\n")
                .append("</style></head><body>\n<h1>").append(html(title)).append("</h1>\n<p>")
                .append(html(countsLine(rows))).append("</p>\n<table>\n<tr><th>student</th>");
        for (String p : problems) {
            long ok = rows.stream().filter(r -> r.problem().equals(p) && r.accepted()).count();
            long all = rows.stream().filter(r -> r.problem().equals(p)).count();
            sb.append("<th>").append(html(p.isEmpty() ? "(no problem)" : p)).append("<br>").append(ok).append('/')
                    .append(all).append(" accepted</th>");
        }
        sb.append("</tr>\n");
        for (Map.Entry<String, Map<String, List<Row>>> s : matrix.entrySet()) {
            sb.append("<tr><th>").append(html(s.getKey())).append("</th>");
            for (String p : problems) {
                sb.append("<td>");
                for (Row r : s.getValue().getOrDefault(p, List.of())) {
                    cell(sb, r);
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n</body></html>\n").toString();
    }

    private static void cell(StringBuilder sb, Row r) {
        String css = r.accepted() ? "ok" : r.notJudged() ? "err" : r.verdict().equals(Row.BAD_INPUT) ? "bad" : "no";
        sb.append("<div class=\"").append(css).append("\" title=\"").append(html(r.file() + ": " + r.reason()))
                .append("\">");
        if (r.report().isEmpty()) {
            sb.append(html(r.verdict()));
        } else {
            sb.append("<a href=\"").append(html(r.report())).append("\">").append(html(r.verdict())).append("</a>");
        }
        sb.append("</div>");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
